/**
 * How a message shows text that came from the user or the server: escaped so that nothing
 * invisible or look-alike hides in it, and cut so that a megabyte of input makes a short line.
 * No rule of any kind lives here.
 */

/**
 * Writes every character outside printable ASCII as a `\u{…}` escape: a Cyrillic "а", a tab
 * or a zero-width space looks like nothing wrong until it is named.
 */
export const visible = (text: string): string => text.replace(/[^ -~]/gu, (char) => `\\u{${(char.codePointAt(0) as number).toString(16)}}`);

/**
 * `text` as a message shows it: its first `max` characters (whole characters, never half a
 * surrogate pair) written {@link visible}, and "…" where it was cut.
 */
export const shorten = (text: string, max: number): string => {
  // Two code units a character at most, so the slice holds all `max` of them; a megabyte-long
  // text costs no more than a short one.
  // Stryker disable next-line MethodExpression: equivalent, the first slice only saves time: the second one cuts at max characters all the same
  const head = [...text.slice(0, 2 * max)].slice(0, max).join("");
  return visible(head) + (head.length < text.length ? "…" : "");
};

/** {@link shorten}, in double quotes. */
export const quote = (text: string, max: number): string => `"${shorten(text, max)}"`;

/**
 * A request body's field path as a message writes it before what is wrong there, the way code
 * spells it: `scopes[1]: `, or nothing for the whole body.
 */
export const pathPrefix = (path: readonly (string | number)[]): string =>
  path.length ? `${path.map((part, at) => (typeof part === "number" ? `[${part}]` : at ? `.${part}` : part)).join("")}: ` : "";
