/**
 * The contract: the slug's limits, every issue code, and the words for each. This module is the
 * one place they are spelled. The checks (`scan.ts`, `ref.ts`, `request/`) ask it; the
 * compile-time messages of `types.ts` are derived from its reasons; tests compare against it.
 * Unkey's API itself (fields, limits, scopes) is described in `api/create-session.ts`, and the
 * words here read it through `api/facts.ts`, only inside functions, so that a bundle that says
 * nothing of a request body keeps none of it. How a value is shown in them (quoted and cut) is
 * `text.ts`'s business: the words here take values already shown, and name their kinds.
 */
import { PORTAL_ID_MAX_LENGTH, PORTAL_ID_PREFIX, PORTAL_SCOPES, type PortalScope } from "./api/create-session.js";
import { API } from "./api/facts.js";

/* ---------------------------------------------------------------------------------------------
 * The slug
 * ------------------------------------------------------------------------------------------- */

/** Fewest characters a portal slug may have. */
export const PORTAL_SLUG_MIN_LENGTH = 3;

/** Most characters a portal slug may have. */
export const PORTAL_SLUG_MAX_LENGTH = 64;

/**
 * A string known to meet every slug rule. The brand exists only in types: at runtime it is
 * the same string, so it costs nothing and crosses JSON unchanged.
 */
export type PortalSlug = string & { readonly __brand: "PortalSlug" };

/** Every reason a value can fail to be a portal slug, in the order the contract lists them. */
export const PORTAL_SLUG_ISSUE_CODES = [
  "not_a_string",
  "too_short",
  "too_long",
  "uppercase",
  "underscore",
  "whitespace",
  "invalid_character",
  "leading_hyphen",
  "trailing_hyphen",
  "consecutive_hyphens",
] as const;

/** One of {@link PORTAL_SLUG_ISSUE_CODES}. */
export type PortalSlugIssueCode = (typeof PORTAL_SLUG_ISSUE_CODES)[number];

/**
 * One broken rule. `index` and `end` are JS string offsets (UTF-16 code units, `end` exclusive)
 * of the first run of offending characters; they are absent when the problem is the whole value.
 */
export interface PortalSlugIssue {
  readonly code: PortalSlugIssueCode;
  readonly message: string;
  readonly index?: number;
  readonly end?: number;
}

/** The codes that point at characters, so that an issue of theirs always has a span. */
export type CharacterIssueCode = Exclude<PortalSlugIssueCode, "not_a_string" | "too_short" | "too_long">;

/**
 * Why each character problem is one, said after the characters and where they are. Literal
 * types (`as const`), so that the compile-time messages are built from these same words.
 */
export const REASONS = {
  uppercase: "is uppercase: slugs are lowercase",
  underscore: 'is an underscore: join words with "-"',
  whitespace: 'is whitespace: join words with "-"',
  invalid_character: 'is not allowed: use a-z, 0-9 and "-"',
  leading_hyphen: "starts the slug: begin with a letter or digit",
  trailing_hyphen: "ends the slug: end with a letter or digit",
  consecutive_hyphens: 'is a double hyphen: keep one "-"',
} as const satisfies { readonly [code in CharacterIssueCode]: string };

/** How many characters of the offending run a character problem's message quotes. */
export const QUOTED_CHARACTERS = 8;

/** How many characters of a value the caller sent a request issue's message quotes. */
export const QUOTED_VALUE = 40;

/**
 * The message for a character problem: what (`shown`, the characters quoted), where (`at index N`,
 * the JS string offset of the first of them) and why (`reason`, e.g. one of {@link REASONS}), with
 * the count of further places where the same problem recurs. The span's end is the issue's
 * `end`, never printed: the quoted characters show how far the problem goes.
 */
export function characterMessage(reason: string, shown: string, index: number, more?: number): string {
  return `${shown} at index ${index}${more ? ` (and ${more} more)` : ""} ${reason}`;
}

/**
 * The message for a value (`shown`, quoted and cut) longer than `max`: a slug, a portal ID, an
 * externalId, a returnUrl. `what` names the kind when the limit is not the slug's own.
 */
export const tooLongMessage = (shown: string, length: number, max: number, what = ""): string =>
  `${shown} is too long${what}: ${length} characters, at most ${max}`;

/** The message for a slug (`shown`, quoted and cut) of the wrong length. */
export const lengthMessage = (shown: string, length: number): string =>
  // Stryker disable next-line EqualityOperator: equivalent where a length of 3 is said to be too short: it is asked only of a length outside the limits
  length < PORTAL_SLUG_MIN_LENGTH
    ? `${shown} is too short: ${length} character${length === 1 ? "" : "s"}, at least ${PORTAL_SLUG_MIN_LENGTH}`
    : tooLongMessage(shown, length, PORTAL_SLUG_MAX_LENGTH);

/**
 * `message` with what to write instead named at its end, as every portal-slug message names it:
 * `; write "my-portal"`, and `there` for a value written in another module. A tool that words its
 * own messages in this voice (the lint rules do) names its suggestions with it. Never throws.
 *
 * @example
 * withSuggestion('"--" at index 2 is a double hyphen: keep one "-"', "my-portal");
 * // '"--" at index 2 is a double hyphen: keep one "-"; write "my-portal"'
 */
export const withSuggestion = (message: string, suggestion?: string, there?: boolean): string => {
  const said = typeof message === "string" ? message : "";
  return typeof suggestion === "string" ? `${said}; write "${suggestion}"${there === true ? " there" : ""}` : said;
};

/**
 * `message` without the suggestion {@link withSuggestion} put at its end, for a message that lists
 * several problems of one value and names the one suggestion once, last. Never throws.
 *
 * @example
 * withoutSuggestion('"biling" is none of the 2 portals declared, …; write "billing"', "billing");
 * // '"biling" is none of the 2 portals declared, …'
 */
export const withoutSuggestion = (message: string, suggestion?: string): string => {
  if (typeof message !== "string") return "";
  const said = withSuggestion("", suggestion);
  return said && message.endsWith(said) ? message.slice(0, -said.length) : message;
};

/** An issue's message without the suggestion at its end (see {@link withoutSuggestion}). */
export const issueWithoutSuggestion = ({ message, suggestion }: { readonly message: string; readonly suggestion?: string | undefined }): string =>
  withoutSuggestion(message, suggestion);

/** Several problems of one value in one message: the first as it is, each other after "; also". */
export const allOf = (messages: readonly string[]): string => messages.join("; also ");

/**
 * The kind of a value as every portal-slug message names what it got: "null", "an array" and
 * "an object" apart, "a string", "a number", "undefined". A tool that words its own messages in
 * this voice (the lint rules' option and setting errors do) names a value's kind with it. Never throws.
 *
 * @example
 * `Expected a string, got ${kindOf(42)}`; // "Expected a string, got a number"
 */
export const kindOf = (input: unknown): string => {
  let kind: string = typeof input;
  try {
    if (input === null) return "null";
    if (Array.isArray(input)) kind = "array";
  } catch {
    // Array.isArray asks a proxy for its target, and a revoked one throws instead of answering;
    // `typeof` never asks, so such a proxy is named by it.
  }
  return kind === "undefined" ? kind : `${/^[ao]/.test(kind) ? "an" : "a"} ${kind}`;
};

/** The message for a value that is not a string at all. */
export const typeMessage = (input: unknown): string => `Expected a string, got ${kindOf(input)}`;

/* ---------------------------------------------------------------------------------------------
 * The portal ID, which the newer `portal` field takes as well as a slug
 * ------------------------------------------------------------------------------------------- */

export { PORTAL_ID_MAX_LENGTH, PORTAL_ID_PREFIX };

/** A portal ID as Unkey issues them: `pc_` then letters and digits. */
export type PortalId = `${typeof PORTAL_ID_PREFIX}${string}`;

/** The words for what can be wrong with a portal ID. */
export const PORTAL_ID_WORDS = {
  /** Said after the characters, as a slug's {@link REASONS} are. */
  character: 'is not allowed in a portal ID: "pc_" then letters and digits',
  empty: 'Nothing follows "pc_": a portal ID has letters and digits after it',
  tooLong: (shown: string, length: number): string => tooLongMessage(shown, length, PORTAL_ID_MAX_LENGTH, " for a portal ID"),
} as const;

/**
 * Said after a portal ID's prefix written in capitals (`"PC_" at index 0 …`). Apart from
 * {@link PORTAL_ID_WORDS}, which the slug checks' known portals bring, so that only the check of
 * the `portal` field carries it.
 */
export const ID_PREFIX_IN_CAPITALS = 'starts a portal ID in capitals: "pc_" is lowercase';

/* ---------------------------------------------------------------------------------------------
 * The createSession body: its fields, their limits, the scopes, and the words for each issue
 * ------------------------------------------------------------------------------------------- */

export { PORTAL_SCOPES, type PortalScope };

/**
 * Most entries of a `scopes` or `permissions` list a check reads: a list may claim four billion
 * (a sparse array, a proxy), and a session needs each of the four scopes once at most.
 */
export const MOST_ENTRIES_READ = 1_000;

/** Most issues of one kind a check lists (a list's entries, the unknown fields); one more counts the rest. */
export const MOST_ISSUES_LISTED = 10;

/**
 * The scopes, as a sentence lists them. A function, not a constant: a computed constant would
 * stay in every bundle, the slug validator's too, since a bundler cannot tell it has no effect.
 */
const scopeList = (): string => {
  const { scopes } = API.description;
  return `${scopes.slice(0, -1).join(", ")} or ${scopes[scopes.length - 1]}`;
};

/** How a generation is named when a body is told which one to send: its portal and scopes fields, and who sends it. */
const generationNamed = (generation: "older" | "newer"): string =>
  `"${API.portalField(generation)}" with "${API.ofKind(generation, "scopes")}" (${API.description.generations[generation].sentBy})`;

/** What a required field holds, for the message that says it is missing: a list of scopes by its vocabulary. */
const required = (field: string): string => {
  const description = API.field(field);
  return description?.kind === "scopes" ? `at least one of ${scopeList()}` : (description?.holds ?? field);
};

/** Most characters an `externalId` may have, for the message about an empty one. */
const externalIdMax = (): number => API.field("externalId")?.maxLength as number;

/**
 * The words for every issue of a createSession body, by what went wrong. Every entry that
 * computes its text is a function: a bundler keeps a computed constant in every bundle, the slug
 * validator's too, and drops an unused function.
 */
export const REQUEST_WORDS = {
  notAnObject: (body: unknown): string =>
    `Expected the createSession body as an object, got ${kindOf(body)}${typeof body === "string" ? " (check the body before JSON.stringify, not after)" : ""}`,
  unreadable: "Reading the body threw (a getter or a proxy trap), so it cannot be checked",
  mixed: (older: readonly string[], newer: readonly string[]): string =>
    `The body mixes the two generations: "${older.join('", "')}" from the older, "${newer.join('", "')}" from the newer; send ${generationNamed("older")}, or ${generationNamed("newer")}`,
  /** A required field that is absent, and the older body's name for it (`or`) when the generation is not known. */
  missing: (field: string, or?: string): string => `Missing "${field}"${or ? ` (or "${or}" in the older body)` : ""}: ${required(field)}`,
  /** A field of the other generation. */
  otherGeneration: (key: string, generation: "older" | "newer"): string =>
    `"${key}" belongs to the ${generation === "older" ? "newer" : "older"} body, not the ${generation} one: send ${generationNamed(generation)}`,
  /** A field of neither generation (`key`, shown), and the known one it probably meant, the issue's suggestion. */
  unknownField: (key: string, near?: string): string =>
    withSuggestion(`${key} is not a createSession field, and the current server rejects a body with unknown fields`, near),
  /** A misspelt key (shown) beside the field it stands for, which the body sends already. */
  unknownFieldBeside: (key: string, sent: string): string =>
    `${key} is not a createSession field, and the current server rejects a body with unknown fields; the body sends "${sent}" as well: keep one of the two`,
  /** Said after the slug rules' message for a portal ID sent in the older body's `slug`. */
  idInSlug: ' (this looks like a portal ID, which only the newer body\'s "portal" takes)',
  emptyExternalId: (): string => `"" is empty: an externalId has 1 to ${externalIdMax()} characters`,
  notAList: (value: unknown): string => `Expected an array of scopes, got ${kindOf(value)}`,
  noScopes: (): string => `No scopes: a session needs at least one of ${scopeList()}`,
  noPermissions: (): string => `No permissions: the session would show the end user no portal tab; grant ${scopeList()}`,
  /**
   * A root-key permission (`entry`, shown) where a scope belongs, and the scopes that stand on its
   * action: one is the issue's suggestion, two are named as the choice they are.
   */
  legacyPermission: (entry: string, scopes: readonly string[] | undefined): string => {
    const said = `${entry} is a root-key permission, as the docs page shows, not a portal scope: the server rejects these since "scopes" came in; ask for ${scopeList()}`;
    return scopes?.length === 1 ? withSuggestion(said, scopes[0]) : `${said}${scopes ? ` (here ${scopes.map((scope) => `"${scope}"`).join(" or ")})` : ""}`;
  },
  /** An entry (shown) that is no scope, and the scope it probably meant, the issue's suggestion. */
  unknownScope: (entry: string, near?: string): string => withSuggestion(`${entry} is not a scope: use ${scopeList()}`, near),
  duplicateScope: (entry: string, first: number): string => `"${entry}" is already at index ${first}: a duplicate grants nothing more`,
  tooManyEntries: (length: number): string =>
    `Too many entries: ${length}, and a check reads at most ${MOST_ENTRIES_READ}: a session needs each of the ${API.description.scopes.length} scopes once at most`,
  /** The issues past the first ones listed, counted: `what` names them ("issues in scopes", "unknown fields"). */
  moreIssues: (what: string, errors: number, warnings: number): string =>
    `And ${errors + warnings} more ${what}, not listed: ${[errors && `${errors} error${errors === 1 ? "" : "s"}`, warnings && `${warnings} warning${warnings === 1 ? "" : "s"}`].filter(Boolean).join(" and ")}`,
  notABoolean: (value: unknown): string => `Expected a boolean, got ${kindOf(value)}`,
  /** The URL is shown (quoted and cut) by the caller, as every value in these words. */
  urlWhitespace: (url: string, index: number): string => `${url} has whitespace at index ${index}: a URL has none`,
  /**
   * A character of a URL (shown) that RFC 3986 lets no part of it hold as it is (`char`, shown), or a
   * `%` that starts no escape, and how many more there are; the issue's suggestion is the URL with
   * each of them percent-encoded.
   */
  urlCharacter: (url: string, char: string, index: number, more: number, suggestion: string): string =>
    withSuggestion(
      `${url} has ${char} at index ${index}${more ? ` (and ${more} more)` : ""}: ${char === '"%"' ? 'a "%" starts an escape of two hex digits' : "a URL holds it only percent-encoded"}`,
      suggestion,
    ),
  notAbsolute: (url: string): string => `${url} is not an absolute URL: write it whole, as https://example.com/back`,
  /** A URL written whole whose host or port no URL can have. */
  badAuthority: (url: string): string => `${url} has a host or port no URL can have: a host name or address, then a port of 0 to 65535 after a ":"`,
  notHttp: (url: string, protocol: string): string => `${url} has the scheme ${protocol.replace(/:$/, "")}: use http or https`,
} as const;

/* ---------------------------------------------------------------------------------------------
 * The known portals: the workspace's slugs and IDs, declared by the user since no endpoint lists them
 * ------------------------------------------------------------------------------------------- */

/** How many known portals a message lists by name when none is close to the value. */
export const LISTED_PORTALS = 5;

/**
 * The words for a portals list that is wrong, and for a value it does not hold. Values come
 * already shown (quoted and cut); every entry is a function, so that a bundle that never meets a
 * portals list keeps none of them.
 */
export const PORTAL_LIST_WORDS = {
  notAList: (entries: unknown): string => `Expected the portals as an array of slugs and portal IDs, got ${kindOf(entries)}`,
  unreadable: (): string => "Reading the portals list threw (a getter or a proxy trap), so no portal is known from it",
  /** A list longer than a check reads (or a proxy claiming to be), or an endless iterable. */
  tooMany: (read: number): string => `The portals list has more than ${read} entries: only the first ${read} are read`,
  notAString: (index: number, entry: unknown): string => `portals[${index}]: Expected a string, got ${kindOf(entry)}`,
  /** An entry (shown) that breaks the slug or ID rules, its problems, each as its issue says it, and the slug it should probably be. */
  malformed: (index: number, entry: string, problems: readonly string[], suggestion?: string): string =>
    withSuggestion(`portals[${index}]: ${entry} is no portal slug or ID, so no request can name it: ${allOf(problems)}`, suggestion),
  /**
   * A well-formed value (`value`, shown) that is not among the `size` declared portals, and the
   * closest one, the issue's suggestion, or when none is close and the list is short, the ones
   * declared.
   */
  unknown: (value: string, size: number, closest: string | undefined, listed: readonly string[]): string =>
    withSuggestion(
      `${value} is ${size === 1 ? "not the portal" : `none of the ${size} portals`} declared, and Unkey answers 404 for a portal it does not have` +
        (closest !== undefined ? "" : listed.length ? `; none is close: ${listed.map((known) => `"${known}"`).join(", ")}` : "; none of them is close"),
      closest,
    ),
} as const;
