/**
 * The three fronts users call: a result object, a type guard, an assertion. All of them are the
 * scan in `scan.ts` seen from a different side; none of them knows a rule of its own.
 */
import { typeMessage, type PortalSlug, type PortalSlugIssue } from "./contract.js";
import type { UnknownPortalIssue } from "./issues.js";
import { portalListOf, type KnownPortalsOptions, type PortalList } from "./portals/portal-list.js";
import { knownSuggestion, unknownPortalIssue } from "./portals/unknown-portal.js";
import { readsAsPortalId } from "./portal-id.js";
import { isPortalSlug, scanPortalSlug } from "./scan.js";
import { suggestPortalSlug } from "./suggest.js";
import { PortalSlugError } from "./error.js";

/**
 * What {@link validatePortalSlug} answers: the slug, or every problem and a likely fix. Given the
 * workspace's `portals`, an issue may also be `unknown_portal`.
 */
export type PortalSlugResult<Issue = PortalSlugIssue> =
  | { readonly valid: true; readonly value: PortalSlug }
  | {
      readonly valid: false;
      readonly issues: readonly Issue[];
      /** The slug the input most likely meant, when one can be made from it. */
      readonly suggestion?: PortalSlug;
    };

/**
 * The slug rules' answer given the known portals (when `list` is given): a well-formed slug none
 * of them is gets `unknown_portal`, and a malformed one's suggestion is a known portal when one is
 * near, a slug only when `only` says so. @internal
 */
export function judgeSlug(input: unknown, list: PortalList | undefined, only?: "slug"): PortalSlugResult<PortalSlugIssue | UnknownPortalIssue> {
  // Stryker disable next-line ConditionalExpression: equivalent where the test is made false: the scan answers the same issue for a value that is no string, and no list is near one
  if (typeof input !== "string") return { valid: false, issues: [{ code: "not_a_string", message: typeMessage(input) }] };
  if (isPortalSlug(input)) {
    const unknown = list && unknownPortalIssue(list, input, undefined, only);
    if (!unknown) return { valid: true, value: input };
    return { valid: false, issues: [unknown], ...(unknown.suggestion !== undefined && { suggestion: unknown.suggestion as PortalSlug }) };
  }
  // A portal ID given where a slug goes has no slug it meant: one made of its characters would
  // name another portal, its prefix in capitals or after a space too.
  const suggestion = readsAsPortalId(input) ? undefined : knownSuggestion(list, input, suggestPortalSlug(input), only);
  const issues: (PortalSlugIssue | UnknownPortalIssue)[] = scanPortalSlug(input);
  // The value's own form, when no declared portal is near it, is said to be none of them too: else
  // only the next check, after the form is written, would say so. No suggestion is no form to say.
  const unknownForm = list && unknownPortalIssue(list, suggestion, undefined, only);
  if (unknownForm) issues.push(unknownForm);
  return { valid: false, issues, ...(suggestion && { suggestion: suggestion as PortalSlug }) };
}

/**
 * Checks any value against the slug rules and reports every broken rule at once, each with its
 * span in the input, plus the slug it probably should be. Given the workspace's `portals` (the
 * declared slugs and IDs, or a list built from them with `createPortalList`), a well-formed slug
 * that is none of them gets an `unknown_portal` issue with the closest known slug as
 * `suggestion`, and a malformed one's suggestion is a known slug when one is close. Never throws.
 *
 * @example
 * validatePortalSlug("My_Portal");
 * // { valid: false, issues: [{ code: "uppercase", index: 0, end: 1, … }, …], suggestion: "my-portal" }
 * validatePortalSlug("biling-portal", { portals: ["billing-portal", "dev-docs"] });
 * // { valid: false, issues: [{ code: "unknown_portal", … }], suggestion: "billing-portal" }
 */
export function validatePortalSlug(input: unknown): PortalSlugResult;
export function validatePortalSlug(input: unknown, options: KnownPortalsOptions | undefined): PortalSlugResult<PortalSlugIssue | UnknownPortalIssue>;
export function validatePortalSlug(input: unknown, options?: KnownPortalsOptions): PortalSlugResult<PortalSlugIssue | UnknownPortalIssue> {
  // The common call, a valid slug and no portals to hold it to, answered before anything else.
  const list = portalListOf(options);
  if (list === undefined && isPortalSlug(input)) return { valid: true, value: input };
  return judgeSlug(input, list, "slug");
}

/**
 * Narrows `input` to {@link PortalSlug}, or throws a {@link PortalSlugError} (a `TypeError`)
 * carrying every issue and the suggestion; given the workspace's `portals`, a slug none of them
 * is throws too.
 */
export function assertPortalSlug(input: unknown, options?: KnownPortalsOptions): asserts input is PortalSlug {
  const result = validatePortalSlug(input, options);
  if (!result.valid) throw new PortalSlugError(input, result.issues, result.suggestion);
}

export { isPortalSlug };
