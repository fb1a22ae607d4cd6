/**
 * The checks of the createSession body's fields, one function a kind of field (as the API's
 * description kinds them), each answering the field's issues at the path it is given. The guard runs them on a whole body; the zod schemas
 * run them field by field; the 404 explainer asks the portal field's alone; a tool that knows
 * one field's value asks {@link checkCreateSessionField}, the one export of this module the
 * package makes.
 */
import {
  MOST_ENTRIES_READ,
  MOST_ISSUES_LISTED,
  QUOTED_VALUE,
  type PortalScope,
  REQUEST_WORDS,
  tooLongMessage,
  typeMessage,
  withSuggestion,
  issueWithoutSuggestion,
} from "../contract.js";
import type { FieldDescription, FieldKind } from "../api/create-session.js";
import { API } from "../api/facts.js";
import { distanceWithin } from "../portals/distance.js";
import { portalListOf, type KnownPortalsOptions, type PortalList } from "../portals/portal-list.js";
import { looksLikePortalId, validatePortalRef } from "../ref.js";
import { LAST_BMP } from "../code-points.js";
import { quote } from "../text.js";
import { misplacedCharacters, percentEncoded } from "./uri-syntax.js";
import { validatePortalSlug } from "../validate.js";
import type { CreateSessionGeneration, CreateSessionIssue, CreateSessionIssueCode } from "./types.js";

/** Where in the body a value is, as zod writes paths. @internal */
export type Path = readonly (string | number)[];

/** One field's check, given the workspace's known portals when there are any. @internal */
export type FieldCheck = (value: unknown, path: Path, portals?: PortalList) => CreateSessionIssue[];

/** An issue, with the suggestion only when there is one. @internal */
export const issue = (
  path: Path,
  code: CreateSessionIssueCode,
  message: string,
  severity: CreateSessionIssue["severity"] = "error",
  suggestion?: string,
): CreateSessionIssue => ({
  path,
  code,
  severity,
  message,
  ...(suggestion !== undefined && { suggestion }),
});

/** A value the caller sent, as a message shows it: quoted, escaped and cut to one readable line. */
const shown = (text: string): string => quote(text, QUOTED_VALUE);

/** JSON Schema counts characters, not UTF-16 units: an emoji is one. Counted only past `max`, where it matters. */
const longerThan = (text: string, max: number): number | undefined => {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent where the count is made at max or below too: a text of at most max units has at most max characters
  if (text.length <= max) return undefined;
  // Counted in place: spreading a megabyte into characters would allocate one string for each.
  let length = text.length;
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: equivalent where the last unit is read too: alone it is no pair, and past the end codePointAt is undefined
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.codePointAt(i) as number) > LAST_BMP) {
      length--;
      i++;
    }
  }
  return length > max ? length : undefined;
};

/**
 * Longest text worth a near-miss guess: no field name, scope or root-key permission comes close,
 * and a megabyte-long key or entry should cost no more than a short one to say is unknown.
 */
const GUESSED_LENGTH = 300;

/**
 * The issues of the portal field, a `slug` by the slug rules and a `portal` by `validatePortalRef`,
 * each with the rule's own code, span and the suggestion, which its message names; given the
 * known `portals`, a well-formed value none of them is gets `unknown_portal`. @internal
 */
export function checkPortalField(kind: "slug" | "portal", value: unknown, path: Path, portals?: PortalList): CreateSessionIssue[] {
  const options = { portals };
  const result = kind === "slug" ? validatePortalSlug(value, options) : validatePortalRef(value, options);
  if (result.valid) return [];
  // An ID in the older `slug` is a generation mix-up, not a typo: "pc-abc" would only mislead.
  const id = kind === "slug" && typeof value === "string" && looksLikePortalId(value);
  const suggestion = id ? undefined : result.suggestion;
  return result.issues.map((found, at) => ({
    path,
    severity: "error",
    ...found,
    // An unknown portal's message names its suggestion already: said once, last, as for the others.
    message: withSuggestion(issueWithoutSuggestion(found) + (id && !at ? REQUEST_WORDS.idInSlug : ""), suggestion),
    ...(suggestion && { suggestion }),
  }));
}

/** A `text` field (`externalId`): any string within the field's length limits. @internal */
export function checkText(field: FieldDescription, value: unknown, path: Path): CreateSessionIssue[] {
  if (typeof value !== "string") return [issue(path, "not_a_string", typeMessage(value))];
  if (!value && field.minLength) return [issue(path, "too_short", REQUEST_WORDS.emptyExternalId())];
  // Stryker disable next-line ConditionalExpression: equivalent where the test is made false: no length is more than undefined
  const length = field.maxLength === undefined ? undefined : longerThan(value, field.maxLength);
  return length ? [issue(path, "too_long", tooLongMessage(shown(value), length, field.maxLength as number))] : [];
}

/**
 * The scopes a dotted root-key permission (`api.*.read_key`) stands on, by its action; `undefined`
 * when the entry is no such permission or its action has no scope.
 */
function legacyScopes(entry: string): { readonly scopes: readonly PortalScope[] | undefined } | undefined {
  // Case-blind: "API.*.READ_KEY" is the same permission typed with caps lock on.
  const legacy = /^[a-z_]+\.[^.\s]+\.([a-z_]+)$/i.exec(entry);
  return legacy ? { scopes: API.legacyScopes.get((legacy[1] as string).toLowerCase()) as readonly PortalScope[] | undefined } : undefined;
}

/**
 * The scope an entry of the older `permissions` certainly means in the newer `scopes`: itself
 * when it is a scope, the one scope a root-key permission's action stands on, or `undefined`
 * when no mapping is certain (an unknown entry, an action that stands on two scopes). Tools that
 * rewrite an older body as the newer one use it.
 *
 * @example
 * scopeForPermission("api.*.read_key"); // "keys:read"
 * scopeForPermission("api.*.create_key"); // undefined: keys:create or keys:reroll
 */
export function scopeForPermission(entry: string): PortalScope | undefined {
  if (typeof entry !== "string") return undefined;
  if (API.isScope(entry)) return entry as PortalScope;
  const scopes = legacyScopes(entry)?.scopes;
  return scopes?.length === 1 ? scopes[0] : undefined;
}

/** What is wrong with one entry of `scopes` or `permissions` that is not in the vocabulary. */
function scopeIssue(entry: string, path: Path): CreateSessionIssue {
  if (entry.length > GUESSED_LENGTH) return issue(path, "unknown_scope", REQUEST_WORDS.unknownScope(shown(entry)));
  const legacy = legacyScopes(entry);
  if (legacy) {
    const { scopes } = legacy;
    return issue(path, "legacy_permission", REQUEST_WORDS.legacyPermission(shown(entry), scopes), "error", scopes?.length === 1 ? scopes[0] : undefined);
  }
  // Near misses: another separator, other case, or the two words swapped ("read:keys"); else a
  // typo, one edit from a scope ("keys:reed", "analytic:read").
  const lowered = entry.toLowerCase();
  const words = lowered.split(/[^a-z]/).filter(Boolean);
  const near =
    API.description.scopes.find((scope) => words.length === 2 && (scope === words.join(":") || scope === `${words[1]}:${words[0]}`)) ??
    API.description.scopes.find((scope) => distanceWithin(scope, lowered, 1) === 1);
  return issue(path, "unknown_scope", REQUEST_WORDS.unknownScope(shown(entry), near), "error", near);
}

/**
 * A `scopes` field: the newer `scopes` (at least one) or the older `permissions` (SDK 2.5.0: the
 * same four values; an empty list is only warned, since nothing says the older server refused
 * it, and its description asks for none). Duplicates are warnings: they grant nothing more, but
 * nothing breaks. `name` is the field's, for the count of issues past the first ones. @internal
 */
export function checkScopeList(name: string, field: FieldDescription, value: unknown, path: Path): CreateSessionIssue[] {
  if (!Array.isArray(value)) return [issue(path, "wrong_type", REQUEST_WORDS.notAList(value))];
  // Read once: a proxy may answer each read differently, or claim an endless list.
  const length = Number(value.length);
  if (!length) {
    return field.minItems ? [issue(path, "too_short", REQUEST_WORDS.noScopes())] : [issue(path, "too_short", REQUEST_WORDS.noPermissions(), "warning")];
  }
  const issues: CreateSessionIssue[] = [];
  const seen = new Map<string, number>();
  const read = Math.min(length, MOST_ENTRIES_READ);
  // A plain loop, not forEach: a hole in a sparse array is a value JSON would send as null.
  for (let i = 0; i < read; i++) {
    const entry: unknown = value[i];
    const at = [...path, i];
    if (typeof entry !== "string") issues.push(issue(at, "not_a_string", typeMessage(entry)));
    else if (!API.isScope(entry)) issues.push(scopeIssue(entry, at));
    else if (seen.has(entry)) issues.push(issue(at, "duplicate_scope", REQUEST_WORDS.duplicateScope(entry, seen.get(entry) as number), "warning"));
    else seen.set(entry, i);
  }
  const listed = listFirst(issues, path, `issues in ${name}`);
  return length > read ? [issue(path, "too_long", REQUEST_WORDS.tooManyEntries(length)), ...listed] : listed;
}

/**
 * The first {@link MOST_ISSUES_LISTED} of `issues`, and one more at `path` counting the rest,
 * an error when any of them is: a body cannot make a million issues. @internal
 */
export function listFirst(issues: readonly CreateSessionIssue[], path: Path, what: string): CreateSessionIssue[] {
  if (issues.length <= MOST_ISSUES_LISTED + 1) return [...issues];
  const rest = issues.slice(MOST_ISSUES_LISTED);
  const errors = rest.filter((found) => found.severity === "error").length;
  return [
    ...issues.slice(0, MOST_ISSUES_LISTED),
    issue(path, "more_issues", REQUEST_WORDS.moreIssues(what, errors, rest.length - errors), errors ? "error" : "warning"),
  ];
}

/** A `boolean` field (`preview`): a boolean, or absent. @internal */
export function checkBoolean(value: unknown, path: Path): CreateSessionIssue[] {
  return value === undefined || typeof value === "boolean" ? [] : [issue(path, "wrong_type", REQUEST_WORDS.notABoolean(value))];
}

/** A `url` field (`returnUrl`): an absolute http or https URL within the field's length limit, or absent. @internal */
export function checkUrl(field: FieldDescription, value: unknown, path: Path): CreateSessionIssue[] {
  if (value === undefined) return [];
  if (typeof value !== "string") return [issue(path, "not_a_string", typeMessage(value))];
  // Stryker disable next-line ConditionalExpression: equivalent where the test is made false: no length is more than undefined
  const length = field.maxLength === undefined ? undefined : longerThan(value, field.maxLength);
  if (length) return [issue(path, "too_long", tooLongMessage(shown(value), length, field.maxLength as number))];
  const space = /\s/.exec(value);
  if (space) return [issue(path, "invalid_url", REQUEST_WORDS.urlWhitespace(shown(value), space.index))];
  let protocol: string | undefined;
  try {
    protocol = new URL(value).protocol;
  } catch {
    // Relative and malformed URLs alike: the answer below says what an absolute one looks like.
  }
  const web = protocol === "http:" || protocol === "https:";
  // A scheme of its own (javascript:, mailto:, data:) is no web address at all, whatever follows
  // it; "localhost:3000/back" parses as one too, but a port after the colon says it is a host.
  if (protocol && !web && !/^\d/.test(value.slice(protocol.length))) return [issue(path, "invalid_url", REQUEST_WORDS.notHttp(shown(value), protocol))];
  // The parser also takes "https:example.com"; an absolute URL is spelled with "//".
  const spelledWhole = /^https?:\/\//i.test(value);
  // Whole, with a host, and still unreadable: what follows the "//" is at fault (a port past 65535, `[::1`).
  if (!protocol && /^https?:\/\/[^/?#]/i.test(value)) return [issue(path, "invalid_url", REQUEST_WORDS.badAuthority(shown(value)))];
  if (!web || !spelledWhole) return [issue(path, "invalid_url", REQUEST_WORDS.notAbsolute(shown(value)))];
  // What the browser's parser forgives and the server's RFC 3986 check does not: `|`, `é`, `%zz`.
  const misplaced = misplacedCharacters(value);
  const [first] = misplaced;
  if (first === undefined) return [];
  const char = value.slice(first, (value.codePointAt(first) as number) > LAST_BMP ? first + 2 : first + 1);
  const suggestion = percentEncoded(value, misplaced);
  return [issue(path, "invalid_url", REQUEST_WORDS.urlCharacter(shown(value), quote(char, 1), first, misplaced.length - 1, suggestion), "error", suggestion)];
}

/** A field name as people vary it: case, separators and a trailing "s" or "id" aside. */
const squash = (name: string): string => name.toLowerCase().replace(/[^a-z]/g, "");

/**
 * The field a key of neither generation probably means: the same name in another case or
 * spelling (`externalID`, `return_url`), with a plural or an "Id" too many or too few (`scope`,
 * `portalId`), or one typo away (`extrnalId`). Short keys get no typo guess: `pre` is not `preview`.
 */
function nearField(key: string): string | undefined {
  if (key.length > GUESSED_LENGTH) return undefined;
  const typed = squash(key);
  // Stryker disable next-line ConditionalExpression: equivalent where the test is made false: no name squashes to "", and "" is too short to guess a typo in
  if (!typed) return undefined;
  const same = (name: string) => {
    const known = squash(name);
    // Stryker disable next-line StringLiteral: equivalent for the plurals: a plural too many or too few is one edit, which the typo guess finds, every field name having 4 letters or more
    return known === typed || `${known}s` === typed || known === `${typed}s` || `${known}id` === typed;
  };
  return API.fields.find(same) ?? (typed.length >= 5 ? API.fields.find((name) => distanceWithin(squash(name), typed, 1) === 1) : undefined);
}

/**
 * A field a generation does not know: a field of the other generation is named as such,
 * anything else is unknown, with the known field it probably meant as the suggestion, unless
 * the body `sends` that field or its twin of the other generation already: then the two are
 * named, and renaming the key would only write the field twice. @internal
 */
export function unknownField(key: string, generation: CreateSessionGeneration, sends?: (name: string) => boolean): { message: string; suggestion?: string } {
  if (API.only[generation === "older" ? "newer" : "older"].includes(key)) return { message: REQUEST_WORDS.otherGeneration(key, generation) };
  const near = nearField(key);
  // Stryker disable next-line ConditionalExpression: equivalent where either undefined test is made false: no field is sent as undefined, nor is the counterpart of undefined any field
  const twin = near === undefined || !sends ? undefined : [near, API.counterpart(near)].find((name) => name !== undefined && sends(name));
  if (twin !== undefined) return { message: REQUEST_WORDS.unknownFieldBeside(shown(key), twin) };
  const message = REQUEST_WORDS.unknownField(shown(key), near);
  return near ? { message, suggestion: near } : { message };
}

/** The check of each kind of field, given the field's description. */
const CHECK_OF_KIND: { readonly [kind in FieldKind]: (name: string, field: FieldDescription) => FieldCheck } = {
  slug: () => (value, path, portals) => checkPortalField("slug", value, path, portals),
  // Stryker disable next-line StringLiteral: equivalent, checkPortalField asks only whether the kind is "slug"
  portal: () => (value, path, portals) => checkPortalField("portal", value, path, portals),
  text: (_, field) => (value, path) => checkText(field, value, path),
  scopes: (name, field) => (value, path) => checkScopeList(name, field, value, path),
  boolean: () => checkBoolean,
  url: (_, field) => (value, path) => checkUrl(field, value, path),
};

/** The check of a field of either generation, by its description. */
export const fieldCheck = (name: string, field: FieldDescription): FieldCheck => CHECK_OF_KIND[field.kind](name, field);

/** Each known field's check, by name. A Map: a key is the user's text, and "constructor" must find nothing. @internal */
export const FIELD_CHECKS: ReadonlyMap<string, FieldCheck> = /* @__PURE__ */ new Map(
  API.fields.map((name) => [name, fieldCheck(name, API.field(name) as FieldDescription)]),
);

/**
 * Checks one field of a createSession body, as {@link checkCreateSessionRequest} checks it in a
 * whole body: the issues have the paths they would have there (`["scopes", 1]`). A name that is
 * no field of either generation has no value check (it gets `unknown_field` from
 * {@link checkCreateSessionKeys}), and gets no issues here. Given the workspace's `portals`, a
 * well-formed `slug` or `portal` none of them is gets `unknown_portal`. Never throws.
 *
 * @example
 * checkCreateSessionField("scopes", ["keys.read"]);
 * // [ { path: ["scopes", 0], code: "unknown_scope", suggestion: "keys:read", … } ]
 */
export function checkCreateSessionField(field: string, value: unknown, options?: KnownPortalsOptions): readonly CreateSessionIssue[] {
  const check = FIELD_CHECKS.get(field);
  if (!check) return [];
  try {
    return check(value, [field], portalListOf(options));
  } catch {
    return [issue([field], "unreadable", REQUEST_WORDS.unreadable)];
  }
}
