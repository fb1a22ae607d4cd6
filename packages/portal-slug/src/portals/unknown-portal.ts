/**
 * A value none of the known portals is: the `unknown_portal` issue every layer words alike, and
 * the suggestion a malformed value gets when portals are known.
 */
import { PORTAL_LIST_WORDS, QUOTED_VALUE } from "../contract.js";
import type { UnknownPortalIssue } from "../issues.js";
import { looksLikePortalId } from "../portal-id.js";
import { quote } from "../text.js";
import { listedNames, type PortalList } from "./portal-list.js";

/** An {@link UnknownPortalIssue} at a path of a request body, an error, as the request guard gives it. */
export type UnknownPortalBodyIssue = UnknownPortalIssue & { readonly path: readonly (string | number)[]; readonly severity: "error" };

/**
 * The `unknown_portal` issue for `value` against `list`, worded as every layer words it (the
 * runtime checks, the request guard, the lint rule, the CLI): the value, how many portals are
 * declared, and the closest one as the `suggestion`. With a `path`, the issue is a request-body
 * issue at that path (`["portal"]`), an error. With `only` `"slug"`, only a slug is suggested, for
 * a field that takes no ID. `undefined` when the value is known, when it is
 * not a string, or when the list knows no portal at all (nothing declared is nothing to check).
 * Never throws.
 *
 * @example
 * unknownPortalIssue(createPortalList(["billing-portal"]), "biling-portal");
 * // { code: "unknown_portal", suggestion: "billing-portal",
 * //   message: '"biling-portal" is not the portal declared, and Unkey answers 404 …; write "billing-portal"' }
 */
export function unknownPortalIssue(list: PortalList, value: unknown, path?: undefined, only?: "slug"): UnknownPortalIssue | undefined;
export function unknownPortalIssue(list: PortalList, value: unknown, path: readonly (string | number)[], only?: "slug"): UnknownPortalBodyIssue | undefined;
export function unknownPortalIssue(
  list: PortalList,
  value: unknown,
  path?: readonly (string | number)[],
  only?: "slug",
): UnknownPortalIssue | UnknownPortalBodyIssue | undefined {
  if (typeof value !== "string" || !list.size || list.has(value)) return undefined;
  const closest = list.closest(value, only);
  // Names are well-formed ASCII, so the message shows them as they are. A field that takes no ID
  // is offered no ID, even as one of the names listed.
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration: equivalent where names are given with a closest portal: the words leave them out then
  const listed = closest === undefined ? listedNames(list).filter((name) => only !== "slug" || !looksLikePortalId(name)) : [];
  const message = PORTAL_LIST_WORDS.unknown(quote(value, QUOTED_VALUE), list.size, closest, listed);
  const found = { code: "unknown_portal" as const, message, ...(closest !== undefined && { suggestion: closest }) };
  return path ? { path, severity: "error", ...found } : found;
}

/**
 * The suggestion a malformed value gets given the known portals: the known one nearest the form's
 * own `suggestion` or, failing that, the value as written; the form's suggestion when none is
 * near or no portal is known. @internal
 */
export function knownSuggestion(list: PortalList | undefined, input: string, suggestion: string | undefined, only?: "slug"): string | undefined {
  if (!list?.size) return suggestion;
  // Stryker disable next-line ConditionalExpression: equivalent where the test is made false: closest answers undefined for undefined
  return (suggestion === undefined ? undefined : list.closest(suggestion, only)) ?? list.closest(input, only) ?? suggestion;
}
