// Biome's own CLI (the test package's @biomejs/biome 2.6.8) and its JSON reporter read into
// ESLint's lines and columns, for every test that runs the Biome plugin as a user runs it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanEnv, runCommand, type Finished } from "./process.js";
import { packages, root } from "./workspace.js";

/** Biome's command, as the test package installs it. */
export const BIOME = join(root, "test", "node_modules", ".bin", "biome");

/** The plugin file the package ships, as the build writes it. */
export const GRIT_PLUGIN = join(packages["eslint-plugin-portal-slug"] as string, "biome", "portal-slug.grit");

/** One diagnostic of Biome's, with 1-based lines and columns (end exclusive) in UTF-16 units, as ESLint counts them. */
export interface BiomeReport {
  /** The file, relative to the folder Biome ran in, with `/`. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** `plugin` for a plugin's report, `parse` for a file that does not parse, `lint/…` for Biome's own rules. */
  readonly category: string;
  readonly message: string;
}

/** A run of `biome lint`: its diagnostics, its exit status and what it wrote. */
export interface BiomeRun extends Finished {
  readonly reports: readonly BiomeReport[];
}

interface BiomeJson {
  diagnostics: {
    category: string;
    message: string;
    location: { path?: string; start?: { line: number; column: number }; end?: { line: number; column: number } };
  }[];
}

/** The UTF-16 column of a 1-based column that Biome counts in code points, on line `line` of `text`. */
function utf16Column(text: string, line: number, column: number): number {
  const lineText = text.split("\n")[line - 1] ?? "";
  return [...lineText].slice(0, column - 1).join("").length + 1;
}

/**
 * Runs `biome lint` (the test package's, or `bin`) with the JSON reporter in `cwd` (its
 * biome.json) on `args`, and reads every diagnostic; the JSON is empty when Biome stops before
 * linting (a biome.json or a plugin that does not load).
 */
export async function biomeLint(cwd: string, args: readonly string[] = ["."], bin: string = BIOME): Promise<BiomeRun> {
  const run = await runCommand(bin, ["lint", "--reporter=json", "--max-diagnostics=none", ...args], { cwd, env: cleanEnv({ NO_COLOR: "1" }) });
  const json = run.stdout.trim() ? (JSON.parse(run.stdout) as BiomeJson) : { diagnostics: [] };
  const texts = new Map<string, string>();
  const textOf = (file: string): string => texts.get(file) ?? (texts.set(file, readFileSync(join(cwd, file), "utf8")), texts.get(file) as string);
  const reports = json.diagnostics.map(({ category, message, location: { path = "", start, end } }): BiomeReport => {
    const [line, endLine] = [start?.line ?? 0, end?.line ?? start?.line ?? 0];
    const text = path && start ? textOf(path) : "";
    return {
      file: path,
      line,
      column: start ? utf16Column(text, line, start.column) : 0,
      endLine,
      endColumn: end ? utf16Column(text, endLine, end.column) : 0,
      category,
      message,
    };
  });
  return { ...run, reports };
}

/** One diagnostic of Biome's rdjson reporter: where it starts (Biome's 1-based line and column), its words, and the edits of the fix shown under it. */
export interface BiomeFixedReport {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** The edits of the fix Biome shows under this report (none: the report is not fixable), each as the text it writes at a range. */
  readonly fix: readonly { readonly line: number; readonly column: number; readonly endLine: number; readonly endColumn: number; readonly text: string }[];
}

interface RdJson {
  diagnostics?: {
    message: string;
    location: { path: string; range: { start: { line: number; column: number } } };
    suggestions?: { range: { start: { line: number; column: number }; end: { line: number; column: number } }; text: string }[];
  }[];
}

/**
 * Runs `biome lint` with the rdjson reporter, the one of Biome's reporters that tells which
 * report a fix is shown under (its JSON reporter leaves fixes out), and reads each report with
 * the edits of its fix, in Biome's order.
 */
export async function biomeFixes(cwd: string, args: readonly string[] = ["."]): Promise<BiomeFixedReport[]> {
  const run = await runCommand(BIOME, ["lint", "--reporter=rdjson", "--max-diagnostics=none", ...args], { cwd, env: cleanEnv({ NO_COLOR: "1" }) });
  const json = JSON.parse(run.stdout) as RdJson;
  return (json.diagnostics ?? []).map(({ message, location: { path, range }, suggestions = [] }) => ({
    file: path,
    line: range.start.line,
    column: range.start.column,
    message,
    fix: suggestions.map(({ range: { start, end }, text }) => ({ line: start.line, column: start.column, endLine: end.line, endColumn: end.column, text })),
  }));
}
