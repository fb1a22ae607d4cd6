/**
 * eslint-plugin-portal-slug: `meta`, `rules` and `configs` for flat config (ESLint 9 and 10, and
 * 8.57) and for eslintrc (`recommended-legacy`). They are exported by name as well as together
 * as the default export, so that `require()` from eslintrc finds them on the module itself.
 */
import type { TSESLint } from "@typescript-eslint/utils";
import validSlug from "./rules/valid-slug.js";
import { PLUGIN_NAME, PLUGIN_VERSION } from "./meta.js";

/** The plugin's name and version, for ESLint's caches and `--print-config`. */
export const meta = { name: PLUGIN_NAME, version: PLUGIN_VERSION };

/** Every rule of the plugin, by name. */
export const rules = { "valid-slug": validSlug };

/** The rules that `recommended` turns on, as errors: an invalid slug is a 404 waiting to happen. */
const recommendedRules = Object.fromEntries(
  Object.entries(rules)
    .filter(([, rule]) => rule.meta.docs?.recommended)
    .map(([name]) => [`portal-slug/${name}`, "error" as const]),
);

/** The shareable configs: `recommended` (flat), its alias `flat/recommended`, and `recommended-legacy` (eslintrc). */
export const configs: {
  recommended: TSESLint.FlatConfig.Config;
  "flat/recommended": TSESLint.FlatConfig.Config;
  "recommended-legacy": TSESLint.ClassicConfig.Config;
} = {
  recommended: { name: "portal-slug/recommended", rules: recommendedRules },
  "flat/recommended": { name: "portal-slug/recommended", rules: recommendedRules },
  "recommended-legacy": { plugins: ["portal-slug"], rules: recommendedRules },
};

/** The plugin object, as flat config's `plugins` takes it. */
const plugin = { meta, rules, configs };

// A flat config names the plugin object it uses; that object exists only now.
configs.recommended.plugins = { "portal-slug": plugin as unknown as TSESLint.FlatConfig.Plugin };
configs["flat/recommended"] = configs.recommended;

export default plugin;
