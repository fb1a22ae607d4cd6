/**
 * eslint-plugin-portal-slug: `meta`, `rules` and `configs` for flat config (ESLint 9 and 10, and
 * 8.57) and for eslintrc (`recommended-legacy`). They are exported by name as well as together
 * as the default export, so that `require()` from eslintrc finds them on the module itself.
 *
 * The public types are ESLint's own, so that `defineConfig([portalSlug.configs.recommended])`
 * in an `eslint.config.ts` type-checks; the rules are built with typescript-eslint's types inside.
 */
import type { ESLint, Linter, Rule } from "eslint";
import validSlug from "./rules/valid-slug.js";
import { PLUGIN_NAME, PLUGIN_VERSION } from "./meta.js";

/** The plugin's name and version, for ESLint's caches and `--print-config`. */
export const meta = { name: PLUGIN_NAME, version: PLUGIN_VERSION };

/** Every rule of the plugin, by name. */
export const rules: { readonly "valid-slug": Rule.RuleModule } = {
  "valid-slug": validSlug as unknown as Rule.RuleModule,
};

/** The rules that `recommended` turns on, as errors: an invalid slug is a 404 waiting to happen. */
const recommendedRules: Linter.RulesRecord = Object.fromEntries(
  Object.entries(rules)
    .filter(([, rule]) => rule.meta?.docs?.recommended)
    .map(([name]) => [`portal-slug/${name}`, "error"]),
);

/** The shareable configs: `recommended` (flat), its alias `flat/recommended`, and `recommended-legacy` (eslintrc). */
export const configs = {} as {
  readonly recommended: Linter.Config;
  readonly "flat/recommended": Linter.Config;
  readonly "recommended-legacy": Linter.LegacyConfig;
};

/** The plugin object, as flat config's `plugins` takes it. */
const plugin = { meta, rules, configs } satisfies ESLint.Plugin;

// A flat config names the plugin object that holds it, so the configs are filled in last.
const recommended: Linter.Config = { name: "portal-slug/recommended", plugins: { "portal-slug": plugin }, rules: recommendedRules };
Object.assign(configs, {
  recommended,
  "flat/recommended": recommended,
  "recommended-legacy": { plugins: ["portal-slug"], rules: recommendedRules },
});

export default plugin;
