/**
 * How a verdict is shown: the human report (the input echoed with carets under each problem,
 * the messages, what to write) and ASCII-only JSON. Nothing a terminal would act on is printed.
 */
import { visible } from "../text.js";
import type { Input } from "./streams.js";

/** How many characters of an input a report echoes, enough to show the longest slug and past it. */
export const ECHOED = 80;

/**
 * `text` with what a terminal would act on written as `\u{…}` escapes (control characters, and
 * the marks that turn a line around), for text the command passes on, such as ESLint's messages,
 * whose other characters are shown as they are.
 */
export const terminalSafe = (text: string): string =>
  // The control characters are the point: they are what must not reach the terminal.
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (char) => visible(char));

/** `text` in the colour `code` (an SGR parameter) when colour is on. */
export const paint = (color: boolean, code: string, text: string): string => (color ? `\x1b[${code}m${text}\x1b[0m` : text);

/**
 * JSON with everything outside printable ASCII written as `\uXXXX`: the same value when parsed,
 * and nothing a terminal would act on (a right-to-left override, an escape sequence) when shown.
 */
export const asciiJson = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(/[^\n -~]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`);

/**
 * Renders the start of `input` (at most {@link ECHOED} characters) for a terminal line as
 * messages quote it (`\u{…}` outside printable ASCII), and says in `columns[i]` where offset `i`
 * starts on the line; offsets past the shown part are past its end.
 */
function echo(input: string): { line: string; columns: number[]; shown: number } {
  let line = "";
  const columns: number[] = [];
  let characters = 0;
  for (const char of input) {
    if (characters++ === ECHOED) break;
    const shown = visible(char);
    for (let unit = 0; unit < char.length; unit++) columns.push(line.length);
    line += shown;
  }
  const shown = columns.length;
  columns.push(line.length);
  return { line: shown < input.length ? `${line}…` : line, columns, shown };
}

/** What one input was found to be: the library's result, with the issues and the fix it gives. */
export interface Verdict {
  readonly valid: boolean;
  readonly issues?: readonly { readonly code: string; readonly message: string; readonly index?: number; readonly end?: number }[];
  readonly suggestion?: string;
}

/** The human report for one input: verdict, the input with carets under each span, messages, fix. */
export function describe({ text, length }: Input, result: Verdict, color: boolean): string {
  // A valid slug or portal ID is short printable ASCII: it needs no rendering.
  if (result.valid) return `${paint(color, "32", "valid")}    ${text}\n`;
  const { line, columns, shown } = echo(text);
  const carets: string[] = [];
  // Stryker disable next-line ArrayDeclaration: equivalent, a string in place of the issues has no index or end, so is skipped
  for (const { index, end } of result.issues ?? []) {
    // Only what the echo shows can be underlined; the message still names the rest.
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent for the two undefined tests, a missing index or end makes an end of NaN, and fill fills nothing up to NaN
    if (index === undefined || end === undefined || index >= shown) continue;
    const from = columns[index] as number;
    const to = Math.max(columns[Math.min(end, shown)] as number, from + 1);
    while (carets.length < to) carets.push(" ");
    carets.fill("^", from, to);
  }
  // Escaped as the line below it is: a right-to-left override must not turn the terminal around.
  const out = [`${paint(color, "31", "invalid")}  "${line}"`];
  if (length > text.length) out.push(`  (${length} characters; the first ${text.length} judged)`);
  else if (shown < text.length) out.push(`  (${length} characters)`);
  if (carets.length) out.push(`  ${line}`, `  ${paint(color, "31", carets.join(""))}`);
  for (const issue of result.issues ?? []) out.push(`  - ${paint(color, "2", issue.code)}: ${issue.message}`);
  // What to write, as every message names it, said once: not where an issue's own message
  // ends with it already, and not where no slug can be made.
  const write = result.suggestion === undefined ? undefined : `"${visible(result.suggestion)}"`;
  if (write && !result.issues?.some(({ message }) => message.endsWith(`; write ${write}`))) out.push(`  write ${paint(color, "32", write)}`);
  return out.join("\n") + "\n";
}
