/**
 * What the core says of a value the rule found, as the rule reports it: every problem with its
 * span, the one the report stands on first, and the slug it should probably be. A template's
 * static part is judged for what is certainly wrong whatever its expressions are.
 */
import { isPortalSlug, looksLikePortalId, scanPortalSlug, validatePortalRef, validatePortalSlug, type PortalList, type PortalSlugIssueCode } from "portal-slug";
import type { Accepts } from "./slug-sites.js";

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
