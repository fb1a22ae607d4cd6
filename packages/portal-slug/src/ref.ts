/**
 * The newer request field `portal` takes a portal ID or a slug. The two never overlap (an ID
 * has an underscore, a slug never does), so the prefix decides which rule applies.
 */
import type { PortalId, PortalSlug } from "./contract.js";
import type { PortalRefIssue, UnknownPortalIssue } from "./issues.js";
import { looksLikePortalId, meantPortalId, misreadIdIssues, portalIdIssues, readsAsPortalId } from "./portal-id.js";
import { portalListOf, type KnownPortalsOptions, type PortalList } from "./portals/portal-list.js";
import { knownSuggestion, unknownPortalIssue } from "./portals/unknown-portal.js";
import { judgeSlug } from "./validate.js";

/**
 * What {@link validatePortalRef} answers. `kind` says which rule the value was judged by. Given
 * the workspace's `portals`, an issue may also be `unknown_portal` and the suggestion an ID.
 */
export type PortalRefResult<Issue = PortalRefIssue, Suggestion = PortalSlug> =
  | { readonly valid: true; readonly kind: "id"; readonly value: PortalId }
  | { readonly valid: true; readonly kind: "slug"; readonly value: PortalSlug }
  | {
      readonly valid: false;
      /** `undefined` when the value is not a string, so neither rule could apply. */
      readonly kind: "id" | "slug" | undefined;
      readonly issues: readonly Issue[];
      readonly suggestion?: Suggestion;
    };

export { looksLikePortalId };

/**
 * Validates a value for the newer `portal` field: a portal ID (`pc_` then letters and digits,
 * at most 255 characters in all) by the ID rule, anything else by the slug rules. Given the
 * workspace's `portals` (the declared slugs and IDs, or a list built from them with
 * `createPortalList`), a well-formed value that is none of them gets an `unknown_portal` issue
 * with the closest one as `suggestion`, and a malformed value's suggestion is a known portal
 * when one is close. Never throws.
 *
 * @example
 * validatePortalRef("pc_3Kd9xQ3", { portals: ["pc_3Kd9xQ2", "billing-portal"] });
 * // { valid: false, kind: "id", suggestion: "pc_3Kd9xQ2", issues: [{ code: "unknown_portal", … }] }
 */
export function validatePortalRef(input: unknown): PortalRefResult;
export function validatePortalRef(
  input: unknown,
  options: KnownPortalsOptions | undefined,
): PortalRefResult<PortalRefIssue | UnknownPortalIssue, PortalSlug | PortalId>;
export function validatePortalRef(input: unknown, options?: KnownPortalsOptions): PortalRefResult<PortalRefIssue | UnknownPortalIssue, PortalSlug | PortalId> {
  const list = portalListOf(options);
  if (typeof input === "string" && !looksLikePortalId(input) && readsAsPortalId(input)) {
    // `PC_3Kd9xQ2`, ` pc_3Kd9xQ2`: an ID mistyped, judged by the ID rule and given the ID it meant.
    return mistypedId(input, misreadIdIssues(input), list);
  }
  if (typeof input !== "string" || !looksLikePortalId(input)) {
    // The field takes an ID too, so any known portal may be the suggestion.
    return { ...judgeSlug(input, list), kind: typeof input === "string" ? "slug" : undefined } as PortalRefResult<
      PortalRefIssue | UnknownPortalIssue,
      PortalSlug | PortalId
    >;
  }
  const issues = portalIdIssues(input);
  if (!issues.length) {
    const unknown = list && unknownPortalIssue(list, input);
    if (!unknown) return { valid: true, kind: "id", value: input };
    return { valid: false, kind: "id", issues: [unknown], ...(unknown.suggestion !== undefined && { suggestion: unknown.suggestion as PortalId }) };
  }
  // `pc_3Kd9xQ2 `: the ID itself, else the declared portal nearest it.
  return mistypedId(input, issues, list);
}

/**
 * A mistyped ID's verdict: its issues, and the ID it meant as the suggestion (`pc_3Kd9xQ2` for
 * `PC_3Kd9xQ2 `); given the declared portals, the one nearest that ID (or the value) instead, or,
 * none being near, the ID itself said to be none of them, as a malformed slug's own form is, so
 * that writing it is not the first the user hears of it.
 */
function mistypedId(
  input: string,
  issues: readonly PortalRefIssue[],
  list: PortalList | undefined,
): PortalRefResult<PortalRefIssue | UnknownPortalIssue, PortalSlug | PortalId> {
  const meant = meantPortalId(input);
  const suggestion = knownSuggestion(list, meant ?? input, meant);
  const unknown = list && unknownPortalIssue(list, suggestion);
  return { valid: false, kind: "id", issues: unknown ? [...issues, unknown] : issues, ...(suggestion !== undefined && { suggestion: suggestion as PortalId }) };
}
