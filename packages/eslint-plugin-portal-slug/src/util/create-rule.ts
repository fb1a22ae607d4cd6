/**
 * The one way rules are made here: each rule's docs URL is derived from its name, so that the
 * link and the doc page cannot drift apart (typescript-eslint's RuleCreator does the same), and
 * the rule gets its options merged over `meta.defaultOptions` on every ESLint. ESLint 9.15 and
 * later merge them before the rule sees them; ESLint 8.57 passes the configured options as they
 * are, so a partial options object would lose the defaults of everything it leaves out. The
 * merge is made once per options object a config holds, not once per file: a per-file merge was
 * most of the rule's cost on files without a portal call. A rule that has nothing to do in most
 * files is made behind a gate (`gate`) that answers first, before any option is looked at.
 */
import type { NamedCreateRuleMeta } from "@typescript-eslint/utils/eslint-utils";
import type { TSESLint } from "@typescript-eslint/utils";
import { createCache } from "./cache.js";

/** Where the docs of every rule live; a rule's page is `<name>.md` in this folder. */
export const DOCS_BASE = "https://github.com/portal-slug/portal-slug/blob/main/packages/eslint-plugin-portal-slug/docs/rules/";

/** Extra `meta.docs` fields every rule of this plugin declares. */
export interface PortalSlugRuleDocs {
  /** Whether `configs.recommended` turns the rule on. */
  readonly recommended: boolean;
}

/** What a rule file hands to {@link createRule}. */
export interface RuleDefinition<Options extends readonly unknown[], MessageIds extends string> {
  readonly name: string;
  readonly meta: NamedCreateRuleMeta<MessageIds, PortalSlugRuleDocs, Options> & { readonly defaultOptions: Options };
  /**
   * Makes the rule's `create` from its own and the listeners of a file it has nothing to do in:
   * the gate answers first, with the options as ESLint passed them, and where the rule has
   * nothing to do, the rule costs the gate and no more. One function the gate makes, not a
   * question the rule's `create` asks: a call less on every file (BENCHMARKS.md).
   */
  readonly gate?: <Listeners>(
    create: (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>) => Listeners,
    none: Listeners,
  ) => (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>) => Listeners;
  readonly create: (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, options: Readonly<Options>) => TSESLint.RuleListener;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** `options` over `defaults`, as ESLint merges them: plain objects key by key, anything else (arrays too) replaced. */
export function mergeOptions(defaults: unknown, options: unknown): unknown {
  if (options === undefined) return defaults;
  if (!isPlainObject(defaults) || !isPlainObject(options)) return options;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(options)) merged[key] = mergeOptions(defaults[key], value);
  return merged;
}

/** Whether `given` has every key `fallback` has, at every depth of plain objects: nothing to merge in. */
function covers(fallback: unknown, given: unknown): boolean {
  if (!isPlainObject(fallback)) return true;
  if (!isPlainObject(given)) return false;
  for (const key in fallback) if (!(key in given) || !covers(fallback[key], given[key])) return false;
  return true;
}

/** Whether every configured option covers its default. */
const coversAll = (defaults: readonly unknown[], options: readonly unknown[]): boolean =>
  options.length >= defaults.length && defaults.every((fallback, i) => covers(fallback, options[i]));

/** What a rule that has nothing to do in a file returns: one object for every such file. */
const NO_LISTENERS: TSESLint.RuleListener = Object.freeze({});

/** Creates a rule whose `meta.docs.url` is derived from its name and whose options always carry their defaults. */
export function createRule<Options extends readonly unknown[], MessageIds extends string>({
  name,
  meta,
  gate,
  create,
}: RuleDefinition<Options, MessageIds>): TSESLint.RuleModule<MessageIds, Options, PortalSlugRuleDocs> & { name: string } {
  // ESLint 9.15 and later hand over options merged already: every key of the defaults is
  // there, and they go to the rule as they are, with nothing allocated. ESLint 8.57 hands over
  // the configured options: their merge is kept by the configured object, which 8.57 passes
  // again for every file (it copies the array, not the objects in it).
  const merged = createCache<object, Options>("config");
  const merge = (options: readonly unknown[]): Options =>
    coversAll(meta.defaultOptions, options)
      ? (options as Options)
      : (meta.defaultOptions.map((fallback, i) => mergeOptions(fallback, options[i])) as unknown as Options);
  const withDefaults = (options: readonly unknown[]): Options => {
    // ESLint 9.15 and later hand a rule configured without options its defaults themselves.
    if (!options.length || options === meta.defaultOptions) return meta.defaultOptions;
    const key = options[0];
    if (typeof key !== "object" || key === null) return merge(options);
    return merged.get(key) ?? merged.set(key, merge(options));
  };
  const created = (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>): TSESLint.RuleListener => create(context, withDefaults(context.options));
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: `${DOCS_BASE}${name}.md` } },
    defaultOptions: meta.defaultOptions,
    create: gate ? gate(created, NO_LISTENERS) : created,
  };
}
