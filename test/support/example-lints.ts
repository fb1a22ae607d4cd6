/**
 * The example projects linted by the real tools, ESLint's and oxlint's own commands with their
 * JSON formatters, each report as both can say it: the file, the range and the message. The
 * oxlint test compares the two; the message test holds both to docs/messages.md.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** A report as both tools can say it: the file, the range (1-based lines and columns, end exclusive) and the message. */
export type Line = [file: string, line: number, column: number, endLine: number, endColumn: number, message: string];

interface Run {
  status: number | null;
  stdout: string;
}

const run = (command: string, args: string[], cwd: string): Promise<Run> =>
  new Promise((resolve) => {
    execFile(command, args, { cwd, encoding: "utf8", maxBuffer: 16 << 20 }, (error, stdout) => {
      resolve({ status: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout });
    });
  });

/** Line and column (1-based) of a string offset. */
function position(text: string, index: number): [number, number] {
  const before = text.slice(0, index).split("\n");
  return [before.length, (before.at(-1) as string).length + 1];
}

/** The reports ESLint gives the example project at `example`, with `eslint -f json .`, and its exit status. */
export async function eslintLines(example: string): Promise<{ status: number | null; lines: Line[] }> {
  const { status, stdout } = await run(process.execPath, ["node_modules/eslint/bin/eslint.js", "-f", "json", "."], example);
  const results = JSON.parse(stdout) as {
    filePath: string;
    messages: { line: number; column: number; endLine: number; endColumn: number; message: string }[];
  }[];
  const lines = results.flatMap(({ filePath, messages }) =>
    messages.map((m): Line => [relative(example, filePath).split(sep).join("/"), m.line, m.column, m.endLine, m.endColumn, m.message]),
  );
  return { status, lines };
}

/** The reports oxlint gives it, with `oxlint -c .oxlintrc.json -f json .`, ranges turned into ESLint's lines and columns. */
export async function oxlintLines(example: string): Promise<{ status: number | null; lines: Line[] }> {
  const { status, stdout } = await run(join(example, "node_modules", ".bin", "oxlint"), ["-c", ".oxlintrc.json", "-f", "json", "."], example);
  const { diagnostics } = JSON.parse(stdout) as {
    diagnostics: { message: string; filename: string; labels: { span: { offset: number; length: number } }[] }[];
  };
  const lines = diagnostics.map(({ message, filename, labels }): Line => {
    const text = readFileSync(join(example, filename), "utf8");
    // oxlint counts UTF-8 bytes; ESLint, UTF-16 units.
    const bytes = Buffer.from(text);
    const { offset, length } = (labels[0] as { span: { offset: number; length: number } }).span;
    const start = bytes.subarray(0, offset).toString().length;
    const end = bytes.subarray(0, offset + length).toString().length;
    return [filename, ...position(text, start), ...position(text, end), message];
  });
  // oxlint lints on threads and prints in the order they finish.
  lines.sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1] || a[2] - b[2]);
  return { status, lines };
}
