/** `PortalSlugError`, what `assertPortalSlug` and `portalSlug` throw for a value that is no valid slug. */
import { QUOTED_VALUE, allOf, issueWithoutSuggestion, withSuggestion, type PortalSlug, type PortalSlugIssue } from "./contract.js";
import { quote } from "./text.js";
import type { UnknownPortalIssue } from "./issues.js";

/**
 * Thrown by `assertPortalSlug`. A `TypeError`, since the value is of the wrong kind for where it
 * is used; it keeps the issues and the suggestion so that a caller can show them without
 * validating again.
 */
export class PortalSlugError extends TypeError {
  override readonly name = "PortalSlugError";
  // Declared, not defined: the constructor sets them, and a class field would only repeat it.
  /** The value that was checked. */
  declare readonly input: unknown;
  /** Every broken rule, as `validatePortalSlug` reports them. */
  declare readonly issues: readonly (PortalSlugIssue | UnknownPortalIssue)[];
  /** The slug the input most likely meant, when one can be made from it. */
  declare readonly suggestion?: PortalSlug | undefined;

  /**
   * @param input The value that was checked.
   * @param issues Every broken rule, as `validatePortalSlug` reports them.
   * @param suggestion The slug the input most likely meant, when one can be made from it.
   */
  constructor(input: unknown, issues: readonly (PortalSlugIssue | UnknownPortalIssue)[], suggestion?: PortalSlug) {
    // Every issue of the one value, and the one suggestion once, last: an unknown portal's own
    // message names it, and says it here in its place.
    const value = typeof input === "string" ? ` ${quote(input, QUOTED_VALUE)}` : "";
    super(withSuggestion(`Invalid portal slug${value}: ${allOf(issues.map(issueWithoutSuggestion))}`, suggestion));
    this.input = input;
    this.issues = issues;
    this.suggestion = suggestion;
  }
}
