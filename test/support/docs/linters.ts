// The linters a docs page is tried with, each run as a user runs it in the project, and their
// reports read into one shape: ESLint (the project's own, flat config), ESLint 8 for an eslintrc
// config, oxlint, and deno lint.
import { readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { denoEnv, readDenoJson } from "../deno.js";
import { cleanEnv, runCommand } from "../process.js";
import { root } from "../workspace.js";

/** One report, with 1-based lines and columns (end exclusive), as ESLint gives them. */
export interface Report {
  /** The file, relative to the project, with `/`. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** `portal-slug/valid-slug`, or null for a fatal (parsing) error. */
  readonly ruleId: string | null;
  readonly message: string;
  readonly suggestions: readonly string[];
}

/** A linter's run: its reports, its exit status and what it wrote to stderr. */
export interface LintRun {
  readonly reports: readonly Report[];
  readonly status: number | null;
  readonly stderr: string;
}

interface EslintJson {
  filePath: string;
  messages: {
    ruleId: string | null;
    line?: number;
    column?: number;
    endLine?: number;
    endColumn?: number;
    message: string;
    suggestions?: { desc: string }[];
  }[];
}

/** Reads ESLint's JSON formatter output, or says what ESLint wrote instead. */
function eslintReports(project: string, stdout: string): Report[] {
  const results = JSON.parse(stdout || "[]") as EslintJson[];
  return results.flatMap((result) =>
    result.messages.map((message) => ({
      file: relative(project, result.filePath).split(sep).join("/"),
      line: message.line ?? 0,
      column: message.column ?? 0,
      endLine: message.endLine ?? message.line ?? 0,
      endColumn: message.endColumn ?? message.column ?? 0,
      ruleId: message.ruleId,
      message: message.message,
      suggestions: (message.suggestions ?? []).map((suggestion) => suggestion.desc),
    })),
  );
}

async function eslintWith(bin: string, project: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<LintRun> {
  const run = await runCommand(process.execPath, [bin, "-f", "json", ...args], { cwd: project, env: cleanEnv(env) });
  if (run.status !== 0 && run.status !== 1) return { reports: [], status: run.status, stderr: run.stderr || run.stdout };
  return { reports: eslintReports(project, run.stdout), status: run.status, stderr: run.stderr };
}

/** The project's ESLint (flat config: its eslint.config.*, or `--config` in `args`). */
export function eslint(project: string, args: readonly string[]): Promise<LintRun> {
  return eslintWith(join(project, "node_modules", "eslint", "bin", "eslint.js"), project, args, {});
}

/**
 * ESLint 8.57 with eslintrc, for a page's `.eslintrc.*` (ESLint 10 has no eslintrc): the
 * repository's copy, run in the project, so that it loads the project's plugin and parser as a
 * user's ESLint 8 would.
 */
export function eslintrc(project: string, args: readonly string[]): Promise<LintRun> {
  return eslintWith(join(root, "test", "node_modules", "eslint8", "bin", "eslint.js"), project, args, { ESLINT_USE_FLAT_CONFIG: "false" });
}

/** Line and column (1-based) of a string offset. */
function position(text: string, index: number): [number, number] {
  const before = text.slice(0, index).split("\n");
  return [before.length, (before.at(-1) as string).length + 1];
}

/** The project's oxlint, with its JSON output read into ESLint's lines and columns. */
export async function oxlint(project: string, args: readonly string[]): Promise<LintRun> {
  const run = await runCommand(join(project, "node_modules", ".bin", "oxlint"), ["-f", "json", ...args], { cwd: project });
  if (run.status !== 0 && run.status !== 1) return { reports: [], status: run.status, stderr: run.stderr || run.stdout };
  const { diagnostics } = JSON.parse(run.stdout) as {
    diagnostics: { message: string; code?: string; filename: string; labels: { span: { offset: number; length: number } }[] }[];
  };
  const reports = diagnostics.map((diagnostic): Report => {
    const text = readFileSync(join(project, diagnostic.filename), "utf8");
    // oxlint counts UTF-8 bytes; ESLint, UTF-16 units.
    const bytes = Buffer.from(text);
    const { offset = 0, length = 0 } = diagnostic.labels[0]?.span ?? {};
    const [line, column] = position(text, bytes.subarray(0, offset).toString().length);
    const [endLine, endColumn] = position(text, bytes.subarray(0, offset + length).toString().length);
    // oxlint names a plugin's rule `portal-slug(valid-slug)`; a parse error has no code.
    const rule = /^([\w-]+)\(([\w-]+)\)$/.exec(diagnostic.code ?? "");
    return {
      file: diagnostic.filename,
      line,
      column,
      endLine,
      endColumn,
      ruleId: rule ? `${rule[1]}/${rule[2]}` : (diagnostic.code ?? null),
      message: diagnostic.message,
      suggestions: [],
    };
  });
  return { reports, status: run.status, stderr: run.stderr };
}

/**
 * The project's deno lint (the `deno` package's), with its JSON output read into ESLint's lines
 * and columns: the plugin's reports, and each file Deno could not lint as a fatal one.
 */
export async function deno(project: string, args: readonly string[]): Promise<LintRun> {
  const run = await runCommand(join(project, "node_modules", ".bin", "deno"), ["lint", "--json", ...args], { cwd: project, env: denoEnv() });
  const output = readDenoJson(run.stdout, project);
  // Deno prints no JSON when it stops before linting: a plugin that does not load, say.
  if (!output) return { reports: [], status: run.status === 0 ? 2 : run.status, stderr: run.stderr || run.stdout };
  const reports = [
    ...output.reports.map(({ code, hint, ...place }): Report => ({ ...place, ruleId: code, suggestions: hint === null ? [] : [hint] })),
    ...output.errors.map(({ file, message }): Report => ({ file, line: 0, column: 0, endLine: 0, endColumn: 0, ruleId: null, message, suggestions: [] })),
  ];
  return { reports, status: run.status, stderr: run.stderr };
}
