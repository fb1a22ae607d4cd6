// Every config a page writes must lint something: once the page has written the files that go
// with it, a file that sends a bad slug (and a bad scope) is added to the project and the project
// is linted as a user lints it. The config fails when any file cannot be linted (a parsing error:
// the config does not fit the project) or when the plugin reports nothing on that file.
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FLAT_CONFIG } from "./lint-example.js";
import { biome, deno, eslint, eslintrc, oxlint, type LintRun } from "./linters.js";

/** Whether a file a page writes is a linter config, and which linter reads it. */
export function configKind(file: string): "eslint" | "eslintrc" | "oxlint" | "deno" | "biome" | undefined {
  if (FLAT_CONFIG.test(file)) return "eslint";
  if (/^\.eslintrc(?:\.(?:js|cjs|json|ya?ml))?$/.test(file)) return "eslintrc";
  if (file === ".oxlintrc.json") return "oxlint";
  if (/^deno\.jsonc?$/.test(file)) return "deno";
  if (/^biome\.jsonc?$/.test(file)) return "biome";
  return undefined;
}

/** Whether a report is one of the plugin's rules, as ESLint, oxlint and deno lint name them. */
const pluginRule = (ruleId: string | null): boolean => ruleId?.startsWith("portal-slug/") ?? false;

/** Each linter as the probe runs it on the whole project, as its problems name it, and which of its reports are the plugin's. */
const LINTERS = {
  eslint: { run: (project: string) => eslint(project, ["."]), name: "ESLint", ours: pluginRule },
  eslintrc: { run: (project: string) => eslintrc(project, ["."]), name: "ESLint 8 (eslintrc)", ours: pluginRule },
  oxlint: { run: (project: string) => oxlint(project, ["."]), name: "oxlint", ours: pluginRule },
  deno: { run: (project: string) => deno(project, []), name: "deno lint", ours: pluginRule },
  // Biome names no plugin's rule: a plugin's report on the probe file is the GritQL file's.
  biome: { run: (project: string) => biome(project, ["."]), name: "Biome", ours: (ruleId: string | null) => ruleId === "plugin" },
} satisfies Record<string, { run: (project: string) => Promise<LintRun>; name: string; ours: (ruleId: string | null) => boolean }>;

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
  if (run.status !== 0 && run.status !== 1)
    return [`${config}: ${linter} stopped (${run.status === null ? "before linting" : `exit ${run.status}`}):\n${run.stderr.trim()}`];
  const problems = run.reports
    .filter((report) => report.ruleId === null)
    .map(
      (report) =>
        `${config}: ${linter} cannot lint ${report.file === file ? `a ${typescript ? "TypeScript" : "JavaScript"} file` : report.file}: ${report.message}`,
    );
  if (!run.reports.some((report) => report.file === file && LINTERS[kind].ours(report.ruleId))) {
    problems.push(
      `${config}: ${linter} with this config reports nothing on a file with a bad slug (${file}: portal: "${PROBE_SLUG}", scopes: ["${PROBE_SCOPE}"])`,
    );
  }
  return problems;
}
