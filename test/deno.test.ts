// The plugin under Deno's own `deno lint`, as a user sets it up: the packed packages installed
// with npm into a fresh project, a deno.json naming a plugin file that re-exports
// `eslint-plugin-portal-slug/deno` (or calls its factory). It must first report a bad slug at
// its characters, then report on both examples and the fixture exactly what ESLint reports
// without type information, line for line; and a project set up wrong must fail, saying what to
// change. Deno counts columns from 0 in code points: its byte offsets are read as ESLint's
// lines and columns. The binary is the test workspace's `deno` package's; where it cannot run
// on this machine every test says so and is skipped.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it, type TestContext } from "vitest";
import { findDeno, denoEnv, denoLint } from "./support/deno.js";
import { eslintLines, type Line } from "./support/example-lints.js";
import { mustRun, runCommand } from "./support/process.js";
import { packAll, root } from "./support/workspace.js";

const deno = findDeno();
let folder: string | undefined;

/** The binary, or the test skipped with why it cannot run here. */
function denoOr(context: TestContext): string {
  if ("unavailable" in deno) context.skip(`deno lint cannot run here, so the plugin is not tried under it: ${deno.unavailable}`);
  return (deno as { path: string }).path;
}

/** The one line a plugin file needs for the rules with their defaults. */
const ONE_LINE = 'export { default } from "eslint-plugin-portal-slug/deno";\n';

/** deno.json as the docs write it: the plugin file beside it. */
const DENO_JSON = `${JSON.stringify({ lint: { plugins: ["./portal-slug.lint.ts"] } }, null, 2)}\n`;

/**
 * A project in the installed folder: its package.json names the plugin as a dependency (the
 * packages are in the folder's node_modules, above it, as in an npm workspace), with `files`.
 */
function project(name: string, files: Readonly<Record<string, string>>): string {
  const dir = join(folder as string, name);
  mkdirSync(dir, { recursive: true });
  const manifest = { name, private: true, type: "module", dependencies: { "eslint-plugin-portal-slug": "^0.1.0" } };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** `deno lint` in `dir`, with the folder's own Deno cache. */
const lint = (binary: string, dir: string, args: readonly string[] = []) => denoLint(binary, dir, join(folder as string, ".deno"), args);

const byPlace = (a: Line, b: Line) => a[0].localeCompare(b[0]) || a[1] - b[1] || a[2] - b[2] || a[5].localeCompare(b[5]);

beforeAll(async () => {
  if ("unavailable" in deno) return;
  folder = mkdtempSync(join(tmpdir(), "portal-slug-deno-"));
  writeFileSync(join(folder, "package.json"), `${JSON.stringify({ name: "deno-projects", private: true, type: "module" }, null, 2)}\n`);
  const { tarballs } = packAll();
  await mustRun("installing the packed packages with npm", "npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...Object.values(tarballs)], {
    cwd: folder,
  });
}, 300_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe(`deno lint${"version" in deno ? ` ${deno.version}` : ""} with eslint-plugin-portal-slug/deno`, () => {
  it("reports a bad slug at its characters, with the suggestion as its hint, and exits 1", async (context) => {
    const binary = denoOr(context);
    const source = 'export const open = (unkey, id) => unkey.portal.createSession({ portal: "Billing_Portal", externalId: id, scopes: ["keys:read"] });\n';
    const dir = project("canary", { "deno.json": DENO_JSON, "portal-slug.lint.ts": ONE_LINE, "src/session.js": source });
    const run = await lint(binary, dir);
    // From the "B" to the "_", inside the quotes.
    const column = source.indexOf('"Billing_Portal"') + 2;
    expect(run.errors).toEqual([]);
    expect(run.lines).toEqual([
      [
        "src/session.js",
        1,
        column,
        1,
        column + 9,
        'Invalid portal slug "Billing_Portal": "B" at index 0 (and 1 more) is uppercase: slugs are lowercase; also "_" at index 7 is an underscore: join words with "-"; write "billing-portal"',
      ],
    ]);
    expect(run.rules).toEqual([{ code: "portal-slug/valid-slug", hint: 'Replace with "billing-portal"' }]);
    expect(run.status).toBe(1);
  });

  describe.each([
    // The options its eslint.config.js gives valid-slug, through the factory.
    [
      "portal-app",
      'import { createDenoPlugin } from "eslint-plugin-portal-slug/deno";\n\nexport default createDenoPlugin({ rules: { "valid-slug": { callees: [{ name: "portalLink" }] } } });\n',
    ],
    ["portal-service", ONE_LINE],
  ])("on examples/%s", (name, plugin) => {
    it("reports what ESLint reports without type information, line for line", async (context) => {
      const binary = denoOr(context);
      const example = join(root, "examples", name);
      const dir = project(name, { "deno.json": DENO_JSON, "portal-slug.lint.ts": plugin });
      cpSync(join(example, "src"), join(dir, "src"), { recursive: true });
      const [eslint, run] = await Promise.all([eslintLines(example), lint(binary, dir)]);
      expect(run.errors).toEqual([]);
      expect(run.lines.length).toBeGreaterThan(0);
      expect(run.lines.sort(byPlace)).toEqual(eslint.lines.sort(byPlace));
      expect(run.status).toBe(1);
    });
  });

  it("reports on the fixture what ESLint reports with the same portals and options: imports, shadowing, CommonJS, JSX, CRLF, characters beyond the BMP", async (context) => {
    const binary = denoOr(context);
    const fixture = join(root, "test", "fixtures", "deno");
    const dir = join(folder as string, "fixture");
    cpSync(fixture, dir, { recursive: true });
    const eslint = new ESLint({ cwd: fixture });
    const results = await eslint.lintFiles(["src"]);
    const expected = results.flatMap(({ filePath, messages }) =>
      messages.map((m): Line => [filePath.slice(fixture.length + 1), m.line, m.column, m.endLine as number, m.endColumn as number, m.message]),
    );
    const run = await lint(binary, dir);
    expect(run.errors).toEqual([]);
    // Known portals reach the rules through the factory: a typo of one is reported as unknown.
    expect(run.lines.some((line) => line[5].startsWith('Unknown portal slug "suport"'))).toBe(true);
    expect(run.lines.sort(byPlace)).toEqual(expected.sort(byPlace));
  });
});

describe("what docs/deno.md says deno lint does differently", () => {
  const SESSION = (portal: string) => `unkey.portal.createSession({ portal: ${portal}, externalId: "u", scopes: ["keys:read"] })`;

  it("follows a value imported by a relative path, and not one imported through tsconfig paths", async (context) => {
    const binary = denoOr(context);
    const dir = project("paths", {
      "deno.json": DENO_JSON,
      "portal-slug.lint.ts": ONE_LINE,
      "tsconfig.json": `${JSON.stringify({ compilerOptions: { baseUrl: ".", paths: { "@config/*": ["src/config/*"] } } }, null, 2)}\n`,
      "src/config/portals.ts": 'export const SLUG = "Bad_Slug";\n',
      "src/use.ts": [
        'import { SLUG as BY_PATH } from "./config/portals.ts";',
        'import { SLUG as BY_ALIAS } from "@config/portals";',
        "",
        `export const byPath = (unkey) => ${SESSION("BY_PATH")};`,
        `export const byAlias = (unkey) => ${SESSION("BY_ALIAS")};`,
        "",
      ].join("\n"),
    });
    const run = await lint(binary, dir);
    expect(run.lines.map(([file, line, , , , message]) => [file, line, message])).toEqual([
      ["src/use.ts", 4, expect.stringMatching(/^Invalid portal slug "Bad_Slug" \(written at src\/config\/portals\.ts:1:\d+\): /)],
    ]);
  });

  it("applies no fix with --fix, leaves a line under deno-lint-ignore alone, and turns off a rule lint.rules.exclude names", async (context) => {
    const binary = denoOr(context);
    const source = [
      `export const a = (unkey) => ${SESSION('"Bad_One"')};`,
      "// deno-lint-ignore portal-slug/valid-slug",
      `export const b = (unkey) => ${SESSION('"Bad_Two"')};`,
      'export const c = (unkey) => unkey.portal.createSession({ portal: "fine", externalId: "u", scopes: ["keys.read"] });',
      "",
    ].join("\n");
    const exclude = `${JSON.stringify({ lint: { plugins: ["./portal-slug.lint.ts"], rules: { exclude: ["portal-slug/valid-session-body"] } } }, null, 2)}\n`;
    const dir = project("controls", { "deno.json": exclude, "portal-slug.lint.ts": ONE_LINE, "src/a.js": source });
    const run = await lint(binary, dir, ["--fix"]);
    expect(run.lines.map(([file, line, , , , message]) => [file, line, message.slice(0, 30)])).toEqual([["src/a.js", 1, 'Invalid portal slug "Bad_One":']]);
    expect(readFileSync(join(dir, "src/a.js"), "utf8")).toBe(source);
  });
});

describe("the npm install a Deno project does", () => {
  it("brings ESLint too, as a peer of typescript-eslint's utils the rules are built on, whatever the plugin's own peer says", (context) => {
    denoOr(context);
    const manifest = (path: string) =>
      JSON.parse(readFileSync(join(folder as string, "node_modules", path, "package.json"), "utf8")) as Record<string, unknown>;
    // So marking the plugin's own peer optional would spare a Deno project nothing.
    expect(manifest("@typescript-eslint/utils")).toMatchObject({ peerDependencies: { eslint: expect.any(String) } });
    const meta = manifest("@typescript-eslint/utils")["peerDependenciesMeta"] as Record<string, { optional?: boolean }> | undefined;
    expect(meta?.["eslint"]?.optional).not.toBe(true);
    expect(manifest("eslint")).toMatchObject({ name: "eslint", version: expect.stringMatching(/^10\./) });
  });
});

describe("a Deno project set up wrong", () => {
  it("fails to load a factory given a portals value that is no list, naming createDenoPlugin and the option", async (context) => {
    const binary = denoOr(context);
    const plugin = 'import { createDenoPlugin } from "eslint-plugin-portal-slug/deno";\n\nexport default createDenoPlugin({ portals: "billing-portal" });\n';
    const dir = project("bad-portals", { "deno.json": DENO_JSON, "portal-slug.lint.ts": plugin, "src/a.ts": "export {};\n" });
    const run = await lint(binary, dir);
    expect(run.stderr).toContain('createDenoPlugin: portals: Expected an array of portal slugs and IDs, such as ["billing-portal", "pc_3Kd9xQ2"]');
    expect(run.lines).toEqual([]);
    expect(run.status).toBe(1);
  });

  it("says which file does not parse, and still reports on the others", async (context) => {
    const binary = denoOr(context);
    const dir = project("unparsable", {
      "deno.json": DENO_JSON,
      "portal-slug.lint.ts": ONE_LINE,
      "src/broken.ts": 'export const open = (unkey) => unkey.portal.createSession({ portal: "keys--us" ;\n',
      "src/fine.ts": 'export const open = (unkey) => unkey.portal.createSession({ portal: "keys--us", externalId: "u", scopes: ["keys:read"] });\n',
    });
    const run = await lint(binary, dir);
    expect(run.errors).toEqual([{ file: "src/broken.ts", message: expect.stringMatching(/^SyntaxError: /) }]);
    expect(run.lines.map(([file, , , , , message]) => [file, message])).toEqual([["src/fine.ts", expect.stringMatching(/^Invalid portal slug "keys--us"/)]]);
    expect(run.status).toBe(1);
  });

  it("says which file Deno reads and typescript-estree does not, as a report of it, and keeps Deno's own reports of the file", async (context) => {
    const binary = denoOr(context);
    const dir = project("unreadable", {
      "deno.json": DENO_JSON,
      "portal-slug.lint.ts": ONE_LINE,
      // A decimal with a leading zero: Deno's parser takes it (its own no-octal rule reports it), typescript-estree refuses it.
      "src/legacy.ts":
        'export const mode = 08;\nexport const open = (unkey) => unkey.portal.createSession({ portal: "Bad_Slug", externalId: "u", scopes: ["keys:read"] });\n',
    });
    const run = await lint(binary, dir);
    expect(run.errors).toEqual([]);
    expect(run.lines).toContainEqual([
      "src/legacy.ts",
      1,
      21,
      1,
      22,
      "Not read by typescript-estree, so portal-slug's rules did not check the file: Decimals with leading zeros are not allowed.",
    ]);
    // Once, whichever rule, and Deno's own report of the same `08` is kept.
    expect(run.rules.map(({ code }) => code)).toEqual(["portal-slug/valid-slug"]);
    expect(run.builtIn).toContain("no-octal");
    expect(run.status).toBe(1);
  });

  it("type-checks a plugin file that holds the entry to Deno's own plugin type", async (context) => {
    const binary = denoOr(context);
    const dir = project("typed", {
      "deno.json": DENO_JSON,
      "portal-slug.lint.ts":
        'import plugin, { createDenoPlugin } from "eslint-plugin-portal-slug/deno";\nplugin satisfies Deno.lint.Plugin;\nexport default createDenoPlugin({ portals: ["support"] }) satisfies Deno.lint.Plugin;\n',
    });
    const run = await runCommand(binary, ["check", "portal-slug.lint.ts"], { cwd: dir, env: denoEnv(join(folder as string, ".deno")) });
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
  });

  it("fails when the plugin file re-exports the ESLint plugin instead of the Deno entry", async (context) => {
    const binary = denoOr(context);
    const dir = project("eslint-entry", {
      "deno.json": DENO_JSON,
      "portal-slug.lint.ts": 'export { default } from "eslint-plugin-portal-slug";\n',
      "src/a.ts": "export {};\n",
    });
    const run = await lint(binary, dir);
    // Deno's own words, which docs/deno.md quotes with the line to write instead.
    expect(run.stderr).toContain("Linter plugin name must be a string");
    expect(run.status).not.toBe(0);
  });

  it("fails when deno.json names a plugin file that is not there, naming it", async (context) => {
    const binary = denoOr(context);
    const dir = project("missing-plugin", { "deno.json": DENO_JSON.replace("portal-slug.lint.ts", "portal-slug.lint.js"), "portal-slug.lint.ts": ONE_LINE });
    const run = await lint(binary, dir);
    expect(run.stderr).toMatch(/portal-slug\.lint\.js/);
    expect(run.status).not.toBe(0);
  });

  it("fails when both the one-line file and a factory's are listed, since Deno takes one plugin of a name", async (context) => {
    const binary = denoOr(context);
    const factory = 'import { createDenoPlugin } from "eslint-plugin-portal-slug/deno";\n\nexport default createDenoPlugin({ portals: ["billing-portal"] });\n';
    const config = `${JSON.stringify({ lint: { plugins: ["./portal-slug.lint.ts", "./portals.lint.ts"] } }, null, 2)}\n`;
    const dir = project("twice", { "deno.json": config, "portal-slug.lint.ts": ONE_LINE, "portals.lint.ts": factory, "src/a.ts": "export {};\n" });
    const run = await lint(binary, dir);
    expect(run.stderr).toContain("portal-slug has already been registered");
    expect(run.status).not.toBe(0);
  });
});
