/**
 * The three fronts users call: a result object, a type guard, an assertion. All of them are the
 * scan in `scan.ts` seen from a different side; none of them knows a rule of its own.
 */
import { typeMessage, type PortalSlug, type PortalSlugIssue } from "./contract.js";
import { isPortalSlug, scanPortalSlug } from "./scan.js";
import { suggestPortalSlug } from "./suggest.js";
import { PortalSlugError } from "./error.js";

/** What {@link validatePortalSlug} answers: the slug, or every problem and a likely fix. */
export type PortalSlugResult =
  | { readonly valid: true; readonly value: PortalSlug }
  | {
      readonly valid: false;
      readonly issues: readonly PortalSlugIssue[];
      /** The slug the input most likely meant, when one can be made from it. */
      readonly suggestion?: PortalSlug;
    };

/**
 * Checks any value against the slug rules and reports every broken rule at once, each with its
 * span in the input, plus the slug it probably should be. Never throws.
 *
 * @example
 * validatePortalSlug("My_Portal");
 * // { valid: false, issues: [{ code: "uppercase", index: 0, end: 1, … }, …], suggestion: "my-portal" }
 */
export function validatePortalSlug(input: unknown): PortalSlugResult {
  if (typeof input !== "string") return { valid: false, issues: [{ code: "not_a_string", message: typeMessage(input) }] };
  if (isPortalSlug(input)) return { valid: true, value: input };
  const suggestion = suggestPortalSlug(input);
  return { valid: false, issues: scanPortalSlug(input), ...(suggestion && { suggestion }) };
}

/**
 * Narrows `input` to {@link PortalSlug}, or throws a {@link PortalSlugError} (a `TypeError`)
 * carrying every issue and the suggestion.
 */
export function assertPortalSlug(input: unknown): asserts input is PortalSlug {
  const result = validatePortalSlug(input);
  if (!result.valid) throw new PortalSlugError(input, result.issues, result.suggestion);
}

export { isPortalSlug };
