/**
 * The one way rules are made here: typescript-eslint's creator, with each rule's docs URL
 * derived from its name so that the link and the doc page cannot drift apart.
 */
import { ESLintUtils } from "@typescript-eslint/utils";

/** Where the docs of every rule live; a rule's page is `<name>.md` in this folder. */
export const DOCS_BASE = "https://github.com/portal-slug/portal-slug/blob/main/packages/eslint-plugin-portal-slug/docs/rules/";

/** Extra `meta.docs` fields every rule of this plugin declares. */
export interface PortalSlugRuleDocs {
  /** Whether `configs.recommended` turns the rule on. */
  readonly recommended: boolean;
}

/** Creates a rule whose `meta.docs.url` is derived from its name. */
export const createRule = ESLintUtils.RuleCreator<PortalSlugRuleDocs>((name) => `${DOCS_BASE}${name}.md`);
