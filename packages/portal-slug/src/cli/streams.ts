/**
 * Stdin and stdout as the commands use them: input read a line at a time in bounded memory,
 * output written a chunk at a time and awaited, and every failure of either as one
 * {@link StreamError}, so that the entry can say it in one line.
 */

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

/** Any error of a stream as a {@link StreamError}, with the system's code when it has one. */
export function asStreamError(stream: "stdin" | "stdout", error: unknown): StreamError {
  if (error instanceof StreamError) return error;
  const code =
    typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string" ? (error as { code: string }).code : undefined;
  return new StreamError(stream, code, error instanceof Error ? error.message : String(error));
}

/** The longest line judged, in UTF-16 code units: past it, a line is too long whatever it holds. */
export const JUDGED_LINE = 1 << 20;

/**
 * One input to judge: the text judged (a line cut to {@link JUDGED_LINE}) and how long the input
 * really was, in UTF-16 code units.
 */
export interface Input {
  readonly text: string;
  readonly length: number;
}

/** `text` cut to `max` code units, never between the halves of a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const high = text.charCodeAt(max - 1);
  return text.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 1 : max);
}

/**
 * Output gathered and written a chunk of input at a time, each write awaited: the command never
 * runs ahead of a slow reader, and a failed write stops it at once.
 */
export class Output {
  private pending = "";
  constructor(private readonly stdout: (text: string) => void | Promise<void>) {}

  /** Adds `text` to what the next {@link flush} writes. */
  write(text: string): void {
    this.pending += text;
  }

  /** Writes what was gathered, and waits until it is written. */
  async flush(): Promise<void> {
    if (this.pending === "") return;
    const text = this.pending;
    this.pending = "";
    await this.stdout(text);
  }
}

/** Where the chunks of stdin come from: bytes (read as UTF-8) or text. */
export type Stdin = () => AsyncIterable<Uint8Array | string>;

/**
 * The lines of stdin, a chunk's worth at a time, as soon as they are complete: `\n` or `\r\n`
 * ends a line, blank lines are skipped unless `keepBlank`, and a line is kept to its first {@link JUDGED_LINE} code
 * units (the rest only counted). `beforeWait` runs whenever the next chunk is to be read, so that
 * output appears as input does. A failed read is a {@link StreamError}.
 */
async function* readLines(stdin: Stdin, beforeWait: () => Promise<void>, keepBlank: boolean): AsyncGenerator<Input[]> {
  const decoder = new TextDecoder();
  let text = "";
  let length = 0;
  let last = 0;
  /** Ends the line read so far: at a line's end (`ended`), or at the input's, where nothing after the last line's end is no line. */
  const complete = (lines: Input[], ended: boolean): void => {
    // A carriage return before the line's end belongs to the end, even past the judged part.
    const crlf = last === 0x0d;
    const kept = crlf && length === text.length ? text.slice(0, -1) : text;
    const full = crlf ? length - 1 : length;
    text = "";
    length = 0;
    last = 0;
    if (full > 0 || (keepBlank && ended)) lines.push({ text: cut(kept, JUDGED_LINE), length: full });
  };
  const take = (piece: string): void => {
    if (piece === "") return;
    length += piece.length;
    last = piece.charCodeAt(piece.length - 1);
    // One unit more than judged, so that a cut can tell a whole pair from half of one.
    // Stryker disable next-line ConditionalExpression,MethodExpression,ArithmeticOperator: equivalent, keeping more of a line (or nothing more once it holds JUDGED_LINE + 1 units) only costs memory: the line is cut to JUDGED_LINE all the same, and its length counted apart
    if (text.length <= JUDGED_LINE) text += piece.slice(0, JUDGED_LINE + 1 - text.length);
  };
  let stream: AsyncIterator<Uint8Array | string>;
  try {
    stream = stdin()[Symbol.asyncIterator]();
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
        complete(lines, false);
        yield lines;
        return;
      }
      const chunk = typeof next.value === "string" ? next.value : decoder.decode(next.value, { stream: true });
      let start = 0;
      for (let end = chunk.indexOf("\n"); end >= 0; end = chunk.indexOf("\n", start)) {
        take(chunk.slice(start, end));
        complete(lines, true);
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

/**
 * The operands as inputs, in order, a batch at a time: each argument, and for each "-" the lines
 * of stdin (read once; a second "-" finds it ended), its blank lines skipped or kept as
 * `blankLines` says (a command that answers every line keeps them). What `output` gathered is
 * written before stdin is waited on.
 */
export async function* inputs(operands: readonly string[], stdin: Stdin, output: Output, blankLines: "skip" | "keep"): AsyncGenerator<Input[]> {
  for (const operand of operands) {
    if (operand === "-") yield* readLines(stdin, () => output.flush(), blankLines === "keep");
    else yield [{ text: cut(operand, JUDGED_LINE), length: operand.length }];
  }
}
