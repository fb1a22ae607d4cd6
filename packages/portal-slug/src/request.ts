/**
 * The whole `portal.createSession` body, of either generation, checked before it is sent. Every
 * field is judged by its own rule wherever it appears; the generation only decides which fields
 * count as missing and whether the body mixes the two.
 */
import { kindOf, quote, typeMessage, type PortalSlug } from "./rules.js";
import { validatePortalSlug } from "./validate.js";
import { looksLikePortalId, validatePortalRef, type PortalId, type PortalRefIssue } from "./ref.js";

/** The capabilities a portal session can carry: the newer `scopes`, and SDK 2.5.0's `permissions` alike. */
export const PORTAL_SCOPES = ["keys:read", "keys:create", "keys:reroll", "analytics:read"] as const;

/** One of {@link PORTAL_SCOPES}. */
export type PortalScope = (typeof PORTAL_SCOPES)[number];

/**
 * Which body: `older` is the docs page's and `@unkey/api` up to 2.5.0's (`slug`, `permissions`),
 * `newer` is SDK 2.5.1's and the current server's (`portal`, `scopes`, `returnUrl`).
 */
export type CreateSessionGeneration = "older" | "newer";

/** The older body. `preview` is optional (SDK 2.5.0 sends it); `undefined` stands for absent, as JSON drops it. */
export interface OlderCreateSessionRequest {
  readonly slug: PortalSlug;
  readonly externalId: string;
  readonly permissions: readonly PortalScope[];
  readonly preview?: boolean | undefined;
}

/** The newer body. `portal` is a portal ID or a slug; `undefined` optional fields stand for absent. */
export interface NewerCreateSessionRequest {
  readonly portal: PortalSlug | PortalId;
  readonly externalId: string;
  readonly scopes: readonly PortalScope[];
  readonly preview?: boolean | undefined;
  readonly returnUrl?: string | undefined;
}

/** A checked body of either generation. */
export type CreateSessionRequest = OlderCreateSessionRequest | NewerCreateSessionRequest;

/**
 * Why a body is wrong. The `slug` and `portal` fields carry the slug rules' own codes (and
 * `invalid_portal_id`); `too_short` and `too_long` also serve `externalId`, `returnUrl` and an
 * empty scope list; `not_a_string` marks any value that should be a string. Only `not_an_object`,
 * `unreadable` and `mixed_generations` concern the whole body and have the empty path.
 */
export type CreateSessionIssueCode =
  | PortalRefIssue["code"]
  | "not_an_object"
  | "unreadable"
  | "mixed_generations"
  | "missing_field"
  | "unknown_field"
  | "wrong_type"
  | "unknown_scope"
  | "legacy_permission"
  | "duplicate_scope"
  | "invalid_url";

/**
 * One problem in a body. `path` is zod's: the keys down to the value (`["scopes", 1]`), empty
 * only for a whole-body problem. A `warning` (a duplicate scope, an empty SDK 2.5.0
 * `permissions`) does not make the body invalid. `index` and `end` are the span inside the
 * string at `path`, when the slug rules give one; `suggestion` is the value it probably should be.
 */
export interface CreateSessionIssue {
  readonly path: readonly (string | number)[];
  readonly code: CreateSessionIssueCode;
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly index?: number;
  readonly end?: number;
  readonly suggestion?: string;
}

/**
 * What {@link checkCreateSessionRequest} answers. `issues` is on both sides: when `valid` is
 * true it holds only warnings. `generation` is `mixed` when the body has fields of both, and
 * `undefined` when it has fields of neither or is no object.
 */
export type CreateSessionRequestResult =
  | { readonly valid: true; readonly generation: "older"; readonly value: OlderCreateSessionRequest; readonly issues: readonly CreateSessionIssue[] }
  | { readonly valid: true; readonly generation: "newer"; readonly value: NewerCreateSessionRequest; readonly issues: readonly CreateSessionIssue[] }
  | { readonly valid: false; readonly generation: CreateSessionGeneration | "mixed" | undefined; readonly issues: readonly CreateSessionIssue[] };

type Path = readonly (string | number)[];
type Severity = CreateSessionIssue["severity"];

const OLDER_ONLY = ["slug", "permissions"] as const;
const NEWER_ONLY = ["portal", "scopes", "returnUrl"] as const;
const KNOWN = ["slug", "portal", "externalId", "permissions", "scopes", "preview", "returnUrl"] as const;
const EXTERNAL_ID_MAX = 256;
const RETURN_URL_MAX = 500;
const SCOPE_LIST = `${PORTAL_SCOPES.slice(0, -1).join(", ")} or ${PORTAL_SCOPES[PORTAL_SCOPES.length - 1]}`;
const SIDES = {
  older: '"slug" with "permissions" (the docs page, SDK up to 2.5.0)',
  newer: '"portal" with "scopes" (SDK 2.5.1, the current server)',
};

/**
 * Root-key permission actions and the session scopes that stand on them, as SDK 2.5.1's
 * "Required Permissions" pairs them: a session asks for the scope, the root key holds the action.
 */
const LEGACY_ACTIONS: ReadonlyMap<string, readonly PortalScope[]> = new Map([
  ["read_key", ["keys:read"]],
  ["read_api", ["keys:read"]],
  ["create_key", ["keys:create", "keys:reroll"]],
  ["read_analytics", ["analytics:read"]],
]);

const issue = (path: Path, code: CreateSessionIssueCode, message: string, severity: Severity = "error", suggestion?: string): CreateSessionIssue => ({
  path,
  code,
  severity,
  message,
  ...(suggestion !== undefined && { suggestion }),
});

/** Quotes a value the caller sent, escaped and cut short, so that a message stays one readable line. */
const quoteValue = (text: string): string => quote(text, 40);


/** JSON Schema counts characters, not UTF-16 units: an emoji is one. Counted only past `max`, where it matters. */
const longerThan = (text: string, max: number): number | undefined => {
  if (text.length <= max) return undefined;
  const length = [...text].length;
  return length > max ? length : undefined;
};

/**
 * Whether `body` sends `key`: an own, enumerable property, the only kind `JSON.stringify`
 * writes. What a prototype, a class getter or a hidden property holds is never sent.
 */
export const sends = (body: object, key: string): boolean => Object.prototype.propertyIsEnumerable.call(body, key);

/** The value `body` sends as `key`, or `undefined` when it sends none (see {@link sends}). */
export const sentField = (body: object, key: string): unknown => (sends(body, key) ? (body as Record<string, unknown>)[key] : undefined);

/**
 * Which generation a body is, by the fields only one of them has (see {@link checkCreateSessionRequest}):
 * `mixed` for fields of both, `undefined` for fields of neither or a non-object. Sent keys count
 * even when `undefined`, since a key written out shows which body its author meant.
 */
export function detectCreateSessionGeneration(body: unknown): CreateSessionGeneration | "mixed" | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const older = OLDER_ONLY.some((key) => sends(body, key));
  const newer = NEWER_ONLY.some((key) => sends(body, key));
  return older ? (newer ? "mixed" : "older") : newer ? "newer" : undefined;
}

/**
 * The issues of the portal field, `slug` by the slug rules and `portal` by {@link validatePortalRef},
 * each with the rule's own code, span and the suggestion.
 */
export function checkPortalField(field: "slug" | "portal", value: unknown, path: Path): CreateSessionIssue[] {
  const result = field === "slug" ? validatePortalSlug(value) : validatePortalRef(value);
  if (result.valid) return [];
  // An ID in the older `slug` is a generation mix-up, not a typo: "pc-abc" would only mislead.
  const id = field === "slug" && typeof value === "string" && looksLikePortalId(value);
  const suggestion = id ? undefined : result.suggestion;
  return result.issues.map((found, at) => ({
    path,
    severity: "error",
    ...found,
    ...(id && !at && { message: `${found.message} (this looks like a portal ID, which only the newer body's "portal" takes)` }),
    ...(suggestion && { suggestion }),
  }));
}

/** `externalId`: any string of 1 to 256 characters. */
export function checkExternalId(value: unknown, path: Path): CreateSessionIssue[] {
  if (typeof value !== "string") return [issue(path, "not_a_string", typeMessage(value))];
  if (!value) return [issue(path, "too_short", `Empty: an externalId has 1 to ${EXTERNAL_ID_MAX} characters`)];
  const length = longerThan(value, EXTERNAL_ID_MAX);
  return length ? [issue(path, "too_long", `Too long: ${length} of at most ${EXTERNAL_ID_MAX} characters`)] : [];
}

/** What is wrong with one entry of `scopes` or `permissions` that is not in the vocabulary. */
function scopeIssue(entry: string, path: Path): CreateSessionIssue {
  // Case-blind: "API.*.READ_KEY" is the same permission typed with caps lock on.
  const legacy = /^[a-z_]+\.[^.\s]+\.([a-z_]+)$/i.exec(entry);
  if (legacy) {
    // A Map, since the action is the user's text: "constructor" must not find Object's.
    const scopes = LEGACY_ACTIONS.get((legacy[1] as string).toLowerCase());
    const instead = scopes ? ` (here ${scopes.map((scope) => `"${scope}"`).join(" or ")})` : "";
    const message = `${quoteValue(entry)} is a root-key permission, as the docs page shows, not a portal scope: the server rejects these since "scopes" came in; ask for ${SCOPE_LIST}${instead}`;
    return issue(path, "legacy_permission", message, "error", scopes?.length === 1 ? scopes[0] : undefined);
  }
  // Near misses: another separator, other case, or the two words swapped ("read:keys").
  const words = entry.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  const near = PORTAL_SCOPES.find((scope) => words.length === 2 && (scope === words.join(":") || scope === `${words[1]}:${words[0]}`));
  return issue(path, "unknown_scope", `${quoteValue(entry)} is not a scope: use ${SCOPE_LIST}${near ? ` (probably "${near}")` : ""}`, "error", near);
}

/**
 * `scopes` (newer: at least one) or `permissions` (SDK 2.5.0: the same four values; an empty
 * list is only warned, since nothing says the older server refused it). Duplicates are warnings:
 * they grant nothing more, but nothing breaks.
 */
export function checkScopeList(field: "scopes" | "permissions", value: unknown, path: Path): CreateSessionIssue[] {
  if (!Array.isArray(value)) return [issue(path, "wrong_type", `Expected an array of scopes, got ${kindOf(value)}`)];
  if (!value.length) {
    return field === "scopes"
      ? [issue(path, "too_short", `No scopes: a session needs at least one of ${SCOPE_LIST}`)]
      : [issue(path, "too_short", `No permissions: the session would show the end user no portal tab; grant ${SCOPE_LIST}`, "warning")];
  }
  const issues: CreateSessionIssue[] = [];
  const seen = new Map<string, number>();
  // A plain loop, not forEach: a hole in a sparse array is a value JSON would send as null.
  for (let i = 0; i < value.length; i++) {
    const entry: unknown = value[i];
    const at = [...path, i];
    if (typeof entry !== "string") issues.push(issue(at, "not_a_string", typeMessage(entry)));
    else if (!(PORTAL_SCOPES as readonly string[]).includes(entry)) issues.push(scopeIssue(entry, at));
    else if (seen.has(entry)) issues.push(issue(at, "duplicate_scope", `"${entry}" is already at ${seen.get(entry)}: a duplicate grants nothing more`, "warning"));
    else seen.set(entry, i);
  }
  return issues;
}

/** `preview`: a boolean, or absent. */
export function checkPreview(value: unknown, path: Path): CreateSessionIssue[] {
  return value === undefined || typeof value === "boolean" ? [] : [issue(path, "wrong_type", `Expected a boolean, got ${kindOf(value)}`)];
}

/** `returnUrl`: an absolute http or https URL of at most 500 characters, or absent. */
export function checkReturnUrl(value: unknown, path: Path): CreateSessionIssue[] {
  if (value === undefined) return [];
  if (typeof value !== "string") return [issue(path, "not_a_string", typeMessage(value))];
  const length = longerThan(value, RETURN_URL_MAX);
  if (length) return [issue(path, "too_long", `Too long: ${length} of at most ${RETURN_URL_MAX} characters`)];
  const space = /\s/.exec(value);
  if (space) return [issue(path, "invalid_url", `${quoteValue(value)} has whitespace at ${space.index}: a URL has none`)];
  let protocol: string | undefined;
  try {
    protocol = new URL(value).protocol;
  } catch {
    // Relative and malformed URLs alike: the answer below says what an absolute one looks like.
  }
  // The parser also takes "https:example.com"; an absolute URL is spelled with "//".
  if (!protocol || !/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    return [issue(path, "invalid_url", `${quoteValue(value)} is not an absolute URL: write it whole, as https://example.com/back`)];
  }
  return protocol === "http:" || protocol === "https:" ? [] : [issue(path, "invalid_url", `${quoteValue(value)} is a ${protocol} URL: use http or https`)];
}

/**
 * The message for a field a generation does not know: a field of the other generation is named
 * as such, anything else is unknown (with the known field it probably meant).
 */
export function unknownFieldMessage(key: string, generation: CreateSessionGeneration): { message: string; suggestion?: string } {
  const other = generation === "older" ? "newer" : "older";
  if ((other === "older" ? OLDER_ONLY : NEWER_ONLY).includes(key as never)) {
    return { message: `"${key}" belongs to the ${other} body, not the ${generation} one: send ${SIDES[generation]}` };
  }
  const squash = (name: string) => name.toLowerCase().replace(/[^a-z]/g, "");
  const near = KNOWN.find((name) => squash(name) === squash(key));
  const message = `${quoteValue(key)} is not a createSession field, and the current server rejects a body with unknown fields${near ? `: did you mean "${near}"?` : ""}`;
  return near ? { message, suggestion: near } : { message };
}

const CHECKS: Record<(typeof KNOWN)[number], (value: unknown, path: Path) => CreateSessionIssue[]> = {
  slug: (value, path) => checkPortalField("slug", value, path),
  portal: (value, path) => checkPortalField("portal", value, path),
  externalId: checkExternalId,
  permissions: (value, path) => checkScopeList("permissions", value, path),
  scopes: (value, path) => checkScopeList("scopes", value, path),
  preview: checkPreview,
  returnUrl: checkReturnUrl,
};

const MISSING: ReadonlyMap<RequiredField, string> = new Map([
  ["slug", "the portal's slug"],
  ["portal", "the portal's ID (pc_…) or slug"],
  ["externalId", `the end user's ID in your system, 1 to ${EXTERNAL_ID_MAX} characters`],
  ["permissions", `at least one of ${SCOPE_LIST}`],
  ["scopes", `at least one of ${SCOPE_LIST}`],
]);

/** The fields a body cannot do without, in one generation or the other. */
export type RequiredField = "slug" | "portal" | "externalId" | "permissions" | "scopes";

/**
 * The message for a required field that is absent: what it holds, and the older body's name for
 * it (`or`) when the generation is not known.
 */
export const missingFieldMessage = (field: RequiredField, or?: RequiredField): string =>
  `Missing "${field}"${or ? ` (or "${or}" in the older body)` : ""}: ${MISSING.get(field) as string}`;

function check(body: unknown): CreateSessionRequestResult {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    const hint = typeof body === "string" ? " (check the body before JSON.stringify, not after)" : "";
    return { valid: false, generation: undefined, issues: [issue([], "not_an_object", `Expected the createSession body as an object, got ${kindOf(body)}${hint}`)] };
  }
  const generation = detectCreateSessionGeneration(body);
  const issues: CreateSessionIssue[] = [];
  // Not push(...found): a list of a million scopes would overflow the argument limit.
  const add = (found: readonly CreateSessionIssue[]) => {
    for (const one of found) issues.push(one);
  };
  if (generation === "mixed") {
    const older = OLDER_ONLY.filter((key) => sends(body, key)).join('", "');
    const newer = NEWER_ONLY.filter((key) => sends(body, key)).join('", "');
    issues.push(issue([], "mixed_generations", `Mixes the two bodies: "${older}" from the older, "${newer}" from the newer. Send ${SIDES.older}, or ${SIDES.newer}`));
  }
  // Fields of neither generation, or of both: either name satisfies the requirement.
  const either = (older: RequiredField, newer: RequiredField): RequiredField[] =>
    generation === "older" ? [older] : generation === "newer" ? [newer] : [newer, older];
  for (const names of [either("slug", "portal"), ["externalId" as const], either("permissions", "scopes")]) {
    const sent = names.filter((name) => sentField(body, name) !== undefined);
    const [first, second] = names as [RequiredField, RequiredField | undefined];
    if (!sent.length) issues.push(issue([first], "missing_field", missingFieldMessage(first, second)));
    for (const name of sent) add(CHECKS[name as keyof typeof CHECKS](sentField(body, name), [name]));
  }
  for (const name of ["preview", "returnUrl"] as const) add(CHECKS[name](sentField(body, name), [name]));
  for (const key of Object.keys(body)) {
    if (KNOWN.includes(key as never)) continue;
    const { message, suggestion } = unknownFieldMessage(key, generation === "older" ? "older" : "newer");
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
    return { valid: false, generation: undefined, issues: [issue([], "unreadable", "Reading the body threw (a getter or a proxy trap), so it cannot be checked")] };
  }
}
