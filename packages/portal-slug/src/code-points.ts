/**
 * The code units the slug rules tell apart, by name. A module of its own that imports nothing,
 * so that a bundler writes the numbers in where they are used.
 */

/** `-`, the one separator a slug may have. */
export const HYPHEN = 0x2d;
/** `0` and `9`, the ends of the digits. */
export const DIGIT_ZERO = 0x30;
export const DIGIT_NINE = 0x39;
/** `A` and `Z`, the ends of the uppercase letters. */
export const UPPER_A = 0x41;
export const UPPER_Z = 0x5a;
/** `_`, the separator a slug may not have. */
export const UNDERSCORE = 0x5f;
/** `a` and `z`, the ends of the lowercase letters. */
export const LOWER_A = 0x61;
export const LOWER_Z = 0x7a;
/** The last code point of the Basic Multilingual Plane: past it, a character takes two code units. */
export const LAST_BMP = 0xffff;

/**
 * `index`, or the offset before it when it falls between the halves of a surrogate pair, so that
 * a span starting there covers the whole character.
 */
export const characterStart = (text: string, index: number): number =>
  (text.codePointAt(index - 1) as number) > LAST_BMP &&
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, at an index of 0 or less codePointAt reads before the text: undefined, greater than nothing
  index > 0
    ? index - 1
    : index;
