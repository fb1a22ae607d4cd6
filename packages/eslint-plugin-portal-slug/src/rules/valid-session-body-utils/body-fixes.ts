// rules/valid-session-body-utils/: what valid-session-body alone uses: the core's judgement of a body, where each finding stands, the edits it suggests, the installed SDK.
/**
 * The edits `valid-session-body` suggests, as ESLint fix functions: a key renamed, a value
 * replaced, and the older body rewritten as the newer one. Each is spelled as the linted file
 * spells the text it replaces (its quotes, a shorthand property). The rule offers them as
 * suggestions, only for what is written in the linted file.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { CREATE_SESSION_FACTS, scopeForPermission } from "portal-slug";
import type { BodyShape } from "../../util/values/body-shape.js";

/** The text that stands for `to` where `node` (a key or a string) is written: quoted as it is quoted, bare where it is bare. */
function spelled(node: TSESTree.Node, to: string, sourceCode: Readonly<TSESLint.SourceCode>): string {
  if (node.type === "Identifier") return to;
  const quote = sourceCode.getText(node)[0] ?? '"';
  return quote === "'" || quote === "`" ? `${quote}${to}${quote}` : JSON.stringify(to);
}

/** The edit that renames a property's key; a shorthand `{ portalId }` keeps its value: `{ portal: portalId }`. */
function renameKey(fixer: TSESLint.RuleFixer, property: TSESTree.Property, to: string, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.RuleFix {
  if (property.shorthand) return fixer.replaceText(property, `${to}: ${sourceCode.getText(property.value)}`);
  return fixer.replaceText(property.key, spelled(property.key, to, sourceCode));
}

/** The fix that renames `property`'s key to `to`. */
export const renameFix =
  (property: TSESTree.Property, to: string, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.ReportFixFunction =>
  (fixer) =>
    renameKey(fixer, property, to, sourceCode);

/** The fix that replaces the string `node` with `to`, in its quotes. */
export const replaceFix =
  (node: TSESTree.Node, to: string, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.ReportFixFunction =>
  (fixer) =>
    fixer.replaceText(node, spelled(node, to, sourceCode));

/**
 * The fix that rewrites the older keys of a body as the newer ones (each field renamed as the
 * API's description pairs them, and each permission of a list mapped to its scope where the
 * mapping is certain), or `undefined` when a part is written in another module or a newer key of
 * the same job is there already.
 */
export function migrationFix(shape: BodyShape, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.ReportFixFunction | undefined {
  const renames = CREATE_SESSION_FACTS.description.renames.flatMap(([older, newer]) => {
    // Asked key by key: a body that spreads a large object is not built whole for a few keys.
    const field = shape.field(older);
    return field ? [{ field, newer }] : [];
  });
  if (!renames.length || renames.some(({ field, newer }) => field.property.scope.module || shape.field(newer))) return undefined;
  return (fixer) =>
    renames.flatMap(({ field, newer }) => {
      const property = field.property.node;
      const list = field.value;
      // A shorthand's value is a name whose entries are written elsewhere: only the key changes.
      if (CREATE_SESSION_FACTS.field(newer)?.kind !== "scopes" || property.shorthand || !list || list.scope.module || list.node.type !== "ArrayExpression") {
        return [renameKey(fixer, property, newer, sourceCode)];
      }
      const fixes = [renameKey(fixer, property, newer, sourceCode)];
      for (const entry of list.node.elements) {
        if (entry?.type !== "Literal" || typeof entry.value !== "string") continue;
        // Only where the mapping is certain: an action that stands on two scopes is left as it is, and reported.
        const scope = scopeForPermission(entry.value);
        if (scope !== undefined && scope !== entry.value) fixes.push(fixer.replaceText(entry, spelled(entry, scope, sourceCode)));
      }
      return fixes;
    });
}
