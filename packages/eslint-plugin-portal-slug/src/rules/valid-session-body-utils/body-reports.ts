/**
 * From a body's findings to ESLint reports: where each stands in the linted file, its message,
 * and its suggestion as an edit. A finding about a value written in another module stands at the
 * linted file's expression that leads there, names where the value is written, and offers no
 * edit (ESLint edits only the file it lints). One report a place and problem: a body used by
 * several calls is reported once, and the many members of one literal type that share a problem
 * make one report with their count.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { CREATE_SESSION_FACTS, scopeForPermission } from "portal-slug";
import type { BodyShape } from "../../util/values/body-shape.js";
import type { BodyCode, BodyFinding, BodyFix } from "./body-judgement.js";
import { placeOf, quoted, writtenAt } from "../../util/report/report-place.js";

/** The suggestions' message IDs. */
export type BodySuggestionId = "renameField" | "replaceValue" | "migrateBody";

/** Every message ID a body report uses. */
export type BodyMessageId = BodyCode | BodySuggestionId;

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

/**
 * The edits that rewrite the older keys of a body as the newer ones (`slug` → `portal`,
 * `permissions` → `scopes`, with each permission mapped where the mapping is certain), or
 * `undefined` when a part is written in another module or a newer key of the same job is there already.
 */
function migration(shape: BodyShape, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.ReportFixFunction | undefined {
  const renames = CREATE_SESSION_FACTS.description.renames.flatMap(([older, newer]) => {
    const field = shape.fields.get(older);
    return field ? [{ field, newer }] : [];
  });
  if (!renames.length || renames.some(({ field, newer }) => field.property.scope.module || shape.fields.has(newer))) return undefined;
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

/** A finding's fix as a suggestion, when its target is written in the linted file. */
function suggestion(fix: BodyFix | undefined, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.SuggestionReportDescriptor<BodyMessageId>[] {
  if (!fix) return [];
  switch (fix.kind) {
    case "rename": {
      if (fix.property.scope.module) return [];
      const property = fix.property.node;
      return [{ messageId: "renameField", data: { to: quoted(fix.to) }, fix: (fixer) => renameKey(fixer, property, fix.to, sourceCode) }];
    }
    case "replace": {
      if (fix.literal.scope.module) return [];
      const { node } = fix.literal;
      return [{ messageId: "replaceValue", data: { to: quoted(fix.to) }, fix: (fixer) => fixer.replaceText(node, spelled(node, fix.to, sourceCode)) }];
    }
    case "migrate": {
      const edit = migration(fix.shape, sourceCode);
      return edit ? [{ messageId: "migrateBody", fix: edit }] : [];
    }
  }
}

/** The node a report about a key stands on: the key itself, not its value. */
const standOn = (node: TSESTree.Node): TSESTree.Node => (node.type === "Property" ? node.key : node);

/**
 * The reports of one linted file's bodies: give each body's findings, get the reports not made
 * already for this file.
 */
export function createBodyReports(
  sourceCode: Readonly<TSESLint.SourceCode>,
  cwd: string,
): (findings: readonly BodyFinding[]) => TSESLint.ReportDescriptor<BodyMessageId>[] {
  const made = new Set<string>();
  return (findings) => {
    const grouped = new Map<string, { finding: BodyFinding; node: TSESTree.Node; where: string; messages: Set<string> }>();
    for (const finding of findings) {
      const place = placeOf(finding.target);
      if (!place) continue;
      const node = place.origin ? place.node : standOn(place.node);
      // Members of one literal type share node, code and path; a key's problems are each their own.
      const key = `${node.range[0]}:${node.range[1]}:${finding.code}:${finding.path || finding.message}`;
      const known = grouped.get(key);
      // A literal type's members on one expression share a report, which counts them.
      if (known) known.messages.add(finding.message);
      else grouped.set(key, { finding, node, where: writtenAt(cwd, place.origin), messages: new Set([finding.message]) });
    }
    const reports: TSESLint.ReportDescriptor<BodyMessageId>[] = [];
    for (const [key, { finding, node, where, messages }] of grouped) {
      if (made.has(key)) continue;
      made.add(key);
      const more = messages.size - 1;
      const opening = finding.atOpening && node === finding.target.node ? sourceCode.getFirstToken(node) : undefined;
      const others = more ? ` (and ${more} more value${more === 1 ? "" : "s"} of its type)` : "";
      reports.push({
        node,
        loc: opening?.loc ?? node.loc,
        messageId: finding.code,
        data: {
          // Where, before what: the field's path, how many more values share the problem, and
          // the module the value is written in; a whole-body problem is "in the body".
          place: finding.path || others || where ? `${finding.path || "In the body"}${others}${where}: ` : "",
          message: finding.message,
          // The core names the suggestion last; ESLint edits only the file it lints, so a value
          // written elsewhere is to be written there.
          there: where && finding.suggestion !== undefined ? " there" : "",
        },
        suggest: where ? [] : suggestion(finding.fix, sourceCode),
      });
    }
    return reports;
  };
}
