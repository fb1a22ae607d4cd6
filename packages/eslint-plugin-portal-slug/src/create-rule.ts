/**
 * The one way rules are made here: each rule's docs URL is derived from its name, so that the
 * link and the doc page cannot drift apart (typescript-eslint's RuleCreator does the same).
 * Unlike RuleCreator, options are not cloned and merged on every file: ESLint 9 and 10 already
 * merge `meta.defaultOptions`, and that per-file merge was most of the rule's cost on files
 * without a portal call.
 */
import type { NamedCreateRuleMeta } from "@typescript-eslint/utils/eslint-utils";
import type { TSESLint } from "@typescript-eslint/utils";

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
  readonly create: (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, options: Readonly<Options>) => TSESLint.RuleListener;
}

/** Creates a rule whose `meta.docs.url` is derived from its name. */
export function createRule<Options extends readonly unknown[], MessageIds extends string>({
  name,
  meta,
  create,
}: RuleDefinition<Options, MessageIds>): TSESLint.RuleModule<MessageIds, Options, PortalSlugRuleDocs> & { name: string } {
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: `${DOCS_BASE}${name}.md` } },
    defaultOptions: meta.defaultOptions,
    // ESLint 8.57 knows no meta.defaultOptions and passes no options when none are configured.
    create: (context) => create(context, context.options.length ? context.options : meta.defaultOptions),
  };
}
