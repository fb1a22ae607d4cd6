/**
 * What the command reads and writes, as one object: the process's own streams and files in use,
 * anything else in tests, so that the commands run in-process and every failure can be given.
 */
import { fstatSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { StreamError, asStreamError } from "./streams.js";

/**
 * Where the command reads and writes, and whether it may colour: injected so that tests run it
 * in-process. A stream that fails throws (or rejects with) a {@link StreamError}.
 */
export interface CliIo {
  /** Writes to stdout; the command waits for the promise, if any, before it writes more. */
  readonly stdout: (text: string) => void | Promise<void>;
  /**
   * Writes to stderr, at best: a message that cannot be written is lost, and the status stays.
   * A command that says something for every line of its input waits for the promise, if any,
   * so that a slow reader of stderr holds it back rather than the process's memory growing.
   */
  readonly stderr: (text: string) => void | Promise<void>;
  /** The chunks of stdin as they arrive: bytes (read as UTF-8) or text. */
  readonly stdin: () => AsyncIterable<Uint8Array | string>;
  /** The whole text of a file, for `--portals-file`; throws when it cannot be read. */
  readonly readFile: (path: string) => string;
  /** The namespace of the module at `path` (relative to the working directory), for `--portals-file`; rejects when it cannot be imported. */
  readonly importModule: (path: string) => Promise<Record<string, unknown>>;
  readonly color: boolean;
  /** The working directory: where `fix` finds ESLint and its config, and what the paths it prints are relative to. */
  readonly cwd: string;
  /** The package's version, for `--version`. */
  readonly version: string;
}

/** The most a portals file may hold, in bytes: a generous list of 100,000 IDs is well under it. */
export const PORTALS_FILE_MAX = 1 << 25;

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
    stderr: (text) =>
      new Promise((resolve) => {
        try {
          process.stderr.write(text, () => resolve());
        } catch {
          resolve();
        }
      }),
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
    importModule: async (path) => (await import(pathToFileURL(resolve(path)).href)) as Record<string, unknown>,
    color: process.stdout.isTTY === true && !noColor,
    cwd: process.cwd(),
    version,
  };
}
