// Lint examples: a block flagged `lint` is linted in the project with the project's ESLint, and
// each report is held to the carets under the line it is on (see annotations.ts). The config is
// the page's eslint.config.* when it wrote one, otherwise the plain TypeScript setup the
// getting-started page shows first (DEFAULT_CONFIG).
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { restate, type Annotation, type Restatement } from "./annotations.js";
import { eslint } from "./linters.js";
import type { Block, BlockOutcome, Problem } from "./model.js";

/** The config a `lint` block is linted with when its page wrote none: typescript-eslint's parser and the plugin's recommended config. */
export const DEFAULT_CONFIG = `import portalSlug from "eslint-plugin-portal-slug";
import tseslint from "typescript-eslint";

export default [tseslint.configs.base, portalSlug.configs.recommended];
`;

/** The flat config file names ESLint finds by itself. */
export const FLAT_CONFIG = /^eslint\.config\.(?:js|mjs|cjs|ts|mts|cts)$/;

/** Whether the project has a flat config ESLint would find. */
function hasFlatConfig(project: string): boolean {
  return ["js", "mjs", "cjs", "ts", "mts", "cts"].some((ext) => existsSync(join(project, `eslint.config.${ext}`)));
}

/**
 * Lints a `lint` block (its title, or `src/docs-example.<lang>` while it is linted) and compares
 * the reports with its carets. `defaultConfig` is the path of a file holding DEFAULT_CONFIG where
 * its imports resolve.
 */
export async function checkLintExample(project: string, block: Block, annotations: readonly Annotation[], defaultConfig: string): Promise<BlockOutcome> {
  const at = block.line + 1;
  const file = block.title ?? `src/docs-example.${block.lang}`;
  const path = join(project, file);
  if (!block.title) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, block.code);
  }
  try {
    const run = await eslint(project, [...(hasFlatConfig(project) ? [] : ["--config", defaultConfig]), file]);
    if (run.status !== 0 && run.status !== 1)
      return { problems: [{ line: block.line, message: `ESLint stopped (exit ${run.status}):\n${run.stderr.trim()}` }] };
    const problems: Problem[] = [];
    const restated: Restatement[] = [];
    const given = new Set<string>();
    const key = (line: number, column: number, endColumn: number, text: string, suggestions: readonly string[]) =>
      JSON.stringify([line, column, endColumn, text, suggestions]);
    for (const report of run.reports.filter((report) => report.file === file)) {
      if (report.ruleId === null) {
        problems.push({ line: at + report.line - 1, message: `ESLint cannot lint the block: ${report.message}` });
        continue;
      }
      if (report.endLine !== report.line) {
        problems.push({
          line: at + report.line - 1,
          message: `a report spanning lines ${report.line}-${report.endLine} cannot be marked with carets: ${report.message}`,
        });
        continue;
      }
      const mark: Restatement = {
        kind: "report",
        target: report.line - 1,
        column: report.column - 1,
        endColumn: report.endColumn - 1,
        text: report.message,
        suggestions: report.suggestions,
      };
      restated.push(mark);
      given.add(key(mark.target, mark.column ?? 0, mark.endColumn ?? 0, mark.text, report.suggestions));
    }
    const stated = annotations.filter((annotation) => annotation.kind === "report");
    const said = new Set(
      stated.map((annotation) => key(annotation.target, annotation.column ?? 0, annotation.endColumn ?? 0, annotation.text, annotation.suggestions ?? [])),
    );
    let changed = false;
    for (const mark of restated) {
      if (!said.has(key(mark.target, mark.column ?? 0, mark.endColumn ?? 0, mark.text, mark.suggestions ?? []))) {
        changed = true;
        const suggestions = (mark.suggestions ?? []).map((suggestion) => `\n  💡 ${suggestion}`).join("");
        problems.push({
          line: at + mark.target,
          message: `ESLint reports, at columns ${(mark.column ?? 0) + 1}-${(mark.endColumn ?? 0) + 1}: ${mark.text}${suggestions}`,
        });
      }
    }
    for (const annotation of stated) {
      if (!given.has(key(annotation.target, annotation.column ?? 0, annotation.endColumn ?? 0, annotation.text, annotation.suggestions ?? []))) {
        changed = true;
        problems.push({ line: at + annotation.first, message: `ESLint does not report this here: ${annotation.text}` });
      }
    }
    if (!changed) return { problems };
    const { code, unplaced } = restate(block.code, ["report"], restated);
    for (const mark of unplaced)
      problems.push({ line: at + mark.target, message: `carets cannot be drawn under column ${(mark.column ?? 0) + 1}, left of the comment's own //` });
    return { problems, updated: code };
  } finally {
    if (!block.title) rmSync(path, { force: true });
  }
}
