/**
 * The plugin: `meta`, `rules` and `configs` for flat config (ESLint 9 and 10, and
 * 8.57) and for eslintrc (`recommended-legacy`). They are exported by name as well as together
 * as the default export, so that `require()` from eslintrc finds them on the module itself.
 *
 * The public types are ESLint's own, so that `defineConfig([portalSlug.configs.recommended])`
 * in an `eslint.config.ts` type-checks; the rules are built with typescript-eslint's types inside.
 */
import type { ESLint, Linter, Rule } from "eslint";
import validSessionBody from "./rules/valid-session-body.js";
import validSlug from "./rules/valid-slug.js";
import { PLUGIN_NAME, PLUGIN_NAMESPACE, PLUGIN_VERSION } from "./meta.js";

/**
 * The plugin's name and version, for ESLint's caches and `--print-config`, and the namespace its
 * rules and configs go by (`portal-slug/valid-slug`, `extends: ["portal-slug/recommended"]`).
 */
export const meta = { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: PLUGIN_NAMESPACE };

/** Every rule of the plugin, by name. */
export const rules: { readonly "valid-slug": Rule.RuleModule; readonly "valid-session-body": Rule.RuleModule } = {
  "valid-slug": validSlug as unknown as Rule.RuleModule,
  "valid-session-body": validSessionBody as unknown as Rule.RuleModule,
};

/** The rules that `recommended` turns on, as errors: an invalid slug is a 404 waiting to happen. */
const recommendedRules: Linter.RulesRecord = Object.fromEntries(
  Object.entries(rules)
    .filter(([, rule]) => rule.meta?.docs?.recommended)
    .map(([name]) => [`${PLUGIN_NAMESPACE}/${name}`, "error"]),
);

/**
 * The shareable configs: `recommended` (flat, named for the config inspector), its alias
 * `flat/recommended`, and `recommended-legacy` (eslintrc, whose format has no name). The flat
 * ones are ESLint's own `Linter.Config`, so that they fit `defineConfig`'s `extends` as objects,
 * and by name once the plugin is registered (`extends: ["portal-slug/recommended"]`).
 */
export const configs = {} as {
  readonly recommended: Linter.Config;
  readonly "flat/recommended": Linter.Config;
  readonly "recommended-legacy": Linter.LegacyConfig;
};

/** The plugin object, as flat config's `plugins` takes it. */
const plugin = { meta, rules, configs } satisfies ESLint.Plugin;

/**
 * The files `recommended` makes ESLint lint beyond its defaults (.js, .mjs, .cjs): without them a
 * TypeScript project whose config is `recommended` alone would lint none of its code and pass.
 * Such a file is then parsed by the parser the project configures; with none that reads
 * TypeScript, ESLint fails on it with a parsing error instead of passing in silence.
 */
const SOURCE_FILES = ["**/*.jsx", "**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"];

// A flat config names the plugin object that holds it, so the configs are filled in last.
const recommended: Linter.Config = {
  name: `${PLUGIN_NAMESPACE}/recommended`,
  // "**/*" applies the rules to every file ESLint lints (a .vue file, say) without making more
  // files lintable; the other patterns make the TypeScript and JSX files lintable.
  files: [...SOURCE_FILES, "**/*"],
  plugins: { [PLUGIN_NAMESPACE]: plugin },
  rules: recommendedRules,
};
Object.assign(configs, {
  recommended,
  "flat/recommended": recommended,
  // eslintrc lints the files an override names, as flat config lints those `files` names; and
  // of flat config's defaults, eslintrc lints .js alone, so the two module extensions are named too.
  "recommended-legacy": {
    plugins: [PLUGIN_NAMESPACE],
    rules: recommendedRules,
    overrides: [{ files: ["*.mjs", "*.cjs", ...SOURCE_FILES.map((pattern) => pattern.slice(3))] }],
  },
});

export default plugin;
