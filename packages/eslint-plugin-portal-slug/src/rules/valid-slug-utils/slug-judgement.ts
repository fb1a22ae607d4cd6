/**
 * What the core says of a value the rule found, as the rule reports it: every problem with its
 * span, the one the report stands on first, and the slug it should probably be. A template's
 * static part is judged for what is certainly wrong whatever its expressions are.
 */
import { isPortalSlug, looksLikePortalId, scanPortalSlug, validatePortalRef, validatePortalSlug, type PortalList, type PortalSlugIssueCode } from "portal-slug";
import type { Accepts } from "./slug-sites.js";
import { createCache, type Bound, type Cache } from "../../util/cache.js";

/** The codes a problem can have: the core's slug issues, a portal ID's, and a value none of the declared portals is. */
export type ProblemCode = PortalSlugIssueCode | "invalid_portal_id" | "unknown_portal";

/** An issue as the rule reports it: the core's, with offsets into the judged text. */
export interface Problem {
  readonly code: ProblemCode;
  readonly message: string;
  readonly index?: number | undefined;
  readonly end?: number | undefined;
}

/** A value's problems, in the core's reading order, and its likely fix. */
export interface Judgement {
  readonly problems: readonly Problem[];
  readonly suggestion?: string | undefined;
}

/**
 * The problems with the one the report stands on first: the first that has a place in the text,
 * so that the highlighted characters and the message agree ("ab_" is reported as its underscore,
 * with its length among the others).
 */
export function locatedFirst(problems: readonly Problem[]): readonly Problem[] {
  const located = problems.findIndex((problem) => problem.index !== undefined && problem.end !== undefined);
  return located > 0 ? [problems[located] as Problem, ...problems.filter((_, i) => i !== located)] : problems;
}

/**
 * Whether a whole value passes the rule its field is judged by, and is one of the declared
 * `portals` when there are any: the core's fast answer, for the values that are right.
 */
export const passes = (value: string, accepts: Accepts, portals?: PortalList): boolean =>
  (accepts === "ref" && looksLikePortalId(value) ? validatePortalRef(value).valid : isPortalSlug(value)) && (!portals || portals.has(value));

/**
 * What the core says of a whole value (a string, or what is sent where one belongs), by the rule
 * its field is judged by (`portal`: an ID or a slug), and against the declared `portals`.
 */
export function judgeValue(value: unknown, accepts: Accepts, portals?: PortalList): Judgement {
  const options = portals && { portals };
  const result = accepts === "ref" ? validatePortalRef(value, options) : validatePortalSlug(value, options);
  if (result.valid) return { problems: [] };
  return { problems: result.issues, suggestion: "suggestion" in result ? result.suggestion : undefined };
}

/** The judgement of a value that passes. */
const PASSED: Judgement = Object.freeze({ problems: Object.freeze([]) });

/** What no declared portals are kept under: a key of its own, since the judgements differ from any list's. */
const NO_PORTALS = {};

/**
 * How many texts' judgements are kept for each portals list. A project sends a few slugs from
 * many files; a text much longer than a slug can be is judged each time, so that a generated
 * file's long literal is not kept.
 */
const KEPT: Bound = { capacity: 1024, longestKey: 256 };

/** The judgements of texts, by the declared portals (the config's list, held weakly), then by the field's rule and the text. */
const judgements = createCache<PortalList | typeof NO_PORTALS, Cache<string, Judgement>>("config");

/**
 * {@link judgeValue} of a string, with the core's fast answer first, kept for the process: the
 * same slug is sent from file after file, and each is judged by the core once.
 */
export function judgeText(value: string, accepts: Accepts, portals?: PortalList): Judgement {
  const list = portals ?? NO_PORTALS;
  const kept = judgements.get(list) ?? judgements.set(list, createCache("process", KEPT));
  return kept.answer(`${accepts}:${value}`, () => (passes(value, accepts, portals) ? PASSED : judgeValue(value, accepts, portals)));
}

/**
 * What is certainly wrong in one static part of a template with expressions: a bad character
 * is bad wherever it stands, a hyphen only at the true start (`first`) or end (`last`), and
 * length not at all, since the expressions add characters.
 */
export function judgeTemplatePart(text: string, first: boolean, last: boolean): Judgement {
  const problems = scanPortalSlug(text).filter(
    ({ code }) =>
      !(code === "too_short" || code === "too_long" || code === "not_a_string") && (code !== "leading_hyphen" || first) && (code !== "trailing_hyphen" || last),
  );
  return { problems };
}
