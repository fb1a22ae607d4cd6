/**
 * What `createDenoPlugin(options)` takes, checked as the user's plugin file loads, since Deno
 * checks nothing of it: the shared settings (`portals`, `followImports`) by the same reader as
 * ESLint's `settings["portal-slug"]`, each rule's options against the rule's own schema. A
 * mistake throws then, naming `createDenoPlugin` and the option to change, before any file is
 * linted under a plugin that would misread it.
 */
import { kindOf } from "portal-slug";
import { readSettings } from "../util/settings.js";
import type { RuleConfig } from "./deno-context.js";
import { keyPath, listed, schemaProblem, type OptionSchema } from "./option-schema.js";

/** What every problem of the factory's argument is said after. */
const AT = "createDenoPlugin: ";

/** The factory's own options; `rules` holds each rule's. */
const SETTINGS = ["portals", "followImports"] as const;
const OPTIONS = [...SETTINGS, "rules"];

/** A rule, as much of it as its options are checked by. */
interface RuleWithSchema {
  readonly meta?: { readonly schema?: unknown } | undefined;
}

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The entries of an iterable portals option, or the iterable itself when reading it throws (then refused as no array). */
function listOf(portals: Iterable<unknown>): unknown {
  try {
    return [...portals];
  } catch {
    return portals;
  }
}

/**
 * Each rule's options and the shared settings from the factory's argument `options`, checked;
 * throws a TypeError (a SettingsError for the settings) that names what to change.
 */
export function readPluginOptions(options: unknown, rules: Readonly<Record<string, RuleWithSchema>>): Record<string, RuleConfig> {
  if (options === undefined) options = {};
  if (!isObject(options)) throw new TypeError(`${AT}Expected an object, such as { portals: ["billing-portal"] }, got ${kindOf(options)}`);
  const unknown = Object.keys(options).find((key) => !OPTIONS.includes(key));
  if (unknown !== undefined)
    throw new TypeError(`${AT}${keyPath(unknown).replace(/^\./, "")}: Not an option of createDenoPlugin, which takes ${listed(OPTIONS)}`);

  // The rules read the settings again on every file: the very object checked here is found in the reader's cache.
  const own: Record<string, unknown> = Object.fromEntries(SETTINGS.filter((key) => options[key] !== undefined).map((key) => [key, options[key]]));
  // ESLint's settings take an array, which its cache can hash; a plugin file is code, and may hold a Set.
  const { portals } = own;
  if (typeof portals === "object" && portals !== null && !Array.isArray(portals) && Symbol.iterator in portals)
    own["portals"] = listOf(portals as Iterable<unknown>);
  const settings = { "portal-slug": own };
  readSettings(settings, AT);

  const given = options["rules"] ?? {};
  if (!isObject(given))
    throw new TypeError(
      `${AT}rules: Expected an object of each rule's options, such as { "valid-slug": { callees: [{ name: "portalLink" }] } }, got ${kindOf(given)}`,
    );
  const stranger = Object.keys(given).find((name) => !(name in rules));
  if (stranger !== undefined)
    throw new TypeError(`${AT}rules${keyPath(stranger)}: Not a rule of eslint-plugin-portal-slug, which has ${listed(Object.keys(rules))}`);

  return Object.fromEntries(
    Object.entries(rules).map(([name, rule]) => {
      const value = given[name];
      if (value === undefined) return [name, { options: [], settings }];
      if (typeof value === "string" || typeof value === "number" || Array.isArray(value))
        throw new TypeError(
          `${AT}rules${keyPath(name)}: Takes the rule's options alone, not ESLint's severity; to turn the rule off, exclude it in deno.json: "lint": { "rules": { "exclude": ["portal-slug/${name}"] } }`,
        );
      const schema = Array.isArray(rule.meta?.schema) ? (rule.meta.schema[0] as OptionSchema | undefined) : undefined;
      const problem = schema ? schemaProblem(value, schema, `${AT}rules${keyPath(name)}`) : `${AT}rules${keyPath(name)}: Not taken: the rule has no options`;
      if (problem) throw new TypeError(problem);
      return [name, { options: [value], settings }];
    }),
  );
}
