/**
 * The `portal-slug` command: argument parsing, reading and printing only. Every verdict comes
 * from the same functions a user imports, so the command and the library can never disagree.
 * Input is read, judged and printed a line at a time, so memory stays bounded whatever it holds.
 */
import { fstatSync, readFileSync, statSync } from "node:fs";
import { createPortalList, unknownPortalIssue, type PortalList } from "./portals/portal-list.js";
import { validatePortalRef } from "./ref.js";
import { suggestPortalSlug } from "./suggest.js";
import { visible } from "./text.js";
import { validatePortalSlug } from "./validate.js";

const USAGE = `Usage:
  portal-slug check [--json] [--portals <a,b,…>] [--portals-file <file>] <slug...>
                                         check slugs; "-" reads one per line from stdin
  portal-slug suggest <text...>          print the slug each text most likely meant, one a line;
                                         "-" reads one text per line from stdin
  portal-slug --help | --version

--portals names the workspace's portals (slugs and pc_ IDs, comma-separated), --portals-file
reads them from a file (a JSON array of strings, or one a line): a well-formed value that is
none of them is reported with the closest one.

Options start with "--"; after a bare "--" every argument is a slug or text, even "--portal".

Exit status: 0 all valid, 1 some invalid or unknown (or no suggestion), 2 usage or I/O error.
Colour on a terminal only, never when NO_COLOR is set.`;

/**
 * Where the command reads and writes, and whether it may colour: injected so that tests run it
 * in-process. A stream that fails throws (or rejects with) a {@link StreamError}.
 */
export interface CliIo {
  /** Writes to stdout; the command waits for the promise, if any, before it writes more. */
  readonly stdout: (text: string) => void | Promise<void>;
  /** Writes to stderr, at best: a message that cannot be written is lost, and the status stays. */
  readonly stderr: (text: string) => void;
  /** The chunks of stdin as they arrive: bytes (read as UTF-8) or text. */
  readonly stdin: () => AsyncIterable<Uint8Array | string>;
  /** The whole text of a file, for `--portals-file`; throws when it cannot be read. */
  readonly readFile: (path: string) => string;
  readonly color: boolean;
  /** The package's version, for `--version`. */
  readonly version: string;
}

/** A stream that could not be read or written: one line and exit 2, or a quiet end for a closed stdout. */
export class StreamError extends Error {
  constructor(
    readonly stream: "stdin" | "stdout",
    /** The system's error code, `EPIPE` for a reader that went away. */
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = "StreamError";
  }
}

/** A problem with the command line itself: exit 2 with the message and the usage. */
class UsageError extends Error {}

/** The longest line judged, in UTF-16 code units: past it, a line is too long whatever it holds. */
export const JUDGED_LINE = 1 << 20;

/** How many characters of an input a report echoes, enough to show the longest slug and past it. */
export const ECHOED = 80;

/**
 * The arguments where options may stand, before a bare "--", and those after it, which are all
 * operands: so that "--portal", itself a typo worth checking, can be given.
 */
function splitAtEnd(args: readonly string[]): [readonly string[], readonly string[]] {
  const end = args.indexOf("--");
  return end < 0 ? [args, []] : [args.slice(0, end), args.slice(end + 1)];
}

/** A command's options: those that stand alone, and those that take a value (`--name value` or `--name=value`). */
interface OptionSpec {
  readonly flags: readonly string[];
  readonly values: readonly string[];
}

/**
 * Splits a command's arguments into its options and its operands. A slug such as "-portal" is an
 * operand: only "--" starts an option, and only before a bare "--". A value option may be given
 * more than once; its values are kept in order.
 */
function parseArgs(args: readonly string[], spec: OptionSpec): { flags: Set<string>; values: Map<string, string[]>; operands: string[] } {
  const [head, tail] = splitAtEnd(args);
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  const operands: string[] = [];
  for (let i = 0; i < head.length; i++) {
    const arg = head[i] as string;
    if (!arg.startsWith("--")) {
      operands.push(arg);
      continue;
    }
    const equals = arg.indexOf("=");
    const name = equals < 0 ? arg : arg.slice(0, equals);
    if (spec.values.includes(name)) {
      const value = equals < 0 ? head[++i] : arg.slice(equals + 1);
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      values.set(name, [...(values.get(name) ?? []), value]);
    } else if (equals < 0 && spec.flags.includes(arg)) flags.add(arg);
    // Escaped: an "option" can carry a terminal escape sequence as easily as a slug can.
    else throw new UsageError(`unknown option ${visible(arg)}`);
  }
  return { flags, values, operands: [...operands, ...tail] };
}

const paint = (color: boolean, code: string, text: string): string => (color ? `\x1b[${code}m${text}\x1b[0m` : text);

/**
 * JSON with everything outside printable ASCII written as `\uXXXX`: the same value when parsed,
 * and nothing a terminal would act on (a right-to-left override, an escape sequence) when shown.
 */
const asciiJson = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(/[^\n -~]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`);

/**
 * One input to judge: the text judged (a line cut to {@link JUDGED_LINE}) and how long the input
 * really was, in UTF-16 code units.
 */
interface Input {
  readonly text: string;
  readonly length: number;
}

/** `text` cut to `max` code units, never between the halves of a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const high = text.charCodeAt(max - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 1 : max);
}

/**
 * Renders the start of `input` (at most {@link ECHOED} characters) for a terminal line as
 * messages quote it (`\u{…}` outside printable ASCII), and says in `columns[i]` where offset `i`
 * starts on the line; offsets past the shown part are past its end.
 */
function render(input: string): { line: string; columns: number[]; shown: number } {
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
interface Verdict {
  readonly valid: boolean;
  readonly issues?: readonly { readonly code: string; readonly message: string; readonly index?: number; readonly end?: number }[];
  readonly suggestion?: string;
}

/** The human report for one input: verdict, the input with carets under each span, messages, fix. */
function describe({ text, length }: Input, result: Verdict, color: boolean): string {
  // A valid slug or portal ID is short printable ASCII: it needs no rendering.
  if (result.valid) return `${paint(color, "32", "valid")}    ${text}\n`;
  const { line, columns, shown } = render(text);
  const carets: string[] = [];
  for (const { index, end } of result.issues ?? []) {
    // Only what the echo shows can be underlined; the message still names the rest.
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
  out.push(result.suggestion === undefined ? "  no suggestion" : `  suggestion: ${paint(color, "32", result.suggestion)}`);
  return out.join("\n") + "\n";
}

/**
 * Output gathered and written a chunk of input at a time, each write awaited: the command never
 * runs ahead of a slow reader, and a failed write stops it at once.
 */
class Output {
  private pending = "";
  constructor(private readonly io: CliIo) {}

  write(text: string): void {
    this.pending += text;
  }

  async flush(): Promise<void> {
    if (this.pending === "") return;
    const text = this.pending;
    this.pending = "";
    await this.io.stdout(text);
  }
}

/**
 * The lines of stdin, a chunk's worth at a time, as soon as they are complete: `\n` or `\r\n`
 * ends a line, blank lines are skipped, and a line is kept to its first {@link JUDGED_LINE} code
 * units (the rest only counted). `beforeWait` runs whenever the next chunk is to be read, so that
 * output appears as input does. A failed read is a {@link StreamError}.
 */
async function* readLines(io: CliIo, beforeWait: () => Promise<void>): AsyncGenerator<Input[]> {
  const decoder = new TextDecoder();
  let text = "";
  let length = 0;
  let last = 0;
  const complete = (lines: Input[]): void => {
    // A carriage return before the line's end belongs to the end, even past the judged part.
    const crlf = last === 0x0d;
    const kept = crlf && length === text.length ? text.slice(0, -1) : text;
    const full = crlf ? length - 1 : length;
    text = "";
    length = 0;
    last = 0;
    if (full > 0) lines.push({ text: cut(kept, JUDGED_LINE), length: full });
  };
  const take = (piece: string): void => {
    if (piece === "") return;
    length += piece.length;
    last = piece.charCodeAt(piece.length - 1);
    // One unit more than judged, so that a cut can tell a whole pair from half of one.
    if (text.length <= JUDGED_LINE) text += piece.slice(0, JUDGED_LINE + 1 - text.length);
  };
  let stream: AsyncIterator<Uint8Array | string>;
  try {
    stream = io.stdin()[Symbol.asyncIterator]();
  } catch (error) {
    throw asStreamError("stdin", error);
  }
  try {
    for (;;) {
      await beforeWait();
      let next: IteratorResult<Uint8Array | string>;
      try {
        next = await stream.next();
      } catch (error) {
        throw asStreamError("stdin", error);
      }
      const lines: Input[] = [];
      if (next.done) {
        take(decoder.decode());
        complete(lines);
        yield lines;
        return;
      }
      const chunk = typeof next.value === "string" ? next.value : decoder.decode(next.value, { stream: true });
      let start = 0;
      for (let end = chunk.indexOf("\n"); end >= 0; end = chunk.indexOf("\n", start)) {
        take(chunk.slice(start, end));
        complete(lines);
        start = end + 1;
      }
      take(chunk.slice(start));
      yield lines;
    }
  } finally {
    // Stops the reading when the command stops early (a closed stdout): nothing more is wanted.
    await stream.return?.().catch(() => undefined);
  }
}

/** Any error of a stream as a {@link StreamError}, with the system's code when it has one. */
function asStreamError(stream: "stdin" | "stdout", error: unknown): StreamError {
  if (error instanceof StreamError) return error;
  const code =
    typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string" ? (error as { code: string }).code : undefined;
  return new StreamError(stream, code, error instanceof Error ? error.message : String(error));
}

/**
 * The operands as inputs, in order, a batch at a time: each argument, and for each "-" the lines
 * of stdin (read once; a second "-" finds it ended).
 */
async function* inputs(operands: readonly string[], io: CliIo, output: Output): AsyncGenerator<Input[]> {
  for (const operand of operands) {
    if (operand === "-") yield* readLines(io, () => output.flush());
    else yield [{ text: cut(operand, JUDGED_LINE), length: operand.length }];
  }
}

/** The known portals given by `--portals` and `--portals-file`, or `undefined` for none; a bad list is a usage error. */
function portalsOption(values: Map<string, string[]>, io: CliIo): PortalList | undefined {
  const named = values.get("--portals");
  const files = values.get("--portals-file");
  if (!named && !files) return undefined;
  const entries: unknown[] = [];
  for (const list of named ?? []) entries.push(...list.split(",").map((entry) => entry.trim()));
  for (const path of files ?? []) entries.push(...readPortalsFile(path, io));
  const portals = createPortalList(entries);
  if (portals.problems.length) throw new UsageError(`bad portals list:\n${portals.problems.map((problem) => `  ${problem.message}`).join("\n")}`);
  if (!portals.size) throw new UsageError("the portals list is empty: name at least one portal");
  return portals;
}

/** The most a portals file may hold, in bytes: a generous list of 100,000 IDs is well under it. */
const PORTALS_FILE_MAX = 1 << 25;

/**
 * The entries of a portals file: a JSON array when its first character (after blanks) is "[",
 * else one entry a line, blank lines and lines starting with "#" skipped.
 */
function readPortalsFile(path: string, io: CliIo): unknown[] {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read --portals-file ${visible(path)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (text.trimStart().startsWith("[")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`--portals-file ${visible(path)} is not valid JSON: ${(error as Error).message}`);
    }
    // Text that starts with "[" and parses is an array.
    return parsed as unknown[];
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/** The verdict on one input: its form, and when portals are known, whether it is one of them. */
function judge(text: string, portals: PortalList | undefined): Verdict & { readonly kind?: string | undefined } {
  if (!portals) return validatePortalSlug(text);
  // The known portals are slugs and IDs, so a value is judged as the `portal` field would be.
  const result = validatePortalRef(text);
  if (!result.valid) return result;
  const unknown = unknownPortalIssue(portals, text);
  return unknown ? { valid: false, kind: result.kind, issues: [unknown], ...(unknown.suggestion !== undefined && { suggestion: unknown.suggestion }) } : result;
}

async function check(args: string[], io: CliIo, output: Output, status: { code: number }): Promise<void> {
  const { flags, values, operands } = parseArgs(args, { flags: ["--json"], values: ["--portals", "--portals-file"] });
  const json = flags.has("--json");
  if (operands.length === 0) throw new UsageError("check needs at least one slug, or - to read them from stdin");
  const portals = portalsOption(values, io);
  let count = 0;
  for await (const batch of inputs(operands, io, output)) {
    for (const input of batch) {
      const result = judge(input.text, portals);
      if (!result.valid) status.code = 1;
      if (json) {
        // The array is written as it grows, in the layout JSON.stringify(results, null, 2) gives.
        const long = input.text.length > ECHOED;
        const entry = { input: long ? `${cut(input.text, ECHOED)}…` : input.text, ...(long && { inputLength: input.length }), ...result };
        output.write(`${count ? ",\n" : "[\n"}${asciiJson(entry).replace(/^/gm, "  ")}`);
      } else output.write(describe(input, result, io.color));
      count++;
    }
  }
  if (count === 0) throw new UsageError("stdin held no slugs: one a line, blank lines skipped");
  if (json) output.write("\n]\n");
}

async function suggest(args: string[], io: CliIo, output: Output, status: { code: number }): Promise<void> {
  const { operands } = parseArgs(args, { flags: [], values: [] });
  if (operands.length === 0) throw new UsageError("suggest needs the text to turn into a slug, or - to read texts from stdin");
  let count = 0;
  for await (const batch of inputs(operands, io, output)) {
    for (const { text } of batch) {
      count++;
      const suggestion = suggestPortalSlug(text);
      // One line an input, an empty one where there is no answer, so that the lines stay in step.
      output.write(`${suggestion ?? ""}\n`);
      if (suggestion !== undefined) continue;
      status.code = 1;
      io.stderr(`no slug can be made from "${visible(cut(text, ECHOED))}${text.length > ECHOED ? "…" : ""}": fewer than 3 letters or digits\n`);
    }
  }
  if (count === 0) throw new UsageError("stdin held no text: one a line, blank lines skipped");
}

/**
 * Runs the command with `argv` (without node and the script) and answers its exit status: 0
 * all valid, 1 some invalid, 2 a usage error or a stream that failed. A stdout closed by its
 * reader ends the command quietly, with the status of what was judged until then.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const output = new Output(io);
  const status = { code: 0 };
  try {
    // `--help` wins wherever it stands before a bare "--", whatever else the line holds.
    if (command === "-h" || splitAtEnd(argv)[0].includes("--help")) output.write(USAGE + "\n");
    else if (command === "--version") output.write(io.version + "\n");
    else if (command === "check") await check(rest, io, output, status);
    else if (command === "suggest") await suggest(rest, io, output, status);
    else throw new UsageError(command === undefined ? "no command given" : `unknown command "${visible(command)}"`);
    await output.flush();
    return status.code;
  } catch (error) {
    if (error instanceof UsageError) {
      // What was judged before the error is printed first: it was right.
      await output.flush().catch(() => undefined);
      say(io, `portal-slug: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (!(error instanceof StreamError)) throw error;
    if (error.stream === "stdout" && error.code === "EPIPE") return status.code;
    say(io, `portal-slug: cannot ${error.stream === "stdin" ? "read stdin" : "write to stdout"}: ${visible(error.message)}\n`);
    return 2;
  }
}

/** Writes to stderr whatever happens to it: a full disk must not turn a usage error into a crash. */
function say(io: CliIo, text: string): void {
  try {
    io.stderr(text);
  } catch {
    // Nowhere left to say it; the exit status still does.
  }
}

/** The process's own streams; colour follows https://no-color.org and the terminal. */
export function processIo(version: string): CliIo {
  const noColor = process.env["NO_COLOR"] !== undefined && process.env["NO_COLOR"] !== "";
  // Failed writes are answered through their callbacks; without a listener, the streams' error
  // events would end the process with a stack trace instead.
  process.stdout.on("error", () => undefined);
  process.stderr.on("error", () => undefined);
  return {
    stdout: (text) =>
      new Promise((resolve, reject) => {
        try {
          process.stdout.write(text, (error) => (error ? reject(asStreamError("stdout", error)) : resolve()));
        } catch (error) {
          // A file or a device is written synchronously, and a full one throws right here.
          reject(asStreamError("stdout", error));
        }
      }),
    stderr: (text) => void process.stderr.write(text, () => undefined),
    stdin: () => {
      // process.stdin reads a directory as an empty stream, so that stdin would seem to hold
      // nothing: say what it is, as reading a directory would.
      if (fstatSync(0).isDirectory()) throw new StreamError("stdin", "EISDIR", "EISDIR: illegal operation on a directory, read");
      return process.stdin;
    },
    readFile: (path) => {
      const { size } = statSync(path);
      if (size > PORTALS_FILE_MAX) throw new Error(`${size} bytes, more than the ${PORTALS_FILE_MAX} a portals file may hold`);
      return readFileSync(path, "utf8");
    },
    color: process.stdout.isTTY === true && !noColor,
    version,
  };
}
