/**
 * Where each finding of a body is reported in the linted file, once a place and problem. A
 * finding about a value written in another module stands at the linted file's expression that
 * leads there, and says where the value is written. A body used by several calls is reported
 * once, and the many members of one literal type that share a problem make one report with
 * their count. How a report is worded and what it suggests is the rule's, beside its messages.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { placeOf, writtenAt } from "../../util/report/report-place.js";
import type { BodyFinding } from "./body-judgement.js";

/** One report to make: a finding, and where it stands. */
export interface BodyPlace {
  readonly finding: BodyFinding;
  /** The node of the linted file the report stands on: a key, not its property; for a value written elsewhere, its use here. */
  readonly node: TSESTree.Node;
  /** The lines and columns it covers: the node's, or a missing field's object literal's opening brace. */
  readonly loc: TSESTree.SourceLocation;
  /** `" (written at path:line:column)"` for a value written in another module, else "". */
  readonly where: string;
  /** How many more values of the same literal type share the problem. */
  readonly more: number;
}

/** The node a report about a key stands on: the key itself, not its value. */
const standOn = (node: TSESTree.Node): TSESTree.Node => (node.type === "Property" ? node.key : node);

/**
 * The places of one linted file's body findings: give each body's findings, get the places not
 * reported already in this file.
 */
export function createBodyPlaces(sourceCode: Readonly<TSESLint.SourceCode>, cwd: string): (findings: readonly BodyFinding[]) => BodyPlace[] {
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
    const places: BodyPlace[] = [];
    for (const [key, { finding, node, where, messages }] of grouped) {
      if (made.has(key)) continue;
      made.add(key);
      const opening = finding.atOpening && node === finding.target.node ? sourceCode.getFirstToken(node) : undefined;
      places.push({ finding, node, loc: opening?.loc ?? node.loc, where, more: messages.size - 1 });
    }
    return places;
  };
}
