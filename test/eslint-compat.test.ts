// The plugin as users run it: through the real `eslint` command of every ESLint it supports, in
// each config system that ESLint has, with espree and with typescript-eslint's parser. One fixture
// project, one list of expected reports: a difference between versions or parsers is a bug.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const fixture = fileURLToPath(new URL("./fixtures/compat/", import.meta.url));
const require = createRequire(import.meta.url);

/** An ESLint installed under an alias: its version, and the script its `eslint` command runs. */
function installed(alias: string): { version: string; bin: string } {
  const manifest = require.resolve(`${alias}/package.json`);
  const { version, bin } = JSON.parse(readFileSync(manifest, "utf8")) as { version: string; bin: string | Record<string, string> };
  const script = typeof bin === "string" ? bin : bin["eslint"];
  if (!script) throw new Error(`${alias} has no eslint command`);
  return { version, bin: join(dirname(manifest), script) };
}

type ConfigSystem = "flat" | "eslintrc";

/**
 * Each ESLint, in each config system it can load. ESLint 8 picks one by ESLINT_USE_FLAT_CONFIG
 * (eslintrc unless it is "true"); 9 is flat unless it is "false"; 10 has no eslintrc at all.
 */
const ESLINTS: { alias: string; major: number; system: ConfigSystem; useFlatConfig?: "true" | "false" }[] = [
  { alias: "eslint8", major: 8, system: "flat", useFlatConfig: "true" },
  { alias: "eslint8", major: 8, system: "eslintrc", useFlatConfig: "false" },
  { alias: "eslint9", major: 9, system: "flat" },
  // Deprecated, but still how many ESLint 9 projects run, and `recommended-legacy` is for them too.
  { alias: "eslint9", major: 9, system: "eslintrc", useFlatConfig: "false" },
  { alias: "eslint", major: 10, system: "flat" },
];

/** Without typescript-eslint only the JavaScript file can be parsed; with it, both files. */
const PARSERS: { parser: string; files: string[]; configs: Record<ConfigSystem, string> }[] = [
  { parser: "espree", files: ["src/portal.js"], configs: { flat: "eslint.config.mjs", eslintrc: ".eslintrc.cjs" } },
  {
    parser: "@typescript-eslint/parser",
    files: ["src/portal.js", "src/portal.ts"],
    configs: { flat: "eslint.typescript.config.mjs", eslintrc: ".eslintrc.typescript.cjs" },
  },
];

const MATRIX = ESLINTS.flatMap((eslint) => PARSERS.map((parser) => ({ ...eslint, ...parser, ...installed(eslint.alias) })));

/** The parts of a lint message that must not differ between ESLint versions and parsers. */
interface Report {
  file: string;
  ruleId: string | null;
  messageId: string | undefined;
  message: string;
  line: number;
  column: number;
  endLine: number | undefined;
  endColumn: number | undefined;
  /** Each suggestion as the source it replaces and the text it puts there. */
  suggestions: { replaces: string; with: string }[];
}

/**
 * Every report the fixture project must get, in ESLint's order. Columns are 1-based and
 * `endColumn` exclusive: each report covers the offending characters inside the literal, and the
 * suggestion replaces the whole literal, quotes and all. What is NOT here is asserted as much as
 * what is: the valid slugs (`docs-portal`, `pc_3Kd9xQ2`) and the values no file can know
 * (`team.portalSlug`, `process.env.PORTAL_SLUG!`) must not be reported.
 */
const EXPECTED: Report[] = [
  {
    // `const SUPPORT_PORTAL = "support_portal";`, sent by the standalone portalCreateSession:
    // reported where it is written, at the underscore.
    file: "src/portal.js",
    ruleId: "portal-slug/valid-slug",
    messageId: "underscore",
    message: 'Invalid portal slug "support_portal": "_" at index 7 is an underscore: join words with "-"; write "support-portal"',
    line: 12,
    column: 32,
    endLine: 12,
    endColumn: 33,
    suggestions: [{ replaces: '"support_portal"', with: '"support-portal"' }],
  },
  {
    // The SDK method; the second uppercase letter is counted in the message, and the report
    // covers both, from the first to the last.
    file: "src/portal.js",
    ruleId: "portal-slug/valid-slug",
    messageId: "uppercase",
    message: 'Invalid portal slug "My-Portal": "M" at index 0 (and 1 more) is uppercase: slugs are lowercase; write "my-portal"',
    line: 15,
    column: 64,
    endLine: 15,
    endColumn: 68,
    suggestions: [{ replaces: '"My-Portal"', with: '"my-portal"' }],
  },
  {
    // The older body sent by raw HTTP: the current server refuses it. One report on its first
    // older key, whose suggestion rewrites the body as the newer one.
    file: "src/portal.js",
    ruleId: "portal-slug/valid-session-body",
    messageId: "older_body",
    message: 'This is the older body ("slug", "permissions"), which the current server refuses: send "portal" with "scopes" instead',
    line: 30,
    column: 28,
    endLine: 30,
    endColumn: 32,
    suggestions: [{ replaces: 'slug: "-billing", externalId, permissions', with: 'portal: "-billing", externalId, scopes' }],
  },
  {
    // Raw fetch to a template URL on a const base, the slug inside JSON.stringify.
    file: "src/portal.js",
    ruleId: "portal-slug/valid-slug",
    messageId: "leading_hyphen",
    message: 'Invalid portal slug "-billing": "-" at index 0 starts the slug: begin with a letter or digit; write "billing"',
    line: 30,
    column: 35,
    endLine: 30,
    endColumn: 36,
    suggestions: [{ replaces: '"-billing"', with: '"billing"' }],
  },
  {
    // A const seen through `as const`.
    file: "src/portal.ts",
    ruleId: "portal-slug/valid-slug",
    messageId: "consecutive_hyphens",
    message: 'Invalid portal slug "admin--portal": "--" at index 5 is a double hyphen: keep one "-"; write "admin-portal"',
    line: 22,
    column: 28,
    endLine: 22,
    endColumn: 30,
    suggestions: [{ replaces: '"admin--portal"', with: '"admin-portal"' }],
  },
  {
    // A const object behind `satisfies`, spread into the request.
    file: "src/portal.ts",
    ruleId: "portal-slug/valid-slug",
    messageId: "uppercase",
    message: 'Invalid portal slug "Partners": "P" at index 0 is uppercase: slugs are lowercase; write "partners"',
    line: 24,
    column: 36,
    endLine: 24,
    endColumn: 37,
    suggestions: [{ replaces: '"Partners"', with: '"partners"' }],
  },
  {
    // The dashboard's snippet: its key is renamed to the field it means, at the key.
    file: "src/portal.ts",
    ruleId: "portal-slug/valid-session-body",
    messageId: "unknown_field",
    message: '"portalId" is not a createSession field, and the current server rejects a body with unknown fields; write "portal"',
    line: 50,
    column: 56,
    endLine: 50,
    endColumn: 64,
    suggestions: [{ replaces: "portalId", with: "portal" }],
  },
  {
    file: "src/portal.ts",
    ruleId: "portal-slug/valid-session-body",
    messageId: "unknown_scope",
    message: 'scopes[0]: "keys.read" is not a scope: use keys:read, keys:create, keys:reroll or analytics:read; write "keys:read"',
    line: 50,
    column: 110,
    endLine: 50,
    endColumn: 121,
    suggestions: [{ replaces: '"keys.read"', with: '"keys:read"' }],
  },
];

/** ESLint's `--format json`, as much of it as this test reads. */
interface JsonResult {
  filePath: string;
  fatalErrorCount: number;
  messages: {
    ruleId: string | null;
    messageId?: string;
    message: string;
    fatal?: boolean;
    line: number;
    column: number;
    endLine?: number;
    endColumn?: number;
    suggestions?: { fix: { range: [number, number]; text: string } }[];
  }[];
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one `eslint` command in the fixture project; never rejects, so a failure is an assertion's to report. */
function lint(setup: (typeof MATRIX)[number]): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The test runner's own environment must not choose the config system.
  delete env["ESLINT_USE_FLAT_CONFIG"];
  if (setup.useFlatConfig) env["ESLINT_USE_FLAT_CONFIG"] = setup.useFlatConfig;
  // Only the config named here: no .eslintrc from folders above, and no eslint.config.js looked up.
  const args = [
    setup.bin,
    "--config",
    setup.configs[setup.system],
    ...(setup.system === "eslintrc" ? ["--no-eslintrc"] : []),
    "--format",
    "json",
    ...setup.files,
  ];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: fixture, env, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error?.code;
      resolve({ status: error ? (typeof code === "number" ? code : null) : 0, stdout, stderr });
    });
  });
}

// Every command starts now and runs alongside the others; each block waits only for its own.
const runs = new Map(MATRIX.map((setup) => [setup, lint(setup)]));

/** A fixture file's text, to read back what a suggestion's range covers. */
const source = (file: string): string => readFileSync(join(fixture, file), "utf8");

/** A row's name in the report, e.g. "ESLint 8.57.1, eslintrc, @typescript-eslint/parser". */
const title = (setup: (typeof MATRIX)[number]): string => `ESLint ${setup.version}, ${setup.system === "flat" ? "flat config" : "eslintrc"}, ${setup.parser}`;

describe.each(MATRIX.map((setup) => [title(setup), setup] as const))("%s", (_title, setup) => {
  let run: Run;
  let results: JsonResult[];
  beforeAll(async () => {
    run = await (runs.get(setup) as Promise<Run>);
    results = JSON.parse(run.stdout || "[]") as JsonResult[];
  });

  it("is the ESLint the matrix names", () => {
    // An alias that drifted to another version would make the whole row a lie.
    expect(Number(setup.version.split(".")[0])).toBe(setup.major);
    if (setup.major === 8) expect(setup.version).toMatch(/^8\.57\./);
  });

  it("loads the config and the plugin, and exits 1 for the errors it found", () => {
    // Exit 2 is ESLint's "could not run" (a config or plugin that failed to load); its reason is on stderr.
    expect(run.status).toBe(1);
    // ESLint 9 warns, once, that eslintrc is going away; anything else on stderr is a problem.
    const deprecated = setup.major === 9 && setup.system === "eslintrc";
    if (deprecated) expect(run.stderr).toMatch(/ESLintRCWarning: You are using an eslintrc configuration file/);
    expect(deprecated ? run.stderr.replace(/^\(node:\d+\) ESLintRCWarning: .*\n\(Use `node --trace-warnings .*\n/, "") : run.stderr).toBe("");
  });

  it("lints every file it is given, with no fatal parse error", () => {
    expect(results.map((result) => relative(fixture, result.filePath).split(sep).join("/"))).toEqual(setup.files);
    const fatal = results.flatMap((result) => result.messages.filter((message) => message.fatal).map((message) => `${result.filePath}: ${message.message}`));
    expect(fatal).toEqual([]);
    expect(results.map((result) => result.fatalErrorCount)).toEqual(setup.files.map(() => 0));
  });

  it("reports exactly the expected problems, at the same characters, with the same suggestions", () => {
    const reports: Report[] = results.flatMap((result) => {
      const file = relative(fixture, result.filePath).split(sep).join("/");
      const text = source(file);
      return result.messages.map((message) => ({
        file,
        ruleId: message.ruleId,
        messageId: message.messageId,
        message: message.message,
        line: message.line,
        column: message.column,
        endLine: message.endLine,
        endColumn: message.endColumn,
        suggestions: (message.suggestions ?? []).map(({ fix }) => ({ replaces: text.slice(fix.range[0], fix.range[1]), with: fix.text })),
      }));
    });
    expect(reports).toEqual(EXPECTED.filter((report) => setup.files.includes(report.file)));
  });
});

describe("the ESLint JSON output", () => {
  it("carries the suggestion's fix as ESLint applies it", async () => {
    // The suggestion for "My-Portal", applied to the file as an editor would: one literal changes.
    const setup = MATRIX.find((entry) => entry.major === 10 && entry.parser === "espree") as (typeof MATRIX)[number];
    const results = JSON.parse((await (runs.get(setup) as Promise<Run>)).stdout) as JsonResult[];
    const message = results[0]?.messages.find((entry) => entry.line === 15);
    const fix = message?.suggestions?.[0]?.fix;
    expect(fix?.text).toBe('"my-portal"');
    const text = source("src/portal.js");
    const fixed = fix ? text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]) : text;
    expect(fixed.split("\n")[14]).toBe('  const { data } = await unkey.portal.createSession({ portal: "my-portal", externalId, scopes: ["keys:read"] });');
    expect(fixed.replace('"my-portal"', '"My-Portal"')).toBe(text);
  });
});

describe("recommended-legacy under ESLint 8's eslintrc", () => {
  it("lints the .mjs and .cjs files of a folder, as flat config does, not its .js alone", async () => {
    const project = mkdtempSync(join(tmpdir(), "portal-slug-eslintrc-"));
    mkdirSync(join(project, "node_modules"));
    symlinkSync(dirname(require.resolve("eslint-plugin-portal-slug/package.json")), join(project, "node_modules", "eslint-plugin-portal-slug"), "dir");
    writeFileSync(
      join(project, ".eslintrc.cjs"),
      'module.exports = { root: true, parserOptions: { ecmaVersion: "latest", sourceType: "module" }, extends: ["plugin:portal-slug/recommended-legacy"] };\n',
    );
    const call = 'unkey.portal.createSession({ portal: "Billing_Portal", externalId: id, scopes: ["keys:read"] });\n';
    for (const name of ["a.js", "b.mjs", "c.cjs"]) writeFileSync(join(project, name), `export const open = (unkey, id) => ${call}`);
    const { bin } = installed("eslint8");
    const stdout = await new Promise<string>((resolve) => {
      execFile(
        process.execPath,
        [bin, "-f", "json", "."],
        { cwd: project, encoding: "utf8", env: { ...process.env, ESLINT_USE_FLAT_CONFIG: "false" } },
        (_error, out) => resolve(out),
      );
    });
    const results = JSON.parse(stdout) as JsonResult[];
    expect(results.map((result) => [relative(project, result.filePath), result.messages.map((message) => message.ruleId)])).toEqual([
      // The config is a .cjs file too, and linted as flat config lints eslint.config.cjs.
      [".eslintrc.cjs", []],
      ["a.js", ["portal-slug/valid-slug"]],
      ["b.mjs", ["portal-slug/valid-slug"]],
      ["c.cjs", ["portal-slug/valid-slug"]],
    ]);
  });
});
