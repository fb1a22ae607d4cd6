/**
 * How text is written into GritQL as Biome 2.6 reads it: regular expressions (Rust's syntax,
 * with no lookaround and no backreference), the text of a backtick snippet, a double-quoted
 * string. Nothing here knows what the plugin checks.
 */

/** `text` as a regular expression that matches it and nothing else. */
export const literalRegex = (text: string): string => text.replace(/[\\^$.|?*+()[\]{}]/g, (char) => `\\${char}`);

/** `text` as a regular expression that matches it in any case of its ASCII letters: `[pP][cC]`. */
export const anyCaseRegex = (text: string): string =>
  [...text].map((char) => (/[a-z]/i.test(char) ? `[${char.toLowerCase()}${char.toUpperCase()}]` : literalRegex(char))).join("");

/** A code point as a Rust regex escape, `\x{a0}`. */
const escaped = (codePoint: number): string => `\\x{${codePoint.toString(16)}}`;

/**
 * A character class of the code points for which `test` holds, over every code point, as runs
 * (`[\x{9}-\x{d}\x{20}…]`): the same set the core's own test of a character holds, written out.
 */
export function classOf(test: (char: string) => boolean): string {
  const ranges: string[] = [];
  let start: number | undefined;
  for (let codePoint = 0; codePoint <= 0x110000; codePoint++) {
    // Surrogates are no characters of a source file, which Biome reads as UTF-8.
    const holds = codePoint < 0x110000 && (codePoint < 0xd800 || codePoint > 0xdfff) && test(String.fromCodePoint(codePoint));
    if (holds && start === undefined) start = codePoint;
    if (!holds && start !== undefined) {
      ranges.push(start === codePoint - 1 ? escaped(start) : `${escaped(start)}-${escaped(codePoint - 1)}`);
      start = undefined;
    }
  }
  return ranges.join("");
}

/** Every code point for which `test` holds, for a table of them. */
export function codePointsOf(test: (char: string) => boolean): number[] {
  const found: number[] = [];
  for (let codePoint = 0; codePoint < 0x110000; codePoint++) {
    if ((codePoint < 0xd800 || codePoint > 0xdfff) && test(String.fromCodePoint(codePoint))) found.push(codePoint);
  }
  return found;
}

/**
 * A regular expression that matches the decimal numbers greater than `n`, as GritQL has no
 * comparison: `numberAbove(64)` is `(?:6[5-9]|[7-9]\d|\d{3,})`.
 */
export function numberAbove(n: number): string {
  const digits = String(n);
  const options: string[] = [];
  // Same length: the same leading digits, then a greater one, then any.
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[i]);
    if (digit === 9) continue;
    const rest = digits.length - i - 1;
    options.push(`${digits.slice(0, i)}${digit + 1 === 9 ? "9" : `[${digit + 1}-9]`}${rest ? `\\d{${rest}}` : ""}`);
  }
  // Longer: any number with more digits that does not start with 0.
  options.push(`[1-9]\\d{${digits.length},}`);
  return `(?:${options.join("|")})`;
}

/**
 * `text` for the inside of a backtick snippet, where it is copied as it is: a backtick would end
 * the snippet, `$` would start a metavariable and a backslash an escape, so none may be in it.
 */
export function snippetText(text: string): string {
  if (/[`$\\]/.test(text)) throw new Error(`Cannot write ${JSON.stringify(text)} into a GritQL snippet: it holds a backtick, "$" or a backslash`);
  return text;
}

/**
 * `text` as a backtick snippet that stands for it as a value, each backslash doubled: a snippet
 * reads `\\` as one backslash, where a double-quoted GritQL string reads `\\t` as a backslash
 * and a tab.
 */
export function snippetOf(text: string): string {
  if (/[`$]/.test(text)) throw new Error(`Cannot write ${JSON.stringify(text)} as a GritQL snippet: it holds a backtick or "$"`);
  return `\`${text.replace(/\\/g, "\\\\")}\``;
}

/**
 * A template tag for GritQL source: the text as written, backslashes kept (a regex's `\d` stays
 * `\d`), and `` \` `` for a backtick, which GritQL's snippets are written in.
 */
export const grit = (strings: TemplateStringsArray, ...values: readonly (string | number)[]): string =>
  String.raw({ raw: strings.raw.map((part) => part.replace(/\\`/g, "`")) }, ...values);
