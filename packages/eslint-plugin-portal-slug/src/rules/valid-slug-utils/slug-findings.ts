/**
 * The third question of `valid-slug`: which report. From a value a call sends as the portal to
 * what is wrong with it and where: the core's judgement, the problem the report stands on first,
 * and the range of the wrong characters in the raw source. Each written place is judged and
 * reported once however many calls send it. How a finding is worded is the rule's, beside its
 * messages.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { extentOfIssues, type PortalList } from "portal-slug";
import type { Accepts } from "./slug-sites.js";
import { mayBePortalId } from "./portal-id-template.js";
import { placeOf, type Origin } from "../../util/report/report-place.js";
import { judgeText, judgeValue, judgeTemplatePart, locatedFirst, type Judgement, type Problem } from "./slug-judgement.js";
import { rawTextOf, sourceRangeOf, type SourceRange } from "./source-range.js";
import { checkable, type StaticOther, type StaticString, type StaticValue } from "../../util/values/static-strings.js";

/** What one report of `valid-slug` says and where it stands, before it is worded (the rule words it). */
export type SlugFinding = TextFinding | NotAStringFinding;

/** What is wrong with a string sent as a portal: a whole value, a template's static part, a literal type's member. */
export interface TextFinding {
  readonly kind: "text";
  /** The node of the linted file the report stands on. */
  readonly node: TSESTree.Node;
  /** The text judged: a whole value, or one static part of a template. */
  readonly value: string;
  readonly accepts: Accepts;
  /** The problems, the one the report stands on first. */
  readonly problems: readonly Problem[];
  /** Where in the file's source the problems' characters are, first to last, when it can be said. */
  readonly range?: SourceRange | undefined;
  /** The value to write instead, named in the message. */
  readonly suggestion?: string | undefined;
  /** The quote the literal is written with, when the suggestion can replace it in place. */
  readonly quote?: string | undefined;
  /** For a value written in another module: where. */
  readonly origin?: Origin | undefined;
  /** For a static part of a template: the template, whose other parts are expressions. */
  readonly partOf?: TSESTree.TemplateLiteral | undefined;
  /** For a value put together from parts, each known: what put it together. */
  readonly composedBy?: "template" | "concatenation" | undefined;
  /** For a member of a literal type: how many other members of the same type are wrong too. */
  readonly more?: number | undefined;
}

/** A body field's value that is no string (`portal: 42`, `slug: null`, `portal: {}`): the server takes none. */
export interface NotAStringFinding {
  readonly kind: "not-a-string";
  /** The node of the linted file the report stands on: the value, or its use here when it is written in another module. */
  readonly node: TSESTree.Node;
  /** The field that sends it. */
  readonly field: string;
  /** The core's words for it, one problem. */
  readonly problems: readonly Problem[];
  readonly origin?: Origin | undefined;
}

/**
 * The findings of one linted file's values: for each candidate a call sends, with how its field
 * is judged and the body field it is sent in (when it is one), the finding to report, or none
 * when it is valid or was reported already.
 */
export function createSlugFindings(
  sourceCode: Readonly<TSESLint.SourceCode>,
  portals?: PortalList,
): (candidates: readonly StaticValue[], accepts: Accepts, field: string | undefined) => SlugFinding[] {
  // A const used by several calls is written once: judge it and report it once. A place is the
  // node the report stands on, and what of it was judged: the literal (in this file or another
  // module) or a member of its literal type.
  const judgedPlaces = new Map<TSESTree.Node, Set<unknown>>();

  /**
   * The range of the problems inside a literal's text, from the first offending character to
   * the end of the last (the core says how far they reach), when its source reads back;
   * `undefined` marks the whole literal.
   */
  const rangeInside = (part: TSESTree.StringLiteral | TSESTree.TemplateElement, value: string, problems: readonly Problem[]): SourceRange | undefined => {
    const extent = extentOfIssues(value, problems);
    if (!extent) return undefined;
    const { start, raw } = rawTextOf(sourceCode, part);
    return sourceRangeOf(sourceCode, start, raw, value, extent.index, extent.end);
  };

  /** Whether `what` was judged at `node` already; marks it judged. */
  const judgedBefore = (node: TSESTree.Node, what: unknown): boolean => {
    const judged = judgedPlaces.get(node);
    if (judged?.has(what)) return true;
    if (judged) judged.add(what);
    else judgedPlaces.set(node, new Set([what]));
    return false;
  };

  // A literal type's members recur at every expression of the type, a slug in file after file: each text is judged once.
  const judged = (value: string, accepts: Accepts): Judgement => judgeText(value, accepts, portals);

  /**
   * One finding for the members of a literal type at one expression: the first malformed one,
   * else the first none of the declared portals is (a malformed member is wrong wherever it is
   * sent, an unknown one only in this workspace), with the count of the other wrong ones.
   */
  const membersFinding = (node: TSESTree.Node, values: readonly string[], accepts: Accepts): TextFinding | undefined => {
    if (judgedBefore(node, TYPE_MEMBERS)) return undefined;
    let first: { value: string; judgement: Judgement; malformed: boolean } | undefined;
    let wrong = 0;
    for (const value of values) {
      const judgement = judged(value, accepts);
      if (!judgement.problems.length) continue;
      wrong++;
      const malformed = judgement.problems.some((problem) => problem.code !== "unknown_portal");
      if (!first || (malformed && !first.malformed)) first = { value, judgement, malformed };
    }
    if (!first) return undefined;
    const { value, judgement } = first;
    return { kind: "text", node, value, accepts, problems: locatedFirst(judgement.problems), suggestion: judgement.suggestion, more: wrong - 1 };
  };

  /** The finding of one value written in a literal or template, or `undefined`. */
  const writtenFinding = (candidate: Exclude<StaticString, { kind: "type" }>, accepts: Accepts): TextFinding | undefined => {
    const place = placeOf(candidate.ref);
    // A place is judged once however many calls send it, before any of its characters are read again.
    if (!place || judgedBefore(place.node, place.origin?.node ?? place.node)) return undefined;
    const { node, origin } = place;
    if (candidate.kind === "literal") {
      const { suggestion, problems: found } = judged(candidate.value, accepts);
      // Most values are right.
      if (!found.length) return undefined;
      const problems = locatedFirst(found);
      const literal = candidate.ref.node;
      const part = literal.type === "Literal" ? literal : literal.quasis[0];
      const range = !origin && part && problems.length ? rangeInside(part, candidate.value, problems) : undefined;
      const quote = literal.type === "Literal" ? (literal.raw[0] ?? '"') : "`";
      return { kind: "text", node, value: candidate.value, accepts, problems, range, suggestion, quote, origin };
    }
    if (candidate.kind === "composed") {
      // No edit is offered: the value is written in several places, and the parts may serve other values.
      const { suggestion, problems } = judged(candidate.value, accepts);
      if (!problems.length) return undefined;
      const composedBy = candidate.ref.node.type === "TemplateLiteral" ? "template" : "concatenation";
      return { kind: "text", node, value: candidate.value, accepts, problems: locatedFirst(problems), suggestion, origin, composedBy };
    }
    const template = candidate.ref;
    const { quasis } = template.node;
    // `pc_${id}` is an ID, whose variable part this rule cannot see.
    if (accepts === "ref" && mayBePortalId(template)) return undefined;
    for (const [i, quasi] of quasis.entries()) {
      const value = quasi.value.cooked;
      if (value == null) continue;
      const problems = locatedFirst(judgeTemplatePart(value, i === 0, i === quasis.length - 1).problems);
      if (problems.length)
        return { kind: "text", node, value, accepts, problems, range: origin ? undefined : rangeInside(quasi, value, problems), origin, partOf: template.node };
    }
    return undefined;
  };

  /** The finding of a value that is no string, sent in `field`, or `undefined` when it was reported already. */
  const notAStringFinding = (candidate: StaticOther, accepts: Accepts, field: string): NotAStringFinding | undefined => {
    const place = placeOf(candidate.ref);
    if (!place || judgedBefore(place.node, place.origin?.node ?? place.node)) return undefined;
    // Whatever an array or object literal holds, it is no string.
    const { problems } = judgeValue(checkable(candidate).value, accepts, portals);
    return problems.length ? { kind: "not-a-string", node: place.node, field, problems, origin: place.origin } : undefined;
  };

  return (candidates, accepts, field) => {
    const findings: SlugFinding[] = [];
    let members: Map<TSESTree.Node, string[]> | undefined;
    for (const candidate of candidates) {
      if (candidate.kind === "other" || candidate.kind === "array" || candidate.kind === "object") {
        // `undefined` leaves the field out (JSON drops it), which is the body's business, not the value's.
        const finding = field !== undefined && !(candidate.kind === "other" && candidate.value === undefined) && notAStringFinding(candidate, accepts, field);
        if (finding) findings.push(finding);
        continue;
      }
      if (candidate.kind !== "type") {
        const finding = writtenFinding(candidate, accepts);
        if (finding) findings.push(finding);
        continue;
      }
      members ??= new Map();
      const values = members.get(candidate.node);
      if (values) values.push(candidate.value);
      else members.set(candidate.node, [candidate.value]);
    }
    for (const [node, values] of members ?? []) {
      const finding = membersFinding(node, values, accepts);
      if (finding) findings.push(finding);
    }
    return findings;
  };
}

/** What a type's members are judged as at a node, once: a key of their own in the node's judged set. */
const TYPE_MEMBERS = Symbol("type members");
