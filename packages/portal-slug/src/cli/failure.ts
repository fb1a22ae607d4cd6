/**
 * The problems a command cannot get past that are not in how it was called (a file that cannot
 * be read or holds no list, a missing ESLint), and how each is said: in one line, without the
 * usage, and the command exits 2.
 */
import { visible } from "../text.js";

/** A problem said in one line a part, each after `portal-slug: `; the command exits 2. */
export class Failure extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join("\n"));
    this.name = "Failure";
  }
}

/** JavaScript's own kinds of error, whose name says what went wrong ("ReferenceError: x is not defined"). */
const NAMED = new Set(["EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError"]);

/** Another tool's sentence as a part of one of ours: without its full stop, since ours end without one. */
export const clause = (text: string): string => text.replace(/\.$/, "");

/** What `error` says: its message, after its name when its kind is JavaScript's own. */
const said = (error: unknown): string => (error instanceof Error ? `${NAMED.has(error.name) ? `${error.name}: ` : ""}${error.message}` : String(error));

/** What `error` says, in one line (its first) and escaped, so that it stays one line of the terminal's. */
export function firstLine(error: unknown): string {
  // Stryker disable next-line StringLiteral: equivalent, split answers at least one part, so the fallback is never taken
  return clause(visible(said(error).split("\n")[0] ?? ""));
}

/**
 * What `error` says, whole, its line breaks escaped: for a message that quotes the input, as
 * JSON.parse's does (`Unexpected token ']', "[\r\n "a",\r\n]" is not valid JSON`), where its
 * first line would end inside the quote.
 */
export function inOneLine(error: unknown): string {
  return clause(visible(said(error)));
}
