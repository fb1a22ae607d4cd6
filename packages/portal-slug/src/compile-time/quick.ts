/**
 * The quick check. Almost every literal a program holds is a valid slug, so that answer has to
 * be cheap: it proves a literal valid and builds no message on the way. What it costs was
 * measured (`npm run bench:types`, TypeScript 6 and 7) rather than guessed: the compiler pays for
 * every conditional it enters and for every character it infers from a literal, while a look-up
 * in an object type is cheap. So the literal is read eight characters a step, each step one
 * conditional; the characters are looked up, not compared against a union; and the answers of
 * all steps are joined into one string that is tested once, at the end.
 */
import type { Allowed, SlugCharacter } from "./characters.js";

/**
 * `""` for each character a slug is made of, and the index signature's `string` for any other,
 * the `string` a pattern holds in place of characters included. Looked up side by side in a
 * template, eight characters give `""` exactly when all eight are allowed.
 */
export interface Blank extends Record<Allowed, ""> {
  readonly [character: string]: string;
}

/** {@link Blank} for the first character, where a hyphen may not stand. */
export interface BlankFirst extends Record<SlugCharacter, ""> {
  readonly [character: string]: string;
}

/**
 * Put after the literal: seven allowed characters, so that every step can take eight and none
 * has to count what is left (fewer than eight left are all padding), and a hyphen first, so that
 * a slug ending in one ends in a double hyphen, which one pattern then finds anywhere.
 */
export type Pad = "-aaaaaa";

/*
 * The steps of the quick check over `P`, the literal and the pad, one alias each so that a step
 * knows where it stands without a counter: eight steps read the 64 characters of the longest
 * slug, and what the eighth leaves says whether there were more. The minimum length, three, is
 * read off the second step: with one or two characters, the first took them and all the padding
 * but nothing or one "a". `types.test-d.ts` pins both limits to the runtime's. Each step answers
 * `""` for "valid so far" or a non-empty string (which one only tells a reader why): `"long"`,
 * a literal valid but for its length, lets the verdict say so without a walk.
 */
export type Quick1<P extends string> = P extends `${string}--${string}`
  ? "hyphen"
  : P extends `${infer C0}${infer C1}${infer C2}${infer C3}${infer C4}${infer C5}${infer C6}${infer C7}${infer Rest}`
    ? `${BlankFirst[C0]}${Blank[C1]}${Blank[C2]}${Blank[C3]}${Blank[C4]}${Blank[C5]}${Blank[C6]}${Blank[C7]}${Quick2<Rest>}`
    : "short";
export type Quick2<P extends string> = P extends `${infer C0}${infer C1}${infer C2}${infer C3}${infer C4}${infer C5}${infer C6}${infer C7}${infer Rest}`
  ? `${Blank[C0]}${Blank[C1]}${Blank[C2]}${Blank[C3]}${Blank[C4]}${Blank[C5]}${Blank[C6]}${Blank[C7]}${Quick3<Rest>}`
  : P extends "" | "a"
    ? "short"
    : "";
export type Quick3<P extends string> = P extends `${infer C0}${infer C1}${infer C2}${infer C3}${infer C4}${infer C5}${infer C6}${infer C7}${infer Rest}`
  ? `${Blank[C0]}${Blank[C1]}${Blank[C2]}${Blank[C3]}${Blank[C4]}${Blank[C5]}${Blank[C6]}${Blank[C7]}${Quick4<Rest>}`
  : "";
export type Quick4<P extends string> = P extends `${infer C0}${infer C1}${infer C2}${infer C3}${infer C4}${infer C5}${infer C6}${infer C7}${infer Rest}`
  ? `${Blank[C0]}${Blank[C1]}${Blank[C2]}${Blank[C3]}${Blank[C4]}${Blank[C5]}${Blank[C6]}${Blank[C7]}${Quick5<Rest>}`
  : "";
export type Quick5<P extends string> = P extends `${infer C0}${infer C1}${infer C2}${infer C3}${infer C4}${infer C5}${infer C6}${infer C7}${infer Rest}`
  ? `${Blank[C0]}${Blank[C1]}${Blank[C2]}${Blank[C3]}${Blank[C4]}${Blank[C5]}${Blank[C6]}${Blank[C7]}${Quick6<Rest>}`
  : "";
export type Quick6<P extends string> = P extends `${infer C0}${infer C1}${infer C2}${infer C3}${infer C4}${infer C5}${infer C6}${infer C7}${infer Rest}`
  ? `${Blank[C0]}${Blank[C1]}${Blank[C2]}${Blank[C3]}${Blank[C4]}${Blank[C5]}${Blank[C6]}${Blank[C7]}${Quick7<Rest>}`
  : "";
export type Quick7<P extends string> = P extends `${infer C0}${infer C1}${infer C2}${infer C3}${infer C4}${infer C5}${infer C6}${infer C7}${infer Rest}`
  ? `${Blank[C0]}${Blank[C1]}${Blank[C2]}${Blank[C3]}${Blank[C4]}${Blank[C5]}${Blank[C6]}${Blank[C7]}${Quick8<Rest>}`
  : "";
export type Quick8<P extends string> = P extends `${infer C0}${infer C1}${infer C2}${infer C3}${infer C4}${infer C5}${infer C6}${infer C7}${infer Rest}`
  ? `${Blank[C0]}${Blank[C1]}${Blank[C2]}${Blank[C3]}${Blank[C4]}${Blank[C5]}${Blank[C6]}${Blank[C7]}${PastMaximum<Rest>}`
  : "";

/* eslint-disable @typescript-eslint/no-unused-vars -- placeholders that only count characters are never read */
/** What the eighth step leaves: the padding alone (at most seven characters), or more, which is too long. */
export type PastMaximum<P extends string> = P extends `${infer _0}${infer _1}${infer _2}${infer _3}${infer _4}${infer _5}${infer _6}${infer _7}${string}`
  ? "long"
  : "";
/* eslint-enable @typescript-eslint/no-unused-vars */

/**
 * `""` when the literal `S` is a valid slug, another string when it is not or when `S` is no
 * literal (the explaining walk then has the last word). A union is checked member by member:
 * each member makes its own padded literal, and every step distributes over them.
 */
export type Quick<S extends string> = Quick1<`${S}${Pad}`>;
