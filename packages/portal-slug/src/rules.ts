/**
 * The slug contract in one table: the limits, the issue codes and the words for each.
 * Everything else in the project asks this file; no other file spells a limit or a message.
 */

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

/** Why each character problem is one, said after the characters and where they are. */
export const REASONS: { readonly [code in CharacterIssueCode]: string } = {
  uppercase: "is uppercase: slugs are lowercase",
  underscore: 'is an underscore: join words with "-"',
  whitespace: "is whitespace",
  invalid_character: 'is not allowed: use a-z, 0-9 and "-"',
  leading_hyphen: "starts the slug: begin with a letter or digit",
  trailing_hyphen: "ends the slug: end with a letter or digit",
  consecutive_hyphens: "is a double hyphen",
};

/**
 * Writes every character outside printable ASCII as a `\u{…}` escape: a Cyrillic "а", a tab
 * or a zero-width space looks like nothing wrong until it is named.
 */
export const visible = (text: string): string =>
  text.replace(/[^ -~]/gu, (char) => `\\u{${(char.codePointAt(0) as number).toString(16)}}`);

/**
 * `text` as a message shows it: its first `max` characters (whole characters, never half a
 * surrogate pair) written {@link visible}, and "…" where it was cut.
 */
export const shorten = (text: string, max: number): string => {
  // Two code units a character at most, so the slice holds all `max` of them; a megabyte-long
  // text costs no more than a short one.
  const head = [...text.slice(0, 2 * max)].slice(0, max).join("");
  return visible(head) + (head.length < text.length ? "…" : "");
};

/** {@link shorten}, in double quotes. */
export const quote = (text: string, max: number): string => `"${shorten(text, max)}"`;

/**
 * The message for a character problem: what, where (JS string offsets, `end` exclusive) and
 * why (`reason`, e.g. one of {@link REASONS}), with the count of further places where the same
 * problem recurs.
 */
export function characterMessage(reason: string, text: string, index: number, end: number, more = 0): string {
  const where = end - index > 1 ? `${index}-${end - 1}` : index;
  return `${quote(text, 8)} at ${where}${more ? ` (and ${more} more)` : ""} ${reason}`;
}

/** The message for a string of the wrong length. */
export const lengthMessage = (length: number): string =>
  length < PORTAL_SLUG_MIN_LENGTH
    ? `Too short: ${length} of at least ${PORTAL_SLUG_MIN_LENGTH} characters`
    : `Too long: ${length} of at most ${PORTAL_SLUG_MAX_LENGTH} characters`;

/** Names the kind of a value the way a person would say it: `null` and arrays apart from objects. */
export const kindOf = (input: unknown): string => {
  try {
    return input === null ? "null" : Array.isArray(input) ? "an array" : typeof input;
  } catch {
    // Array.isArray asks a proxy for its target, and a revoked one throws instead of answering;
    // `typeof` never asks.
    return typeof input;
  }
};

/** The message for a value that is not a string at all. */
export const typeMessage = (input: unknown): string => `Expected a string, got ${kindOf(input)}`;
