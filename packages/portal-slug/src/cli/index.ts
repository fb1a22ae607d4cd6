/**
 * The `portal-slug` command's entry: which command runs, and how its end becomes an exit status
 * and, on failure, one line on stderr. Every verdict comes from the same functions a user
 * imports, so the command and the library can never disagree.
 */
import { visible } from "../text.js";
import { UsageError, splitAtEnd } from "./arguments.js";
import { check } from "./check.js";
import { Failure } from "./failure.js";
import { fix } from "./fix.js";
import type { CliIo } from "./io.js";
import { Output, StreamError } from "./streams.js";
import { suggest } from "./suggest.js";

export { processIo, type CliIo } from "./io.js";
export { StreamError } from "./streams.js";

const USAGE = `Usage:
  portal-slug check [--json] [--portals <a,b,…>] [--portals-file <file>] <slug...>
                                         check slugs; "-" reads one per line from stdin
  portal-slug suggest <text...>          print the slug each text most likely meant, one a line;
                                         "-" reads one text per line from stdin
  portal-slug fix [--dry-run] [<path...>]
                                         apply the ESLint plugin's suggestions where a report has
                                         exactly one, linting with the project's own ESLint and
                                         config; --dry-run prints a unified diff and writes nothing
  portal-slug --help | --version

--portals names the workspace's portals (slugs and pc_ IDs, comma-separated), --portals-file
reads them from a file: a module (.js, .mjs, .cjs) exporting "portals" or a default, a JSON
array, or one a line. A well-formed value that is none of them is reported with the closest one.

Options start with "--"; after a bare "--" every argument is a slug or text, even "--portal".

Exit status: 0 all valid, 1 some invalid or unknown (or no suggestion; for fix, some report
left), 2 usage or I/O error (for fix, also a file that does not parse, is read-only or changed).
Colour on a terminal only, never when NO_COLOR is set.`;

/**
 * Runs the command with `argv` (without node and the script) and answers its exit status: 0
 * all valid, 1 some invalid, 2 a usage error or a stream that failed. A stdout closed by its
 * reader ends the command quietly, with the status of what was judged until then.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const output = new Output(io.stdout);
  const status = { code: 0 };
  try {
    // `--help` wins wherever it stands before a bare "--", whatever else the line holds.
    if (command === "-h" || splitAtEnd(argv)[0].includes("--help")) output.write(USAGE + "\n");
    else if (command === "--version") output.write(io.version + "\n");
    else if (command === "check") await check(rest, io, output, status);
    else if (command === "suggest") await suggest(rest, io, output, status);
    else if (command === "fix") await fix(rest, io, output, status);
    else throw new UsageError(`${command === undefined ? "Missing a command" : `"${visible(command)}" is not a command`}: use check, suggest or fix`);
    await output.flush();
    return status.code;
  } catch (error) {
    if (error instanceof UsageError) {
      // What was judged before the error is printed first: it was right.
      await output.flush().catch(() => undefined);
      say(io, `portal-slug: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof Failure) {
      await output.flush().catch(() => undefined);
      for (const line of error.lines) say(io, `portal-slug: ${line}\n`);
      return 2;
    }
    if (!(error instanceof StreamError)) throw error;
    if (error.stream === "stdout" && error.code === "EPIPE") return status.code;
    say(io, `portal-slug: Cannot ${error.stream === "stdin" ? "read stdin" : "write to stdout"}: ${visible(error.message)}\n`);
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
