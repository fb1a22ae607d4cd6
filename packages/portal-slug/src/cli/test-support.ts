/**
 * For the CLI's unit tests: the command run in-process, with stdin given whole or in chunks and
 * what it writes kept. Not part of the build.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runCli, type CliIo } from "./index.js";

/** What a run of the command left: its exit status and what it wrote. */
export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** How a test run is given its input. */
export interface RunOptions {
  /** Stdin, whole or as the chunks it arrives in. */
  readonly stdin?: string | (string | Uint8Array)[];
  readonly color?: boolean;
  /** The working directory; the test's own when not given. */
  readonly cwd?: string;
  /** What `--portals-file` can read, by path. */
  readonly files?: Record<string, string>;
  /** What `--portals-file` can import, by path: each a function that answers the module's namespace, or throws as its import would. */
  readonly modules?: Record<string, () => Record<string, unknown>>;
}

/** Runs the CLI in-process and keeps what it wrote. */
export async function cli(argv: string[], options: RunOptions = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const chunks = typeof options.stdin === "string" ? [options.stdin] : (options.stdin ?? []);
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdin: async function* () {
      yield* chunks;
    },
    readFile: (path) => {
      const text = options.files?.[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    importModule: async (path) => {
      const load = options.modules?.[path];
      if (!load) throw Object.assign(new Error(`Cannot find module '${path}'`), { code: "ERR_MODULE_NOT_FOUND" });
      return load();
    },
    color: options.color ?? false,
    cwd: options.cwd ?? process.cwd(),
    version: "9.9.9",
  };
  const status = await runCli(argv, io);
  return { status, stdout, stderr };
}

/** The installed command's script, which runs the built CLI as a process. */
export const bin = fileURLToPath(new URL("../../bin/portal-slug.js", import.meta.url));

/** Runs the installed command with one of its standard streams opened on `path`, the others piped. */
export function withStream(args: string[], fd: 0 | 1 | 2, path: string, flags: "r" | "w"): SpawnSyncReturns<string> {
  const opened = openSync(path, flags);
  try {
    const stdio: ("pipe" | number)[] = ["pipe", "pipe", "pipe"];
    stdio[fd] = opened;
    return spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", stdio, input: fd === 0 ? undefined : "" });
  } finally {
    closeSync(opened);
  }
}
