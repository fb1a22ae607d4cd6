/**
 * The whole `portal.createSession` body, of either generation, checked before it is sent. Every
 * field is judged by its own check wherever it appears; the generation only decides which
 * fields count as missing and whether the body mixes the two.
 */
import { FIELD_CHECKS, issue, listFirst, type FieldCheck } from "./fields.js";
import { API } from "../api/facts.js";
import { checkCreateSessionKeys, generationOf } from "./keys.js";
import { sends, sentField, sentOnce } from "./sent.js";
import type { CreateSessionGeneration, CreateSessionIssue, CreateSessionRequestResult, NewerCreateSessionRequest, OlderCreateSessionRequest } from "./types.js";
import { REQUEST_WORDS } from "../contract.js";
import { portalListOf, type KnownPortalsOptions, type PortalList } from "../portals/portal-list.js";

/**
 * Which generation a body is, by the fields only one of them has (see {@link checkCreateSessionRequest}):
 * `mixed` for fields of both, `undefined` for fields of neither or a non-object. Sent keys count
 * even when `undefined`, since a key written out shows which body its author meant. Never throws:
 * a body whose keys cannot be read (a revoked proxy) is of no generation.
 */
export function detectCreateSessionGeneration(body: unknown): CreateSessionGeneration | "mixed" | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  try {
    return generationOf((key) => sends(body, key));
  } catch {
    return undefined;
  }
}

function check(body: unknown, portals: PortalList | undefined): CreateSessionRequestResult {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { valid: false, generation: undefined, issues: [issue([], "not_an_object", REQUEST_WORDS.notAnObject(body))] };
  }
  // Read once, and judged and answered as read: what is checked is what is sent.
  const sent = sentOnce(body);
  const keys = Object.keys(sent);
  const unset = keys.filter((key) => sent[key] === undefined);
  const shape = checkCreateSessionKeys(keys, { unset });
  const { generation } = shape;
  const issues: CreateSessionIssue[] = shape.issues.filter((found) => !found.path.length);
  // Not push(...found): a list of a million scopes would overflow the argument limit.
  const add = (found: readonly CreateSessionIssue[]) => {
    for (const one of found) issues.push(one);
  };
  // The whole body's issues, then field by field as a body is written, unknown keys last.
  for (const name of API.fields) {
    add(shape.issues.filter((found) => found.path[0] === name));
    const value = sentField(sent, name);
    // A required field left out is the keys' issue; an optional one may be.
    if (value !== undefined) add((FIELD_CHECKS.get(name) as FieldCheck)(value, [name], portals));
  }
  add(
    listFirst(
      shape.issues.filter((found) => found.code === "unknown_field"),
      [],
      "unknown fields",
    ),
  );

  if (issues.some((found) => found.severity === "error")) return { valid: false, generation, issues };
  // Stryker disable next-line ConditionalExpression: equivalent, a valid body is older or newer, and both branches then answer the same object; the two are for the value's type
  return generation === "older"
    ? { valid: true, generation, value: sent as OlderCreateSessionRequest, issues }
    : { valid: true, generation: "newer", value: sent as NewerCreateSessionRequest, issues };
}

/**
 * Checks a whole `POST /v2/portal.createSession` body of either generation before it is sent,
 * and reports every problem at once, each at its zod-style `path`. Never throws.
 *
 * The generation is read from the fields only one of them has: `slug` and `permissions` are the
 * older body's, `portal`, `scopes` and `returnUrl` the newer one's (`externalId` and `preview`
 * are both's). A body with fields of both is `mixed` and gets a `mixed_generations` error; a body
 * with neither is judged as the newer, current one, its missing fields named with their older
 * names beside. A field counts as sent when it is an own key, even with the value `undefined`;
 * a required field whose value is `undefined` is missing, as `JSON.stringify` would drop it.
 *
 * Errors make the body invalid; warnings (`severity: "warning"`) do not, so `valid` is true
 * when only warnings remain, and they stay in `issues`.
 *
 * Given the workspace's `portals` (the declared slugs and IDs, or a list built from them with
 * `createPortalList`), a well-formed `portal` or `slug` that is none of them is an
 * `unknown_portal` error at its path, with the closest known one as `suggestion`.
 *
 * @example
 * checkCreateSessionRequest({ portal: "My-Portal", externalId: "user_1", scopes: ["keys:read", "api.*.read_key"] });
 * // { valid: false, generation: "newer", issues: [
 * //   { path: ["portal"], code: "uppercase", severity: "error", index: 0, end: 1, suggestion: "my-portal", … },
 * //   { path: ["scopes", 1], code: "legacy_permission", severity: "error", suggestion: "keys:read", … } ] }
 */
export function checkCreateSessionRequest(body: unknown, options?: KnownPortalsOptions): CreateSessionRequestResult {
  try {
    return check(body, portalListOf(options));
  } catch {
    // Only a throwing getter or proxy trap gets here; what it threw may throw again when read.
    return { valid: false, generation: undefined, issues: [issue([], "unreadable", REQUEST_WORDS.unreadable)] };
  }
}
