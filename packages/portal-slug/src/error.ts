import type { PortalSlug, PortalSlugIssue } from "./rules.js";

/**
 * Thrown by `assertPortalSlug`. A `TypeError`, since the value is of the wrong kind for where it
 * is used; it keeps the issues and the suggestion so that a caller can show them without
 * validating again.
 */
export class PortalSlugError extends TypeError {
  override readonly name = "PortalSlugError";

  /**
   * @param input The value that was checked.
   * @param issues Every broken rule, as `validatePortalSlug` reports them.
   * @param suggestion The slug the input most likely meant, when one can be made from it.
   */
  constructor(
    readonly input: unknown,
    readonly issues: readonly PortalSlugIssue[],
    readonly suggestion?: PortalSlug,
  ) {
    super(`Invalid portal slug: ${issues.map((issue) => issue.message).join("; ")}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`);
  }
}
