/**
 * The `portal-slug` command: argument parsing and printing only. Every verdict comes from the
 * same functions a user imports, so the command and the library can never disagree.
 */
import { readFileSync } from "node:fs";
import { suggestPortalSlug, validatePortalSlug, type PortalSlugResult } from "./index.js";
import { visible } from "./text.js";

const USAGE = `Usage:
  portal-slug check [--json] <slug...>   check slugs; "-" reads one per line from stdin
  portal-slug suggest <text...>          print the slug the text most likely meant
  portal-slug --help | --version

Options start with "--"; after a bare "--" every argument is a slug or text, even "--portal".

Exit status: 0 all valid, 1 some invalid (or no suggestion), 2 usage error.
Colour on a terminal only, never when NO_COLOR is set.`;

/** Where the command writes, and whether it may colour: injected so tests run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: () => string;
  readonly color: boolean;
  /** The package's version, for `--version`. */
  readonly version: string;
}

/** A problem with the command line itself: exit 2 with the message and the usage. */
class UsageError extends Error {}

/**
 * The arguments where options may stand, before a bare "--", and those after it, which are all
 * operands: so that "--portal", itself a typo worth checking, can be given.
 */
function splitAtEnd(args: readonly string[]): [readonly string[], readonly string[]] {
  const end = args.indexOf("--");
  return end < 0 ? [args, []] : [args.slice(0, end), args.slice(end + 1)];
}

/**
 * Splits a command's arguments into its options (from `known`) and its operands. A slug such as
 * "-portal" is an operand: only "--" starts an option, and only before a bare "--".
 */
function parseArgs(args: readonly string[], known: readonly string[]): { options: Set<string>; operands: string[] } {
  const [head, tail] = splitAtEnd(args);
  const options = new Set<string>();
  const operands: string[] = [];
  for (const arg of head) {
    if (!arg.startsWith("--")) operands.push(arg);
    else if (known.includes(arg)) options.add(arg);
    // Escaped: an "option" can carry a terminal escape sequence as easily as a slug can.
    else throw new UsageError(`unknown option ${visible(arg)}`);
  }
  return { options, operands: [...operands, ...tail] };
}

const paint = (color: boolean, code: string, text: string): string => (color ? `\x1b[${code}m${text}\x1b[0m` : text);

/**
 * JSON with everything outside printable ASCII written as `\uXXXX`: the same value when parsed,
 * and nothing a terminal would act on (a right-to-left override, an escape sequence) when shown.
 */
const asciiJson = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(/[^\n -~]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`);

/**
 * Renders `input` for a terminal line as messages quote it (`\u{…}` outside printable ASCII),
 * and says in `columns[i]` where offset `i` starts on the line.
 */
function render(input: string): { line: string; columns: number[] } {
  let line = "";
  const columns: number[] = [];
  for (const char of input) {
    const shown = visible(char);
    for (let unit = 0; unit < char.length; unit++) columns.push(line.length);
    line += shown;
  }
  columns.push(line.length);
  return { line, columns };
}

/** The human report for one input: verdict, the input with carets under each span, messages, fix. */
function describe(input: string, result: PortalSlugResult, color: boolean): string {
  if (result.valid) return `${paint(color, "32", "valid")}    ${input}\n`;
  const { line, columns } = render(input);
  const carets: string[] = [];
  for (const { index, end } of result.issues) {
    if (index === undefined || end === undefined) continue;
    const from = columns[index] ?? line.length;
    const to = Math.max(columns[end] ?? line.length, from + 1);
    while (carets.length < to) carets.push(" ");
    carets.fill("^", from, to);
  }
  // Escaped as the line below it is: a right-to-left override must not turn the terminal around.
  const out = [`${paint(color, "31", "invalid")}  "${line}"`];
  if (carets.length) out.push(`  ${line}`, `  ${paint(color, "31", carets.join(""))}`);
  for (const issue of result.issues) out.push(`  - ${paint(color, "2", issue.code)}: ${issue.message}`);
  out.push(result.suggestion === undefined ? "  no suggestion" : `  suggestion: ${paint(color, "32", result.suggestion)}`);
  return out.join("\n") + "\n";
}

function check(args: string[], io: CliIo): number {
  const { options, operands } = parseArgs(args, ["--json"]);
  const json = options.has("--json");
  if (operands.length === 0) throw new UsageError("check needs at least one slug, or - to read them from stdin");
  const inputs = operands.flatMap((arg) =>
    arg === "-"
      ? io
          .stdin()
          .split(/\r?\n/)
          .filter((line) => line !== "")
      : [arg],
  );
  if (inputs.length === 0) throw new UsageError("stdin held no slugs: one a line, blank lines skipped");
  const results = inputs.map((input) => ({ input, result: validatePortalSlug(input) }));
  if (json) {
    io.stdout(asciiJson(results.map(({ input, result }) => ({ input, ...result }))) + "\n");
  } else {
    for (const { input, result } of results) io.stdout(describe(input, result, io.color));
  }
  return results.every(({ result }) => result.valid) ? 0 : 1;
}

function suggest(args: string[], io: CliIo): number {
  const { operands } = parseArgs(args, []);
  if (operands.length === 0) throw new UsageError("suggest needs the text to turn into a slug");
  const text = operands.join(" ");
  const suggestion = suggestPortalSlug(text);
  if (suggestion === undefined) {
    io.stderr(`no slug can be made from "${visible(text)}": fewer than 3 letters or digits\n`);
    return 1;
  }
  io.stdout(suggestion + "\n");
  return 0;
}

/** Runs the command with `argv` (without node and the script) and answers its exit status. */
export function runCli(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  // `--help` wins wherever it stands before a bare "--", whatever else the line holds.
  if (command === "-h" || splitAtEnd(argv)[0].includes("--help")) {
    io.stdout(USAGE + "\n");
    return 0;
  }
  try {
    if (command === "--version") {
      io.stdout(io.version + "\n");
      return 0;
    }
    if (command === "check") return check(rest, io);
    if (command === "suggest") return suggest(rest, io);
    throw new UsageError(command === undefined ? "no command given" : `unknown command "${visible(command)}"`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`portal-slug: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
}

/** The process's own streams; colour follows https://no-color.org and the terminal. */
export function processIo(version: string): CliIo {
  const noColor = process.env["NO_COLOR"] !== undefined && process.env["NO_COLOR"] !== "";
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: () => readFileSync(0, "utf8"),
    color: process.stdout.isTTY === true && !noColor,
    version,
  };
}
