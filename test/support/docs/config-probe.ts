// Every config a page writes must lint something: once the page has written the files that go
// with it, a file that sends a bad slug (and a bad scope) is added to the project and the project
// is linted as a user lints it. The config fails when any file cannot be linted (a parsing error:
// the config does not fit the project) or when the plugin reports nothing on that file.
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FLAT_CONFIG } from "./lint-example.js";
import { deno, eslint, eslintrc, oxlint, type LintRun } from "./linters.js";

/** Whether a file a page writes is a linter config, and which linter reads it. */
export function configKind(file: string): "eslint" | "eslintrc" | "oxlint" | "deno" | undefined {
  if (FLAT_CONFIG.test(file)) return "eslint";
  if (/^\.eslintrc(?:\.(?:js|cjs|json|ya?ml))?$/.test(file)) return "eslintrc";
  if (file === ".oxlintrc.json") return "oxlint";
  if (/^deno\.jsonc?$/.test(file)) return "deno";
  return undefined;
}

/** Each linter as the probe runs it on the whole project, and as its problems name it. */
const LINTERS = {
  eslint: { run: (project: string) => eslint(project, ["."]), name: "ESLint" },
  eslintrc: { run: (project: string) => eslintrc(project, ["."]), name: "ESLint 8 (eslintrc)" },
  oxlint: { run: (project: string) => oxlint(project, ["."]), name: "oxlint" },
  deno: { run: (project: string) => deno(project, []), name: "deno lint" },
} satisfies Record<string, { run: (project: string) => Promise<LintRun>; name: string }>;

/** The bad slug the probe sends: malformed whatever portals a page declares. */
export const PROBE_SLUG = "My_Portal";

/** And a scope that is none, for a config that turns on `valid-session-body` alone. */
export const PROBE_SCOPE = "keys.read";

/**
 * A file a user could have in the project, with a bad slug and a bad scope; in TypeScript, with a
 * type annotation, so that a config without a TypeScript parser fails on it as on the user's files.
 */
const probe = (typescript: boolean) => `import { Unkey } from "@unkey/api";

const rootKey${typescript ? ": string" : ""} = process.env.UNKEY_ROOT_KEY ?? "";
const unkey = new Unkey({ rootKey });
await unkey.portal.createSession({ portal: "${PROBE_SLUG}", externalId: "user_123", scopes: ["${PROBE_SCOPE}"] });
`;

/** Whether the project is TypeScript: a tsconfig.json, or a TypeScript file the page wrote. */
function isTypeScriptProject(project: string): boolean {
  if (existsSync(join(project, "tsconfig.json"))) return true;
  const walk = (folder: string): boolean =>
    readdirSync(folder, { withFileTypes: true }).some((entry) =>
      entry.isDirectory() ? entry.name !== "node_modules" && walk(join(folder, entry.name)) : /\.[mc]?tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts"),
    );
  return walk(project);
}

/**
 * Lints the project with the linter that reads `config`, a probe file beside the page's own
 * (`src/portal-slug-probe.ts` in a TypeScript project, `.js` otherwise), and answers
 * what is wrong, or nothing.
 */
export async function probeConfig(project: string, config: string): Promise<string[]> {
  const kind = configKind(config);
  if (!kind) return [];
  const src = join(project, "src");
  const madeSrc = !existsSync(src);
  const typescript = isTypeScriptProject(project);
  const file = `src/portal-slug-probe.${typescript ? "ts" : "js"}`;
  mkdirSync(src, { recursive: true });
  writeFileSync(join(project, file), probe(typescript));
  let run: LintRun;
  try {
    run = await LINTERS[kind].run(project);
  } finally {
    rmSync(join(project, file), { force: true });
    if (madeSrc && readdirSync(src).length === 0) rmdirSync(src);
  }
  const linter = LINTERS[kind].name;
  if (run.status !== 0 && run.status !== 1) return [`${config}: ${linter} stopped (exit ${run.status}):\n${run.stderr.trim()}`];
  const problems = run.reports
    .filter((report) => report.ruleId === null)
    .map(
      (report) =>
        `${config}: ${linter} cannot lint ${report.file === file ? `a ${typescript ? "TypeScript" : "JavaScript"} file` : report.file}: ${report.message}`,
    );
  if (!run.reports.some((report) => report.file === file && report.ruleId?.startsWith("portal-slug/"))) {
    problems.push(
      `${config}: ${linter} with this config reports nothing on a file with a bad slug (${file}: portal: "${PROBE_SLUG}", scopes: ["${PROBE_SCOPE}"])`,
    );
  }
  return problems;
}
