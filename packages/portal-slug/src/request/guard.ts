/**
 * The whole `portal.createSession` body, of either generation, checked before it is sent. Every
 * field is judged by its own check wherever it appears; the generation only decides which
 * fields count as missing and whether the body mixes the two.
 */
import { CREATE_SESSION_FIELDS, NEWER_ONLY_FIELDS, OLDER_ONLY_FIELDS, REQUEST_WORDS, type RequiredField } from "../contract.js";
import { FIELD_CHECKS, issue, unknownField } from "./fields.js";
import { sends, sentField } from "./sent.js";
import type { CreateSessionGeneration, CreateSessionIssue, CreateSessionRequestResult, NewerCreateSessionRequest, OlderCreateSessionRequest } from "./types.js";

/**
 * Which generation a body is, by the fields only one of them has (see {@link checkCreateSessionRequest}):
 * `mixed` for fields of both, `undefined` for fields of neither or a non-object. Sent keys count
 * even when `undefined`, since a key written out shows which body its author meant.
 */
export function detectCreateSessionGeneration(body: unknown): CreateSessionGeneration | "mixed" | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const older = OLDER_ONLY_FIELDS.some((key) => sends(body, key));
  const newer = NEWER_ONLY_FIELDS.some((key) => sends(body, key));
  return older ? (newer ? "mixed" : "older") : newer ? "newer" : undefined;
}

function check(body: unknown): CreateSessionRequestResult {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { valid: false, generation: undefined, issues: [issue([], "not_an_object", REQUEST_WORDS.notAnObject(body))] };
  }
  const generation = detectCreateSessionGeneration(body);
  const issues: CreateSessionIssue[] = [];
  // Not push(...found): a list of a million scopes would overflow the argument limit.
  const add = (found: readonly CreateSessionIssue[]) => {
    for (const one of found) issues.push(one);
  };
  if (generation === "mixed") {
    const older = OLDER_ONLY_FIELDS.filter((key) => sends(body, key));
    const newer = NEWER_ONLY_FIELDS.filter((key) => sends(body, key));
    issues.push(issue([], "mixed_generations", REQUEST_WORDS.mixed(older, newer)));
  }
  // Fields of neither generation, or of both: either name satisfies the requirement.
  const either = (older: RequiredField, newer: RequiredField): RequiredField[] =>
    generation === "older" ? [older] : generation === "newer" ? [newer] : [newer, older];
  for (const names of [either("slug", "portal"), ["externalId" as const], either("permissions", "scopes")]) {
    const sent = names.filter((name) => sentField(body, name) !== undefined);
    const [first, second] = names as [RequiredField, RequiredField | undefined];
    if (!sent.length) issues.push(issue([first], "missing_field", REQUEST_WORDS.missing(first, second)));
    for (const name of sent) add(FIELD_CHECKS[name](sentField(body, name), [name]));
  }
  for (const name of ["preview", "returnUrl"] as const) add(FIELD_CHECKS[name](sentField(body, name), [name]));
  for (const key of Object.keys(body)) {
    if ((CREATE_SESSION_FIELDS as readonly string[]).includes(key)) continue;
    const { message, suggestion } = unknownField(key, generation === "older" ? "older" : "newer");
    issues.push(issue([key], "unknown_field", message, "error", suggestion));
  }

  if (issues.some((found) => found.severity === "error")) return { valid: false, generation, issues };
  return generation === "older"
    ? { valid: true, generation, value: body as OlderCreateSessionRequest, issues }
    : { valid: true, generation: "newer", value: body as NewerCreateSessionRequest, issues };
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
 * @example
 * checkCreateSessionRequest({ portal: "My-Portal", externalId: "user_1", scopes: ["keys:read", "api.*.read_key"] });
 * // { valid: false, generation: "newer", issues: [
 * //   { path: ["portal"], code: "uppercase", severity: "error", index: 0, end: 1, suggestion: "my-portal", … },
 * //   { path: ["scopes", 1], code: "legacy_permission", severity: "error", suggestion: "keys:read", … } ] }
 */
export function checkCreateSessionRequest(body: unknown): CreateSessionRequestResult {
  try {
    return check(body);
  } catch {
    // Only a throwing getter or proxy trap gets here; what it threw may throw again when read.
    return { valid: false, generation: undefined, issues: [issue([], "unreadable", REQUEST_WORDS.unreadable)] };
  }
}
