/**
 * Deno's own `deno lint`, from the `deno` package of the test workspace, for the tests and docs
 * that run the plugin under it: where its binary is (or why it cannot run here), and its JSON
 * output read as ESLint's lines and columns, so that its reports compare with ESLint's.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Line } from "./example-lints.js";
import { cleanEnv, runCommand } from "./process.js";

const require = createRequire(import.meta.url);

/** Deno's binary, or why there is none that runs on this machine. */
export type DenoBinary = { readonly path: string; readonly version: string } | { readonly unavailable: string };

/**
 * The binary of the `deno` package the test workspace installs. It ships in a package of its
 * platform (`@deno/linux-x64-glibc`), which is found the way deno's own `bin.cjs` finds it,
 * without its install script, which only copies it; the answer says why when it cannot run. A
 * workspace without the `deno` package itself is installed wrong, and throws: that is no reason
 * to skip.
 */
export function findDeno(): DenoBinary {
  const platform = `${process.platform === "win32" ? "win32" : process.platform}-${process.arch}${process.platform === "linux" ? "-glibc" : ""}`;
  const denoPackage = dirname(realpathSync(require.resolve("deno/package.json")));
  let path: string;
  try {
    const binary = dirname(require.resolve(`@deno/${platform}/package.json`, { paths: [denoPackage] }));
    path = join(binary, process.platform === "win32" ? "deno.exe" : "deno");
  } catch (error) {
    return { unavailable: `the deno package has no binary for ${platform} here (${(error as Error).message.split("\n")[0]})` };
  }
  try {
    const version = /^deno (\S+)/.exec(execFileSync(path, ["--version"], { encoding: "utf8", env: cleanEnv() }))?.[1];
    return version ? { path, version } : { unavailable: `${path} --version printed no version` };
  } catch (error) {
    return { unavailable: `${path} cannot run here: ${(error as Error).message.split("\n")[0]}` };
  }
}

/** What `deno lint --json` prints. */
interface DenoJson {
  readonly diagnostics: readonly {
    readonly filename: string;
    readonly range: { readonly start: { readonly bytePos: number }; readonly end: { readonly bytePos: number } };
    readonly message: string;
    readonly code: string;
    readonly hint: string | null;
  }[];
  readonly errors: readonly { readonly file_path: string; readonly message: string }[];
}

/** A report of the plugin's, as ESLint would place it: lines and columns from 1, columns in UTF-16 units, the end exclusive. */
export interface DenoReport {
  /** The file, from the project, with `/`. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** `portal-slug/valid-slug`. */
  readonly code: string;
  readonly message: string;
  readonly hint: string | null;
}

/** What `deno lint --json` said: the plugin's reports (Deno's own rules left out) and the files Deno could not lint. */
export interface DenoOutput {
  readonly reports: DenoReport[];
  /** The rule of each report of Deno's own rules (`no-octal`), in Deno's order. */
  readonly builtIn: string[];
  /** Each with its path from the project and what Deno said. */
  readonly errors: { readonly file: string; readonly message: string }[];
}

/** ESLint's line breaks: each ends a line, and `\r\n` is one. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/** ESLint's line and column (both from 1, the column in UTF-16 units) of the UTF-8 byte offset `byte` of `text`. */
export function eslintPosition(text: string, byte: number): [line: number, column: number] {
  const before = Buffer.from(text).subarray(0, byte).toString();
  const lines = before.split(LINE_BREAK);
  return [lines.length, (lines.at(-1) as string).length + 1];
}

/** Reads what `deno lint --json` printed in `project`; `undefined` when it printed no JSON (Deno stopped before linting). */
export function readDenoJson(stdout: string, project: string): DenoOutput | undefined {
  let output: DenoJson;
  try {
    output = JSON.parse(stdout) as DenoJson;
  } catch {
    return undefined;
  }
  const path = (file: string) => relative(project, file).split(sep).join("/");
  const reports = output.diagnostics
    .filter(({ code }) => code.startsWith("portal-slug/"))
    .map(({ filename, range, code, message, hint }): DenoReport => {
      const file = fileURLToPath(filename);
      // Deno's columns count code points from 0; its byte offsets say the place exactly.
      const text = readFileSync(file, "utf8");
      const [line, column] = eslintPosition(text, range.start.bytePos);
      const [endLine, endColumn] = eslintPosition(text, range.end.bytePos);
      return { file: path(file), line, column, endLine, endColumn, code, message, hint };
    });
  const builtIn = output.diagnostics.filter(({ code }) => !code.startsWith("portal-slug/")).map(({ code }) => code);
  return { reports, builtIn, errors: output.errors.map(({ file_path, message }) => ({ file: path(file_path), message })) };
}

/** One run of `deno lint --json`: the plugin's reports as ESLint's lines, their rules and hints, Deno's errors, the exit status. */
export interface DenoLint {
  readonly status: number | null;
  readonly stderr: string;
  /** The plugin's reports, in the order of files and places, as ESLint would give them (built-in rules left out). */
  readonly lines: Line[];
  /** Each of those reports' rule and hint, in the same order. */
  readonly rules: { readonly code: string; readonly hint: string | null }[];
  /** The rule of each report of Deno's own rules. */
  readonly builtIn: string[];
  /** The files Deno could not lint, each with its path from the project and what Deno said. */
  readonly errors: { readonly file: string; readonly message: string }[];
}

/** The environment `deno` runs in: its cache in `denoDir`, no colour, no update check (which would go to the network). */
export const denoEnv = (denoDir?: string): NodeJS.ProcessEnv => cleanEnv({ ...(denoDir && { DENO_DIR: denoDir }), NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" });

/** Runs `deno lint --json` with `args` in `project` (Deno's cache in `denoDir`), and reads what it printed. */
export async function denoLint(deno: string, project: string, denoDir: string, args: readonly string[] = []): Promise<DenoLint> {
  const run = await runCommand(deno, ["lint", "--json", ...args], { cwd: project, env: denoEnv(denoDir) });
  const { reports, builtIn, errors } = readDenoJson(run.stdout, project) ?? { reports: [], builtIn: [], errors: [] };
  return {
    status: run.status,
    stderr: run.stderr,
    lines: reports.map(({ file, line, column, endLine, endColumn, message }): Line => [file, line, column, endLine, endColumn, message]),
    rules: reports.map(({ code, hint }) => ({ code, hint })),
    builtIn,
    errors,
  };
}
