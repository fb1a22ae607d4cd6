/**
 * The explaining walk, for a literal the quick check did not prove: the message of its first
 * problem, in the runtime's words; and the verdict `ValidatePortalSlug` that joins the two.
 */
import type { CharacterIssueCode, PORTAL_SLUG_MAX_LENGTH, PORTAL_SLUG_MIN_LENGTH, REASONS } from "../contract.js";
import type { Letter, Whitespace } from "./characters.js";
import type { Shortened, Shown, SingleQuoted } from "./shown.js";
import type { Blank, Quick } from "./quick.js";

/**
 * What the walk answers for a literal past the maximum, before the literal is quoted: the walk
 * reads from a position on and has no literal to quote.
 */
export type TooLong = "too long";

/** The runtime's words for a literal `S` past the maximum; the compiler does not count past 65 characters. */
export type TooLongMessage<S extends string> = `'${Shortened<S>}' is too long: more than ${typeof PORTAL_SLUG_MAX_LENGTH} characters`;

/** The runtime's reason for a problem, from the contract's own table. */
export type Reason<Code extends CharacterIssueCode> = SingleQuoted<(typeof REASONS)[Code]>;

/** The problem of character `C` at position `At`, which is not one a slug is made of, in the runtime's words. */
export type CharacterProblem<C extends string, At extends number> =
  C extends Uppercase<Letter>
    ? `'${C}' at index ${At} ${Reason<"uppercase">}`
    : C extends "_"
      ? `'_' at index ${At} ${Reason<"underscore">}`
      : C extends Whitespace
        ? `${Shown<C>} at index ${At} ${Reason<"whitespace">}`
        : `${Shown<C>} at index ${At} ${Reason<"invalid_character">}`;

/**
 * Which hyphen the walk is walking up to, found by its pattern before the walk: the first double
 * hyphen, else a trailing one, else none.
 */
export type Ending = "double" | "trailing" | "none";

/**
 * The problem that ends a walk at position `At` with no character problem on the way: the
 * hyphen it walked up to, or, past the maximum, the length, since "too long" stands at the 65th
 * character and comes first among problems that start there.
 */
export type EndProblem<End extends Ending, At extends number> = At extends typeof PORTAL_SLUG_MAX_LENGTH
  ? End extends "none"
    ? true
    : TooLong
  : End extends "double"
    ? `'--' at index ${At} ${Reason<"consecutive_hyphens">}`
    : End extends "trailing"
      ? `'-' at index ${At} ${Reason<"trailing_hyphen">}`
      : true;

/** `Successor[N]` is N + 1 and `PlusEight[N]` is N + 8: positions counted without building tuples. */
export type Successor = [
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  8,
  9,
  10,
  11,
  12,
  13,
  14,
  15,
  16,
  17,
  18,
  19,
  20,
  21,
  22,
  23,
  24,
  25,
  26,
  27,
  28,
  29,
  30,
  31,
  32,
  33,
  34,
  35,
  36,
  37,
  38,
  39,
  40,
  41,
  42,
  43,
  44,
  45,
  46,
  47,
  48,
  49,
  50,
  51,
  52,
  53,
  54,
  55,
  56,
  57,
  58,
  59,
  60,
  61,
  62,
  63,
  64,
  65,
];
export interface PlusEight {
  0: 8;
  8: 16;
  16: 24;
  24: 32;
  32: 40;
  40: 48;
  48: 56;
  56: 64;
}

/**
 * Walks `T`, which starts at position `At`, for its first character problem: eight characters a
 * step while all eight are allowed, then one at a time, at most eight steps, since the first
 * problem is among the eight that failed or the text ends. It stops at the character past the
 * maximum, so a megabyte of text costs no more than 65 characters do. Every step ends in the next
 * step or an answer, so the compiler runs it as a loop, never nesting deeper.
 */
export type Walk<T extends string, At extends number, End extends Ending> = At extends typeof PORTAL_SLUG_MAX_LENGTH
  ? T extends ""
    ? EndProblem<End, At>
    : TooLong
  : At extends keyof PlusEight
    ? T extends `${infer C0}${infer C1}${infer C2}${infer C3}${infer C4}${infer C5}${infer C6}${infer C7}${infer Rest}`
      ? `${Blank[C0]}${Blank[C1]}${Blank[C2]}${Blank[C3]}${Blank[C4]}${Blank[C5]}${Blank[C6]}${Blank[C7]}` extends ""
        ? Walk<Rest, PlusEight[At], End>
        : Single<T, At, End>
      : Single<T, At, End>
    : Single<T, At, End>;

/** One character a step, from position `At`: the last few of a text, or the eight a step of {@link Walk} turned down. */
export type Single<T extends string, At extends number, End extends Ending> = At extends typeof PORTAL_SLUG_MAX_LENGTH
  ? Walk<T, At, End>
  : T extends `${infer C}${infer Rest}`
    ? Blank[C] extends ""
      ? Single<Rest, Successor[At], End>
      : CharacterProblem<C, At>
    : EndProblem<End, At>;

/* eslint-disable @typescript-eslint/no-unused-vars -- placeholders that only count characters are never read */
/**
 * The first problem of the literal `S`, in the runtime's order. A slug too short has no position
 * and comes first; a leading hyphen is at 0. Otherwise the first misplaced hyphen, found in one
 * step by its pattern, is the problem unless a character before it is one (or the length is), so
 * only the text before it is walked; a double hyphen starts before a trailing one.
 */
export type Explain<S extends string> = S extends `${infer _A}${infer _B}${infer _C}${string}`
  ? S extends `-${string}`
    ? `'-' at index 0 ${Reason<"leading_hyphen">}`
    : Worded<
        S,
        S extends `${infer Before}--${string}` ? Walk<Before, 0, "double"> : S extends `${infer Before}-` ? Walk<Before, 0, "trailing"> : Walk<S, 0, "none">
      >
  : `'${S}' is too short: ${S extends "" ? "0 characters" : S extends `${infer _A}${infer _B}${string}` ? "2 characters" : "1 character"}, at least ${typeof PORTAL_SLUG_MIN_LENGTH}`;
/* eslint-enable @typescript-eslint/no-unused-vars */

/** No keys at all: every record of literal keys requires one, and only a pattern's record does not. */
export type NoKeys = Record<never, never>;

/**
 * The verdict on one member `S` of a union, `Q` being its quick answer: a literal the quick
 * check turned down is explained, a pattern is left to the runtime.
 */
export type Verdict<S extends string, Q extends string> = Q extends ""
  ? true
  : NoKeys extends Record<S, unknown>
    ? true
    : Q extends "long"
      ? TooLongMessage<S>
      : Explain<S>;

/** A walk's answer for the literal `S`: past the maximum, the literal quoted. */
export type Worded<S extends string, Answer> = Answer extends TooLong ? TooLongMessage<S> : Answer;

/**
 * `true` when the literal `S` is a valid portal slug, otherwise a message naming its first
 * problem by character and position, in the runtime's words, e.g.
 * `"'M' at index 0 is uppercase: slugs are lowercase"` or `"'ab' is too short: 2 characters, at least 3"`.
 * A string the compiler cannot know in full (`string`, `` `my-${string}` ``) is `true`: only the
 * runtime can judge it. A union is checked member by member.
 *
 * @example
 * type Ok = ValidatePortalSlug<"my-portal">; // true
 * type Bad = ValidatePortalSlug<"my_portal">; // "'_' at index 2 is an underscore: join words with '-'"
 */
export type ValidatePortalSlug<S extends string> = S extends unknown ? Verdict<S, Quick<S>> : never;

declare const invalid: unique symbol;

/**
 * Marks the parameter type that an invalid literal meets. No string has the marker, so nothing
 * satisfies the parameter: not the wrong slug, and not the message itself written as a string.
 */
export interface InvalidPortalSlug {
  readonly [invalid]: true;
}

/**
 * The message in a verdict, `never` for `true`. Not `Exclude`, whose shape the compiler tries to
 * simplify by relating the whole generic verdict to `true`, walking every branch of it once a
 * program: measured, most of what the first call costs.
 */
export type Problem<Verdict> = Verdict extends true ? never : Verdict & string;
