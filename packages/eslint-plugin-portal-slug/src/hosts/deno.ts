/**
 * `eslint-plugin-portal-slug/deno`: the plugin's rules as a Deno lint plugin. A project names a
 * plugin file in `deno.json`'s `lint.plugins`, which re-exports the default export (both rules,
 * form only), or the plugin `createDenoPlugin` makes with the workspace's portals and the rules'
 * options, which Deno has no place for in its config. The rules are ESLint's, unchanged, run on
 * the file as ESLint with typescript-eslint's parser reads it (see `deno-context.ts`).
 */
import { rules } from "../plugin.js";
import { PLUGIN_NAMESPACE } from "../meta.js";
import type { Options as SessionBodyOptions } from "../rules/valid-session-body.js";
import type { Options as SlugOptions } from "../rules/valid-slug.js";
import { denoRule, type DenoRule, type EslintRule } from "./deno-context.js";
import { readPluginOptions } from "./deno-options.js";

export type { DenoRule, DenoRuleContext, DenoReport } from "./deno-context.js";

/** What `createDenoPlugin` takes: what ESLint's config holds in `settings["portal-slug"]` and in each rule's options. */
export interface DenoPluginOptions {
  /**
   * The workspace's portals, slugs and `pc_` IDs: a well-formed value none of them is, is
   * reported as unknown, with the closest one to write. Unset, only the form is checked.
   */
  readonly portals?: readonly string[];
  /** Whether values imported from other modules are followed (default `true`); `false` keeps every rule to the linted file. */
  readonly followImports?: boolean;
  /** Each rule's options, as ESLint's config gives them after the severity. */
  readonly rules?: {
    readonly "valid-slug"?: SlugOptions[0];
    readonly "valid-session-body"?: SessionBodyOptions[0];
  };
}

/** A Deno lint plugin: its name, which prefixes its rules' codes (`portal-slug/valid-slug`), and its rules. */
export interface DenoLintPlugin {
  readonly name: string;
  readonly rules: Readonly<Record<string, DenoRule>>;
}

/**
 * The rules as a Deno lint plugin, with the workspace's `portals`, `followImports` and each
 * rule's options. They are checked now, so that a mistake stops the plugin file from loading
 * with a TypeError that names the option to change. Deno allows one plugin of a name: list
 * either this plugin's file or the default export's in `lint.plugins`, not both.
 */
export function createDenoPlugin(options: DenoPluginOptions = {}): DenoLintPlugin {
  const configs = readPluginOptions(options, rules);
  const denoRules = Object.entries(rules).map(([name, rule]) => [
    name,
    denoRule(rule as unknown as EslintRule, configs[name] as NonNullable<(typeof configs)[string]>),
  ]);
  return { name: PLUGIN_NAMESPACE, rules: Object.fromEntries(denoRules) as Record<string, DenoRule> };
}

/** Both rules, checking the form of every value; `createDenoPlugin` adds the workspace's portals and the rules' options. */
const plugin: DenoLintPlugin = createDenoPlugin();

export default plugin;
