/**
 * The slug rules once more, this time for the compiler: a literal slug is checked where it is
 * written, and a wrong one is a type error that names its first problem the way the runtime would.
 * Strings the compiler cannot read to the end (`string`, `` `my-${string}` ``) are left to the
 * runtime check, which {@link portalSlug} always runs.
 */
import type { CharacterIssueCode, LISTED_PORTALS, PORTAL_ID_PREFIX, PORTAL_SLUG_MAX_LENGTH, PORTAL_SLUG_MIN_LENGTH, PortalSlug, REASONS } from "./contract.js";
import { assertPortalSlug } from "./validate.js";

type Digit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";
type Letter =
  "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | "i" | "j" | "k" | "l" | "m" | "n" | "o" | "p" | "q" | "r" | "s" | "t" | "u" | "v" | "w" | "x" | "y" | "z";
type SlugCharacter = Letter | Digit;
/** What a slug is made of; where the hyphens stand is checked apart. */
type Allowed = SlugCharacter | "-";

/**
 * Unicode's White_Space, the set the runtime calls whitespace. Not JavaScript's `\s`, which
 * leaves out U+0085 (next line) and takes in U+FEFF, a zero-width character, not a space.
 */
type Whitespace =
  | "\t"
  | "\n"
  | "\v"
  | "\f"
  | "\r"
  | " "
  | "\u0085"
  | "\u00a0"
  | "\u1680"
  | "\u2000"
  | "\u2001"
  | "\u2002"
  | "\u2003"
  | "\u2004"
  | "\u2005"
  | "\u2006"
  | "\u2007"
  | "\u2008"
  | "\u2009"
  | "\u200a"
  | "\u2028"
  | "\u2029"
  | "\u202f"
  | "\u205f"
  | "\u3000";

/**
 * The rest of ASCII, so that a character outside it can be called out: a Cyrillic "а" quoted on
 * its own reads as the Latin letter it imitates. C0 control characters need no name of their
 * own, since the compiler prints them escaped; DEL and the C1 controls it prints raw, so those
 * are named below.
 */
type Ascii =
  | "!"
  | '"'
  | "#"
  | "$"
  | "%"
  | "&"
  | "'"
  | "("
  | ")"
  | "*"
  | "+"
  | ","
  | "."
  | "/"
  | ":"
  | ";"
  | "<"
  | "="
  | ">"
  | "?"
  | "@"
  | "["
  | "\\"
  | "]"
  | "^"
  | "`"
  | "{"
  | "|"
  | "}"
  | "~"
  | "\u0000"
  | "\u0001"
  | "\u0002"
  | "\u0003"
  | "\u0004"
  | "\u0005"
  | "\u0006"
  | "\u0007"
  | "\u0008"
  | "\u000e"
  | "\u000f"
  | "\u0010"
  | "\u0011"
  | "\u0012"
  | "\u0013"
  | "\u0014"
  | "\u0015"
  | "\u0016"
  | "\u0017"
  | "\u0018"
  | "\u0019"
  | "\u001a"
  | "\u001b"
  | "\u001c"
  | "\u001d"
  | "\u001e"
  | "\u001f"
  | Whitespace;

/**
 * Characters a quote would not show: those that print as nothing or as a plain space, in an
 * editor and in the compiler's message alike, and the quote itself. They are named by code point.
 */
interface Named {
  "'": "U+0027 (apostrophe)";
  "\u007f": "U+007F (delete)";
  "\u0080": "U+0080 (control)";
  "\u0081": "U+0081 (control)";
  "\u0082": "U+0082 (control)";
  "\u0083": "U+0083 (control)";
  "\u0084": "U+0084 (control)";
  "\u0086": "U+0086 (control)";
  "\u0087": "U+0087 (control)";
  "\u0088": "U+0088 (control)";
  "\u0089": "U+0089 (control)";
  "\u008a": "U+008A (control)";
  "\u008b": "U+008B (control)";
  "\u008c": "U+008C (control)";
  "\u008d": "U+008D (control)";
  "\u008e": "U+008E (control)";
  "\u008f": "U+008F (control)";
  "\u0090": "U+0090 (control)";
  "\u0091": "U+0091 (control)";
  "\u0092": "U+0092 (control)";
  "\u0093": "U+0093 (control)";
  "\u0094": "U+0094 (control)";
  "\u0095": "U+0095 (control)";
  "\u0096": "U+0096 (control)";
  "\u0097": "U+0097 (control)";
  "\u0098": "U+0098 (control)";
  "\u0099": "U+0099 (control)";
  "\u009a": "U+009A (control)";
  "\u009b": "U+009B (control)";
  "\u009c": "U+009C (control)";
  "\u009d": "U+009D (control)";
  "\u009e": "U+009E (control)";
  "\u009f": "U+009F (control)";
  "\u0085": "U+0085 (next line)";
  "\u00a0": "U+00A0 (no-break space)";
  "\u00ad": "U+00AD (soft hyphen)";
  "\u034f": "U+034F (combining grapheme joiner)";
  "\u061c": "U+061C (Arabic letter mark)";
  "\u115f": "U+115F (Hangul choseong filler)";
  "\u1160": "U+1160 (Hangul jungseong filler)";
  "\u1680": "U+1680 (Ogham space mark)";
  "\u17b4": "U+17B4 (Khmer vowel inherent aq)";
  "\u17b5": "U+17B5 (Khmer vowel inherent aa)";
  "\u180b": "U+180B (Mongolian free variation selector one)";
  "\u180c": "U+180C (Mongolian free variation selector two)";
  "\u180d": "U+180D (Mongolian free variation selector three)";
  "\u180e": "U+180E (Mongolian vowel separator)";
  "\u2000": "U+2000 (en quad)";
  "\u2001": "U+2001 (em quad)";
  "\u2002": "U+2002 (en space)";
  "\u2003": "U+2003 (em space)";
  "\u2004": "U+2004 (three-per-em space)";
  "\u2005": "U+2005 (four-per-em space)";
  "\u2006": "U+2006 (six-per-em space)";
  "\u2007": "U+2007 (figure space)";
  "\u2008": "U+2008 (punctuation space)";
  "\u2009": "U+2009 (thin space)";
  "\u200a": "U+200A (hair space)";
  "\u200b": "U+200B (zero-width space)";
  "\u200c": "U+200C (zero-width non-joiner)";
  "\u200d": "U+200D (zero-width joiner)";
  "\u200e": "U+200E (left-to-right mark)";
  "\u200f": "U+200F (right-to-left mark)";
  "\u2028": "U+2028 (line separator)";
  "\u2029": "U+2029 (paragraph separator)";
  "\u202a": "U+202A (left-to-right embedding)";
  "\u202b": "U+202B (right-to-left embedding)";
  "\u202c": "U+202C (pop directional formatting)";
  "\u202d": "U+202D (left-to-right override)";
  "\u202e": "U+202E (right-to-left override)";
  "\u202f": "U+202F (narrow no-break space)";
  "\u205f": "U+205F (medium mathematical space)";
  "\u2060": "U+2060 (word joiner)";
  "\u2061": "U+2061 (function application)";
  "\u2062": "U+2062 (invisible times)";
  "\u2063": "U+2063 (invisible separator)";
  "\u2064": "U+2064 (invisible plus)";
  "\u2066": "U+2066 (left-to-right isolate)";
  "\u2067": "U+2067 (right-to-left isolate)";
  "\u2068": "U+2068 (first strong isolate)";
  "\u2069": "U+2069 (pop directional isolate)";
  "\u2800": "U+2800 (Braille pattern blank)";
  "\u3000": "U+3000 (ideographic space)";
  "\u3164": "U+3164 (Hangul filler)";
  "\ufe00": "U+FE00 (variation selector-1)";
  "\ufe01": "U+FE01 (variation selector-2)";
  "\ufe02": "U+FE02 (variation selector-3)";
  "\ufe03": "U+FE03 (variation selector-4)";
  "\ufe04": "U+FE04 (variation selector-5)";
  "\ufe05": "U+FE05 (variation selector-6)";
  "\ufe06": "U+FE06 (variation selector-7)";
  "\ufe07": "U+FE07 (variation selector-8)";
  "\ufe08": "U+FE08 (variation selector-9)";
  "\ufe09": "U+FE09 (variation selector-10)";
  "\ufe0a": "U+FE0A (variation selector-11)";
  "\ufe0b": "U+FE0B (variation selector-12)";
  "\ufe0c": "U+FE0C (variation selector-13)";
  "\ufe0d": "U+FE0D (variation selector-14)";
  "\ufe0e": "U+FE0E (variation selector-15)";
  "\ufe0f": "U+FE0F (variation selector-16)";
  "\ufeff": "U+FEFF (zero-width no-break space)";
  "\uffa0": "U+FFA0 (halfwidth Hangul filler)";
}

/**
 * A character as a message shows it. Single quotes, not the runtime's double ones: the compiler
 * prints an error type inside double quotes and would escape every inner one.
 */
type Shown<C extends string> = C extends keyof Named ? Named[C] : C extends Ascii ? `'${C}'` : `'${C}' (not ASCII)`;

/**
 * What the walk answers for a literal past the maximum, before the literal is quoted: the walk
 * reads from a position on and has no literal to quote.
 */
type TooLong = "too long";

/** The runtime's words for a literal `S` past the maximum; the compiler does not count past 65 characters. */
type TooLongMessage<S extends string> = `'${Shortened<S>}' is too long: more than ${typeof PORTAL_SLUG_MAX_LENGTH} characters`;

/*
 * The quick check. Almost every literal a program holds is a valid slug, so that answer has to
 * be cheap: it proves a literal valid and builds no message on the way. What it costs was
 * measured (`npm run bench:types`, TypeScript 6 and 7) rather than guessed: the compiler pays for
 * every conditional it enters and for every character it infers from a literal, while a look-up
 * in an object type is cheap. So the literal is read eight characters a step, each step one
 * conditional; the characters are looked up, not compared against a union; and the answers of
 * all steps are joined into one string that is tested once, at the end.
 */

/**
 * `""` for each character a slug is made of, and the index signature's `string` for any other,
 * the `string` a pattern holds in place of characters included. Looked up side by side in a
 * template, eight characters give `""` exactly when all eight are allowed.
 */
interface Blank extends Record<Allowed, ""> {
  readonly [character: string]: string;
}

/** {@link Blank} for the first character, where a hyphen may not stand. */
interface BlankFirst extends Record<SlugCharacter, ""> {
  readonly [character: string]: string;
}

/**
 * Put after the literal: seven allowed characters, so that every step can take eight and none
 * has to count what is left (fewer than eight left are all padding), and a hyphen first, so that
 * a slug ending in one ends in a double hyphen, which one pattern then finds anywhere.
 */
type Pad = "-aaaaaa";

/*
 * The steps of the quick check over `P`, the literal and the pad, one alias each so that a step
 * knows where it stands without a counter: eight steps read the 64 characters of the longest
 * slug, and what the eighth leaves says whether there were more. The minimum length, three, is
 * read off the second step: with one or two characters, the first took them and all the padding
 * but nothing or one "a". `types.test-d.ts` pins both limits to the runtime's. Each step answers
 * `""` for "valid so far" or a non-empty string (which one only tells a reader why): `"long"`,
 * a literal valid but for its length, lets the verdict say so without a walk.
 */
type Quick1<P extends string> = P extends `${string}--${string}`
  ? "hyphen"
  : P extends `${infer C0}${infer C1}${infer C2}${infer C3}${infer C4}${infer C5}${infer C6}${infer C7}${infer Rest}`
    ? `${BlankFirst[C0]}${Blank[C1]}${Blank[C2]}${Blank[C3]}${Blank[C4]}${Blank[C5]}${Blank[C6]}${Blank[C7]}${Quick2<Rest>}`
    : "short";
type Quick2<P extends string> = P extends `${infer C0}${infer C1}${infer C2}${infer C3}${infer C4}${infer C5}${infer C6}${infer C7}${infer Rest}`
  ? `${Blank[C0]}${Blank[C1]}${Blank[C2]}${Blank[C3]}${Blank[C4]}${Blank[C5]}${Blank[C6]}${Blank[C7]}${Quick3<Rest>}`
  : P extends "" | "a"
    ? "short"
    : "";
type Quick3<P extends string> = P extends `${infer C0}${infer C1}${infer C2}${infer C3}${infer C4}${infer C5}${infer C6}${infer C7}${infer Rest}`
  ? `${Blank[C0]}${Blank[C1]}${Blank[C2]}${Blank[C3]}${Blank[C4]}${Blank[C5]}${Blank[C6]}${Blank[C7]}${Quick4<Rest>}`
  : "";
type Quick4<P extends string> = P extends `${infer C0}${infer C1}${infer C2}${infer C3}${infer C4}${infer C5}${infer C6}${infer C7}${infer Rest}`
  ? `${Blank[C0]}${Blank[C1]}${Blank[C2]}${Blank[C3]}${Blank[C4]}${Blank[C5]}${Blank[C6]}${Blank[C7]}${Quick5<Rest>}`
  : "";
type Quick5<P extends string> = P extends `${infer C0}${infer C1}${infer C2}${infer C3}${infer C4}${infer C5}${infer C6}${infer C7}${infer Rest}`
  ? `${Blank[C0]}${Blank[C1]}${Blank[C2]}${Blank[C3]}${Blank[C4]}${Blank[C5]}${Blank[C6]}${Blank[C7]}${Quick6<Rest>}`
  : "";
type Quick6<P extends string> = P extends `${infer C0}${infer C1}${infer C2}${infer C3}${infer C4}${infer C5}${infer C6}${infer C7}${infer Rest}`
  ? `${Blank[C0]}${Blank[C1]}${Blank[C2]}${Blank[C3]}${Blank[C4]}${Blank[C5]}${Blank[C6]}${Blank[C7]}${Quick7<Rest>}`
  : "";
type Quick7<P extends string> = P extends `${infer C0}${infer C1}${infer C2}${infer C3}${infer C4}${infer C5}${infer C6}${infer C7}${infer Rest}`
  ? `${Blank[C0]}${Blank[C1]}${Blank[C2]}${Blank[C3]}${Blank[C4]}${Blank[C5]}${Blank[C6]}${Blank[C7]}${Quick8<Rest>}`
  : "";
type Quick8<P extends string> = P extends `${infer C0}${infer C1}${infer C2}${infer C3}${infer C4}${infer C5}${infer C6}${infer C7}${infer Rest}`
  ? `${Blank[C0]}${Blank[C1]}${Blank[C2]}${Blank[C3]}${Blank[C4]}${Blank[C5]}${Blank[C6]}${Blank[C7]}${PastMaximum<Rest>}`
  : "";

/* eslint-disable @typescript-eslint/no-unused-vars -- placeholders that only count characters are never read */
/** What the eighth step leaves: the padding alone (at most seven characters), or more, which is too long. */
type PastMaximum<P extends string> = P extends `${infer _0}${infer _1}${infer _2}${infer _3}${infer _4}${infer _5}${infer _6}${infer _7}${string}`
  ? "long"
  : "";
/* eslint-enable @typescript-eslint/no-unused-vars */

/**
 * `""` when the literal `S` is a valid slug, another string when it is not or when `S` is no
 * literal (the explaining walk then has the last word). A union is checked member by member:
 * each member makes its own padded literal, and every step distributes over them.
 */
type Quick<S extends string> = Quick1<`${S}${Pad}`>;

/*
 * The explaining walk, for a literal the quick check did not prove.
 */

/** `S` with its double quotes made single, as {@link Shown} quotes characters. */
type SingleQuoted<S extends string> = S extends `${infer Before}"${infer After}` ? `${Before}'${SingleQuoted<After>}` : S;

/** The runtime's reason for a problem, from the contract's own table. */
type Reason<Code extends CharacterIssueCode> = SingleQuoted<(typeof REASONS)[Code]>;

/** The problem of character `C` at position `At`, which is not one a slug is made of, in the runtime's words. */
type CharacterProblem<C extends string, At extends number> =
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
type Ending = "double" | "trailing" | "none";

/**
 * The problem that ends a walk at position `At` with no character problem on the way: the
 * hyphen it walked up to, or, past the maximum, the length, since "too long" stands at the 65th
 * character and comes first among problems that start there.
 */
type EndProblem<End extends Ending, At extends number> = At extends typeof PORTAL_SLUG_MAX_LENGTH
  ? End extends "none"
    ? true
    : TooLong
  : End extends "double"
    ? `'--' at index ${At} ${Reason<"consecutive_hyphens">}`
    : End extends "trailing"
      ? `'-' at index ${At} ${Reason<"trailing_hyphen">}`
      : true;

/** `Successor[N]` is N + 1 and `PlusEight[N]` is N + 8: positions counted without building tuples. */
type Successor = [
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
interface PlusEight {
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
type Walk<T extends string, At extends number, End extends Ending> = At extends typeof PORTAL_SLUG_MAX_LENGTH
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
type Single<T extends string, At extends number, End extends Ending> = At extends typeof PORTAL_SLUG_MAX_LENGTH
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
type Explain<S extends string> = S extends `${infer _A}${infer _B}${infer _C}${string}`
  ? S extends `-${string}`
    ? `'-' at index 0 ${Reason<"leading_hyphen">}`
    : Worded<
        S,
        S extends `${infer Before}--${string}` ? Walk<Before, 0, "double"> : S extends `${infer Before}-` ? Walk<Before, 0, "trailing"> : Walk<S, 0, "none">
      >
  : `'${S}' is too short: ${S extends "" ? "0 characters" : S extends `${infer _A}${infer _B}${string}` ? "2 characters" : "1 character"}, at least ${typeof PORTAL_SLUG_MIN_LENGTH}`;
/* eslint-enable @typescript-eslint/no-unused-vars */

/** No keys at all: every record of literal keys requires one, and only a pattern's record does not. */
type NoKeys = Record<never, never>;

/**
 * The verdict on one member `S` of a union, `Q` being its quick answer: a literal the quick
 * check turned down is explained, a pattern is left to the runtime.
 */
type Verdict<S extends string, Q extends string> = Q extends ""
  ? true
  : NoKeys extends Record<S, unknown>
    ? true
    : Q extends "long"
      ? TooLongMessage<S>
      : Explain<S>;

/** A walk's answer for the literal `S`: past the maximum, the literal quoted. */
type Worded<S extends string, Answer> = Answer extends TooLong ? TooLongMessage<S> : Answer;

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
type Problem<Verdict> = Verdict extends true ? never : Verdict & string;

/*
 * The workspace's known portals, declared once by the program through {@link Register}.
 */

/**
 * What a program tells the compile-time check about its workspace, by declaring this interface
 * again in its own code (declaration merging). Its only member so far, `portals`, is the union
 * of the workspace's portal slugs and IDs:
 *
 * ```ts
 * declare module "portal-slug" {
 *   interface Register {
 *     portals: "billing-portal" | "dev-docs";
 *   }
 * }
 * ```
 *
 * With it, {@link portalSlug} takes only those literals: a well-formed one that is none of them
 * fails to compile, naming the closest, and the editor offers them as completions. A `string`
 * still compiles, checked at runtime by the slug rules only, since the runtime cannot read types.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a program declares its members
export interface Register {}

/** The `portals` a program declared in {@link Register}, as written; `never` when it declared none. */
type DeclaredPortal = Register extends { readonly portals: infer Portals extends string } ? Portals : never;

/**
 * The portals a program declared in {@link Register} that can be portals: the well-formed slugs,
 * and every `pc_` ID with something after the prefix (its characters are the runtime's to judge).
 * `never` when it declared none, or only `string`, which names no portal in particular.
 */
export type KnownPortal = Portal<DeclaredPortal>;

/** The known portals that are slugs: all that {@link portalSlug} can take. */
type KnownSlug = Slugs<KnownPortal>;

/** The members of `P` that are slugs, not `pc_` IDs. */
type Slugs<P extends string> = Exclude<P, `${typeof PORTAL_ID_PREFIX}${string}`>;

/** `P` when it can be a portal, else `never`; member by member over a union. */
type Portal<P extends string> = P extends unknown
  ? Quick<P> extends ""
    ? P
    : P extends `${typeof PORTAL_ID_PREFIX}${infer Rest}`
      ? NoKeys extends Record<P, unknown>
        ? never
        : Rest extends ""
          ? never
          : P
      : never
  : never;

/** Edits left to spend, as a tuple's length: how {@link Within} counts down without arithmetic. */
type Budget = [] | [0] | [0, 0] | [0, 0, 0];

/**
 * `true` among its answers when `A` is within `K["length"]` edits of `B`: the optimal string
 * alignment distance the runtime's portal list measures (a character added, dropped or changed,
 * or two neighbours swapped, each one edit). Equal first characters are matched for free, which
 * no alignment beats; each other step tries the four edits, so at most four to the power of the
 * budget ways are walked, and each stops once it has spent the budget.
 */
type Within<A extends string, B extends string, K extends Budget> = A extends `${infer X}${infer RestA}`
  ? B extends `${infer Y}${infer RestB}`
    ? X extends Y
      ? Within<RestA, RestB, K>
      : K extends [0, ...infer Less extends Budget]
        ? Within<RestA, RestB, Less> | Within<RestA, B, Less> | Within<A, RestB, Less> | Swapped<X, RestA, Y, RestB, Less>
        : false
    : AtMost<A, K>
  : AtMost<B, K>;

/** The swap of two neighbours: `A` starts with `XY`, `B` with `YX`. */
type Swapped<X extends string, RestA extends string, Y extends string, RestB extends string, K extends Budget> = RestA extends `${Y}${infer A}`
  ? RestB extends `${X}${infer B}`
    ? Within<A, B, K>
    : false
  : false;

/** Whether `S` has at most `K["length"]` characters, all of which the edits left can add. */
type AtMost<S extends string, K extends Budget> = S extends ""
  ? true
  : K extends [0, ...infer Less extends Budget]
    ? S extends `${string}${infer Rest}`
      ? AtMost<Rest, Less>
      : true
    : false;

/** The `Portals` within `K["length"]` edits of `T`. */
type Near<T extends string, K extends Budget, Portals extends string> = Portals extends unknown
  ? true extends Within<T, Portals, K>
    ? Portals
    : never
  : never;

/* eslint-disable @typescript-eslint/no-unused-vars -- placeholders that only count characters are never read */
/**
 * The edits a value may be from a known portal and still be offered it, by its length: one up
 * to 7 characters, two from 8, three from 12, the runtime's `nearThreshold`.
 */
type Threshold<T extends string> = T extends `${infer _0}${infer _1}${infer _2}${infer _3}${infer _4}${infer _5}${infer _6}${infer _7}${infer Rest}`
  ? Rest extends `${infer _8}${infer _9}${infer _10}${infer _11}${string}`
    ? [0, 0, 0]
    : [0, 0]
  : [0];
/* eslint-enable @typescript-eslint/no-unused-vars */

/**
 * The one of `Portals` nearest `T` within its {@link Threshold}, the nearest found by spending
 * one edit, then two, then three; among several equally near, the first in code-unit order, as
 * the runtime picks. `never` when none is near enough. Only slugs are passed: a slug's place
 * takes no ID.
 */
type Closest<T extends string, Portals extends string, K extends Budget = [0], Limit extends Budget = Threshold<T>> = [Near<T, K, Portals>] extends [never]
  ? K extends Limit
    ? never
    : Closest<T, Portals, Wider[K["length"]], Limit>
  : Least<Near<T, K, Portals>>;

/** `Wider[K["length"]]` is a budget of one more edit. */
type Wider = [[0], [0, 0], [0, 0, 0], [0, 0, 0]];

/** The characters known portals are made of, in code-unit order. */
type Order = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

/** Whether `A` comes before `B` in code-unit order, as `Array.prototype.sort` puts them. */
type Before<A extends string, B extends string> = A extends `${infer X}${infer RestA}`
  ? B extends `${infer Y}${infer RestB}`
    ? X extends Y
      ? Before<RestA, RestB>
      : Order extends `${string}${X}${string}${Y}${string}`
        ? true
        : false
    : false
  : true;

/** The member of `U` that comes before every other. */
type Least<U extends string, All extends string = U> = U extends unknown ? (false extends BeforeEach<U, Exclude<All, U>> ? never : U) : never;
type BeforeEach<A extends string, Others extends string> = Others extends unknown ? Before<A, Others> : never;

/**
 * A member of the union `U`: the last the compiler holds, read off an intersection of functions.
 * Its cost grows faster than the union: it is only taken of short ones.
 */
type OneOf<U extends string> = (
  (U extends unknown ? (member: () => U) => void : never) extends (member: infer Each) => void ? Each : never
) extends (() => infer One extends string)
  ? One
  : never;

/** The first characters of the members of `U`. */
type Heads<U extends string> = U extends `${infer Head}${string}` ? Head : never;

/** What follows `Head` in the members of `U` that start with it. */
type After<U extends string, Head extends string> = U extends `${Head}${infer Rest}` ? Rest : never;

/**
 * `Taken` with a `0` for each member of `U`, or `"many"` once there are more than five (the
 * runtime's `LISTED_PORTALS`). Counted down a tree of first characters: where the members share
 * their next character the count goes on in a loop, and it branches only where they part, which
 * they do at most five times before there are too many. So the cost grows with the union and the
 * length of what its members share, never with its square, as taking members one at a time off
 * a union does.
 */
type Tally<U extends string, Taken extends 0[] = []> = Taken["length"] extends Successor[typeof LISTED_PORTALS]
  ? "many"
  : [U] extends [never]
    ? Taken
    : "" extends U
      ? Tally<Exclude<U, "">, [...Taken, 0]>
      : [Heads<U>] extends [OneOf<Heads<U>>]
        ? Tally<After<U, Heads<U>>, Taken>
        : TallyHeads<U, Heads<U>, Taken>;

/** {@link Tally} over the members of `U` that start with each of `Left`, one head at a time. */
// `Taken` has no constraint: checking one against a count still being made would never end.
type TallyHeads<U extends string, Left extends string, Taken> = Taken extends 0[]
  ? [Left] extends [never]
    ? Taken
    : TallyHeads<U, Exclude<Left, OneOf<Left>>, Tally<After<U, OneOf<Left>>, Taken>>
  : "many";

/** The members of a short union in code-unit order. */
type Sorted<U extends string, Taken extends string[] = []> = [U] extends [never] ? Taken : Sorted<Exclude<U, Least<U>>, [...Taken, Least<U>]>;

/** `Portals` in code-unit order when there are few enough to count and list in a message, `"many"` otherwise. */
type Listed<Portals extends string> = Tally<Portals> extends "many" ? "many" : Sorted<Portals>;

/**
 * `T` as the runtime's messages quote a value: its first 40 characters (the contract's
 * `QUOTED_VALUE`), then "…" where it was cut.
 */
type Shortened<T extends string> =
  T extends `${infer C0}${infer C1}${infer C2}${infer C3}${infer C4}${infer C5}${infer C6}${infer C7}${infer C8}${infer C9}${infer Rest}`
    ? Rest extends `${infer C10}${infer C11}${infer C12}${infer C13}${infer C14}${infer C15}${infer C16}${infer C17}${infer C18}${infer C19}${infer Rest2}`
      ? Rest2 extends `${infer C20}${infer C21}${infer C22}${infer C23}${infer C24}${infer C25}${infer C26}${infer C27}${infer C28}${infer C29}${infer Rest3}`
        ? Rest3 extends `${infer C30}${infer C31}${infer C32}${infer C33}${infer C34}${infer C35}${infer C36}${infer C37}${infer C38}${infer C39}${infer Rest4}`
          ? Rest4 extends ""
            ? T
            : `${C0}${C1}${C2}${C3}${C4}${C5}${C6}${C7}${C8}${C9}${C10}${C11}${C12}${C13}${C14}${C15}${C16}${C17}${C18}${C19}${C20}${C21}${C22}${C23}${C24}${C25}${C26}${C27}${C28}${C29}${C30}${C31}${C32}${C33}${C34}${C35}${C36}${C37}${C38}${C39}…`
          : T
        : T
      : T
    : T;

/** Names in single quotes, joined by commas. */
type Quoted<Names extends string[]> = Names extends [infer First extends string, ...infer Rest extends string[]]
  ? `'${First}'${Rest extends [] ? "" : `, ${Quoted<Rest>}`}`
  : "";

/**
 * The runtime's words for a well-formed literal that is none of `Portals`
 * (`PORTAL_LIST_WORDS.unknown` in the contract), in single quotes, and without the count when
 * more than five are declared: counting a union costs the compiler more than the message is worth.
 */
type UnknownPortal<
  T extends string,
  Portals extends string,
  Near extends string = Closest<T, Slugs<Portals>>,
  Names extends string[] | "many" = Listed<Portals>,
> = `'${Shortened<T>}' is ${Names extends [string]
  ? "not the portal"
  : Names extends string[]
    ? `none of the ${Names["length"]} portals`
    : "none of the portals"} declared, and Unkey answers 404 for a portal it does not have${[Near] extends [never]
  ? Names extends string[]
    ? `; none is close: ${Quoted<Names>}`
    : "; none of them is close"
  : `; write '${Near}'`}`;

/**
 * {@link ValidatePortalSlug} held to a list of portals as well: `true` when the literal `S` is a
 * valid slug and one of `Portals` (by default the {@link KnownPortal}s a program declared in
 * {@link Register}), otherwise the message of its first problem, a well-formed literal that is
 * none of them naming the closest, as the runtime's `unknown_portal` issue does. Entries of
 * `Portals` that can be no portal are left out, and with none left there is nothing to check.
 * A string the compiler cannot know in full is `true`; a union is checked member by member.
 *
 * @example
 * type Ok = ValidateKnownPortal<"dev-docs", "billing-portal" | "dev-docs">; // true
 * type Typo = ValidateKnownPortal<"biling-portal", "billing-portal" | "dev-docs">;
 * // "'biling-portal' is none of the 2 portals declared, and Unkey answers 404 for a portal it does not have; write 'billing-portal'"
 */
export type ValidateKnownPortal<S extends string, Portals extends string = KnownPortal> = KnownVerdict<S, Portal<Portals>>;

/** {@link ValidateKnownPortal} once `Portals` holds only what can be portals. */
type KnownVerdict<S extends string, Portals extends string> = [Portals] extends [never]
  ? ValidatePortalSlug<S>
  : S extends unknown
    ? ValidatePortalSlug<S> extends true
      ? [S] extends [Portals]
        ? true
        : NoKeys extends Record<S, unknown>
          ? true
          : UnknownPortal<S, Portals>
      : ValidatePortalSlug<S>
    : never;

/** What {@link portalSlug} accepts when no portals are declared: any valid slug. */
type SlugArgument<S extends string> =
  Quick<S> extends "" ? S : ValidatePortalSlug<S> extends true ? S : NoInfer<Problem<ValidatePortalSlug<S>>> & InvalidPortalSlug;

/**
 * What it accepts when they are: a declared slug is decided by one look-up, since every one is
 * well-formed. Member by member over a union, unlike {@link SlugArgument}: measured, relating a
 * whole union (`[S] extends [KnownSlug]`) to a long list of portals costs several times more.
 */
type KnownArgument<S extends string> = S extends KnownSlug
  ? S
  : KnownVerdict<S, KnownPortal> extends true
    ? S
    : NoInfer<Problem<KnownVerdict<S, KnownPortal>>> & InvalidPortalSlug;

/**
 * What {@link portalSlug} accepts for the argument `S`: `S` itself when it passes
 * {@link ValidatePortalSlug} (and, when {@link Register} declares portals, is one of them),
 * otherwise the message of its first problem marked {@link InvalidPortalSlug}, which the
 * compiler then shows in its error. A valid literal is decided by the quick check alone. The
 * message is `NoInfer`, so that inferring `S` from the argument looks at `S` and nothing else.
 * Whether portals are declared is settled once, not at each call.
 */
export type PortalSlugArgument<S extends string> = [KnownPortal] extends [never] ? SlugArgument<S> : KnownArgument<S>;

/**
 * What `S` may be: any string, and when portals are declared, their slugs first, so that an
 * editor completes them (`string & {}` keeps a wide string allowed without swallowing them).
 */
type PortalSlugInput = [KnownSlug] extends [never] ? string : KnownSlug | (string & {});

/**
 * A portal slug checked twice: at compile time when it is a literal, so that a typo fails the
 * build with its first problem named, and always at runtime, so that a `string` from anywhere is
 * held to the same rules.
 *
 * @example
 * const slug = portalSlug("my-portal"); // PortalSlug
 * portalSlug("My-Portal"); // type error: "'M' at index 0 is uppercase: slugs are lowercase"
 * portalSlug(process.env.PORTAL as string); // checked when it runs
 *
 * @throws {PortalSlugError} When the slug breaks a rule; with a literal argument the compiler has
 * already said so.
 */
export function portalSlug<const S extends PortalSlugInput>(slug: PortalSlugArgument<S>): PortalSlug {
  assertPortalSlug(slug);
  return slug;
}
