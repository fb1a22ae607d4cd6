// Every config a page writes must lint something: once the page has written the files that go
// with it, a file with a bad slug is added to the project and the project is linted as a user
// lints it. The config fails when any file cannot be linted (a parsing error: the config does
// not fit the project) or when the bad slug is not reported.
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FLAT_CONFIG } from "./lint-example.js";
import { eslint, eslintrc, oxlint, type LintRun } from "./linters.js";

/** Whether a file a page writes is a linter config, and which linter reads it. */
export function configKind(file: string): "eslint" | "eslintrc" | "oxlint" | undefined {
  if (FLAT_CONFIG.test(file)) return "eslint";
  if (/^\.eslintrc(?:\.(?:js|cjs|json|ya?ml))?$/.test(file)) return "eslintrc";
  if (file === ".oxlintrc.json") return "oxlint";
  return undefined;
}

/** The bad slug the probe sends: malformed whatever portals a page declares. */
export const PROBE_SLUG = "My_Portal";

/** A file a user could have in the project, TypeScript or JavaScript alike, with one bad slug. */
const PROBE = `import { Unkey } from "@unkey/api";

const unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY ?? "" });
await unkey.portal.createSession({ portal: "${PROBE_SLUG}", externalId: "user_123", scopes: ["keys:read"] });
`;

/**
 * Lints the project with the linter that reads `config`, a probe file beside the page's own
 * (`src/portal-slug-probe.ts` in a project with a tsconfig.json, `.js` otherwise), and answers
 * what is wrong, or nothing.
 */
export async function probeConfig(project: string, config: string): Promise<string[]> {
  const kind = configKind(config);
  if (!kind) return [];
  const src = join(project, "src");
  const madeSrc = !existsSync(src);
  const probe = `src/portal-slug-probe.${existsSync(join(project, "tsconfig.json")) ? "ts" : "js"}`;
  mkdirSync(src, { recursive: true });
  writeFileSync(join(project, probe), PROBE);
  let run: LintRun;
  try {
    run = kind === "eslint" ? await eslint(project, ["."]) : kind === "eslintrc" ? await eslintrc(project, ["."]) : await oxlint(project, ["."]);
  } finally {
    rmSync(join(project, probe), { force: true });
    if (madeSrc && readdirSync(src).length === 0) rmdirSync(src);
  }
  const linter = kind === "oxlint" ? "oxlint" : kind === "eslintrc" ? "ESLint 8 (eslintrc)" : "ESLint";
  if (run.status !== 0 && run.status !== 1) return [`${config}: ${linter} stopped (exit ${run.status}):\n${run.stderr.trim()}`];
  const problems = run.reports
    .filter((report) => report.ruleId === null)
    .map(
      (report) =>
        `${config}: ${linter} cannot lint ${report.file === probe ? `a ${probe.endsWith(".ts") ? "TypeScript" : "JavaScript"} file` : report.file}: ${report.message}`,
    );
  if (!run.reports.some((report) => report.file === probe && report.ruleId === "portal-slug/valid-slug")) {
    problems.push(`${config}: ${linter} with this config reports nothing on a file with a bad slug (${probe}: portal: "${PROBE_SLUG}")`);
  }
  return problems;
}
