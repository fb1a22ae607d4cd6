import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, type CliIo } from "./index.js";
import { cli } from "./test-support.js";

const scratch = realpathSync(mkdtempSync(join(tmpdir(), "portal-slug-fix-unit-")));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The workspace's own ESLint, which each project below installs as a user's would. */
const eslintDir = realpathSync(dirname(createRequire(import.meta.url).resolve("eslint/package.json")));

/**
 * A stand-in for the plugin, under its name: a string literal with an uppercase letter is
 * reported with one suggestion, its lowercase, as valid-slug's is. "…!!" is reported with none,
 * "Either" with two, "BREAK" with one that makes text that does not parse. Once lowercased, a
 * literal acts as an editor or a broken rule would while fix runs: "save" writes its file (or
 * the one named after it), "gone" deletes it, "rewrite" gives it other text, "boom" throws. Each
 * lint of a file counts in `globalThis.fixLints`.
 */
const CONFIG = `import { existsSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const lower = {
  meta: { type: "problem", hasSuggestions: true, schema: [] },
  create(context) {
    globalThis.fixLints = (globalThis.fixLints ?? 0) + 1;
    return {
      Literal(node) {
        const value = node.value;
        if (typeof value !== "string") return;
        const [act, target] = value.split(" ");
        const path = target === undefined ? context.filename : join(dirname(context.filename), target);
        if (act === "boom") throw new Error("boom\\nfrom the rule");
        if (act === "save" && existsSync(path)) writeFileSync(path, "// saved meanwhile\\n");
        if (act === "gone" && existsSync(path)) unlinkSync(path);
        if (act === "rewrite" && existsSync(path)) writeFileSync(path, 'z("Four", "Five");\\n');
        const lowercase = (fixer) => fixer.replaceText(node, JSON.stringify(value.toLowerCase()));
        if (value.endsWith("!!")) context.report({ node, message: 'No slug can be made of "' + value + '"' });
        else if (value === "Either") {
          const suggest = [{ desc: "one", fix: lowercase }, { desc: "other", fix: (fixer) => fixer.replaceText(node, '"other"') }];
          context.report({ node, message: "Either of two", suggest });
        } else if (value === "BREAK") {
          context.report({ node, message: "Breaks", suggest: [{ desc: "break", fix: (fixer) => fixer.replaceText(node, "@@") }] });
        } else if (/[A-Z]/.test(value)) {
          context.report({ node, message: JSON.stringify(value) + " is not lowercase", suggest: [{ desc: "lowercase it", fix: lowercase }] });
        }
      },
    };
  },
};

export default [
  { ignores: ["eslint.config.js"] },
  { plugins: { "portal-slug": { rules: { lower } }, other: { rules: { lower } } } },
  RULES,
];
`;

/** The rule turned on for every file, as the plugin's recommended config does. */
const ON = '{ rules: { "portal-slug/lower": "error" } }';

let made = 0;

/** A project in a folder of its own: `files` written, the workspace's ESLint in its node_modules, `rules` the last config object. */
function project(files: Record<string, string>, rules = ON): string {
  const dir = join(scratch, `project-${++made}`);
  mkdirSync(join(dir, "node_modules"), { recursive: true });
  symlinkSync(eslintDir, join(dir, "node_modules", "eslint"), "dir");
  writeFileSync(join(dir, "package.json"), '{ "name": "fix-me", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, "eslint.config.js"), CONFIG.replace("RULES", rules));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const read = (dir: string, file: string): string => readFileSync(join(dir, file), "utf8");

/** A time no file of a project was written at, to see which files fix wrote. */
const PAST = new Date("2020-01-01T00:00:00Z");

/** Runs fix in `dir`, keeping stdout and stderr in the one order they were written. */
async function ordered(dir: string, ...args: string[]): Promise<{ status: number; writes: [string, string][] }> {
  const writes: [string, string][] = [];
  const io: CliIo = {
    stdout: (text) => void writes.push(["stdout", text]),
    stderr: (text) => void writes.push(["stderr", text]),
    stdin: async function* () {},
    readFile: () => "",
    importModule: () => Promise.reject(new Error("no module here")),
    color: false,
    cwd: dir,
    version: "9.9.9",
  };
  return { status: await runCli(["fix", ...args], io), writes };
}

describe("portal-slug fix", () => {
  it("applies each report's one suggestion, writes the files it changed, and counts them, exit 0", async () => {
    const dir = project({ "src/a.js": 'x("One", "Two");\n', "src/deep/b.js": 'y("Three");\n', "src/clean.js": 'z("ok");\n' });
    utimesSync(join(dir, "src/clean.js"), PAST, PAST);
    expect(await cli(["fix"], { cwd: dir })).toEqual({
      status: 0,
      stdout: "src/a.js: 2 suggestions applied\nsrc/deep/b.js: 1 suggestion applied\n2 files fixed with 3 suggestions\n",
      stderr: "",
    });
    expect([read(dir, "src/a.js"), read(dir, "src/deep/b.js")]).toEqual(['x("one", "two");\n', 'y("three");\n']);
    expect(statSync(join(dir, "src/clean.js")).mtime).toEqual(PAST);
    expect(await cli(["fix"], { cwd: dir })).toEqual({ status: 0, stdout: "nothing to fix in 3 files\n", stderr: "" });
    expect(await cli(["fix", "src/a.js"], { cwd: dir })).toEqual({ status: 0, stdout: "nothing to fix in 1 file\n", stderr: "" });
  });

  it("lints only the paths it is given", async () => {
    const dir = project({ "src/a.js": 'x("One");\n', "lib/b.js": 'y("Two");\n' });
    expect(await cli(["fix", "lib"], { cwd: dir })).toEqual({
      status: 0,
      stdout: "lib/b.js: 1 suggestion applied\n1 file fixed with 1 suggestion\n",
      stderr: "",
    });
    expect(read(dir, "src/a.js")).toBe('x("One");\n');
  });

  it("lints a file it fixes once more a pass, reusing ESLint's first messages of the text it read", async () => {
    const dir = project({ "src/a.js": 'x("One");\n' });
    (globalThis as { fixLints?: number }).fixLints = 0;
    await cli(["fix"], { cwd: dir });
    // lintFiles, then the fixed text.
    expect((globalThis as { fixLints?: number }).fixLints).toBe(2);
  });

  it("fixes a file changed after ESLint read it from what it holds when fix reads it", async () => {
    const dir = project({ "src/a.js": 'x("Rewrite b.js");\n', "src/b.js": 'y("Three");\n' });
    expect(await cli(["fix"], { cwd: dir })).toMatchObject({ status: 0, stderr: "" });
    expect(read(dir, "src/b.js")).toBe('z("four", "five");\n');
  });

  it("prints a unified diff with --dry-run, the rest on stderr, and writes nothing", async () => {
    const dir = project({ "src/a.js": 'x("One");\ny();\n', "src/b.js": 'x("!!");\n' });
    utimesSync(join(dir, "src/a.js"), PAST, PAST);
    expect(await cli(["fix", "--dry-run"], { cwd: dir })).toEqual({
      status: 1,
      stdout: '--- a/src/a.js\n+++ b/src/a.js\n@@ -1,2 +1,2 @@\n-x("One");\n+x("one");\n y();\n',
      stderr:
        'src/a.js: 1 suggestion to apply\nsrc/b.js:1:3: No slug can be made of "!!"\n1 file would be fixed with 1 suggestion; 1 report left to fix by hand\n',
    });
    expect(read(dir, "src/a.js")).toBe('x("One");\ny();\n');
    expect(statSync(join(dir, "src/a.js")).mtime).toEqual(PAST);
  });

  it("writes each file's diff before what stderr says of it, and each fixed file's line before the next file's trouble", async () => {
    const dryRun = project({ "src/a.js": 'x("One");\n', "src/b.js": 'x("Two");\n' });
    expect(await ordered(dryRun, "--dry-run")).toEqual({
      status: 0,
      writes: [
        ["stdout", '--- a/src/a.js\n+++ b/src/a.js\n@@ -1 +1 @@\n-x("One");\n+x("one");\n'],
        ["stderr", "src/a.js: 1 suggestion to apply\n"],
        ["stdout", '--- a/src/b.js\n+++ b/src/b.js\n@@ -1 +1 @@\n-x("Two");\n+x("two");\n'],
        ["stderr", "src/b.js: 1 suggestion to apply\n"],
        ["stderr", "2 files would be fixed with 2 suggestions\n"],
      ],
    });
    const dir = project({ "src/a.js": 'x("One");\n', "src/b.js": 'x("BREAK");\n', "src/c.js": 'x("Three");\n' });
    expect(await ordered(dir)).toEqual({
      status: 2,
      writes: [
        ["stdout", "src/a.js: 1 suggestion applied\n"],
        ["stderr", "portal-slug: src/b.js: the suggestions made text that does not parse (1:3: Parsing error: Unexpected character '@'); left as it was\n"],
        ["stdout", "src/c.js: 1 suggestion applied\n"],
        ["stdout", "2 files fixed with 2 suggestions; 1 file left as it was\n"],
      ],
    });
  });

  it("leaves a report with no suggestion or several, names each where it is, exit 1", async () => {
    const dir = project({ "src/a.js": 'x("!!");\n\n  y("Either", "Up");\n' });
    expect(await cli(["fix"], { cwd: dir })).toEqual({
      status: 1,
      stdout:
        'src/a.js: 1 suggestion applied\nsrc/a.js:1:3: No slug can be made of "!!"\nsrc/a.js:3:5: Either of two\n1 file fixed with 1 suggestion; 2 reports left to fix by hand\n',
      stderr: "",
    });
    expect(read(dir, "src/a.js")).toBe('x("!!");\n\n  y("Either", "up");\n');
  });

  it("fixes a file another rule reports too, applying only the plugin's suggestions", async () => {
    const dir = project({ "src/a.js": 'x("Up");\n' }, '{ rules: { "other/lower": "error", "portal-slug/lower": "error" } }');
    expect(await cli(["fix"], { cwd: dir })).toEqual({ status: 0, stdout: "src/a.js: 1 suggestion applied\n1 file fixed with 1 suggestion\n", stderr: "" });
    expect(read(dir, "src/a.js")).toBe('x("up");\n');
  });

  it("counts only the plugin's reports, and says a config that turns none of its rules on", async () => {
    const dir = project({ "src/a.js": 'x("Up");\n' }, '{ rules: { "other/lower": "error", "portal-slug/lower": "off" } }');
    expect(await cli(["fix"], { cwd: dir })).toEqual({
      status: 2,
      stdout: "",
      stderr:
        "portal-slug: the ESLint config turns on no portal-slug rule for these files: add eslint-plugin-portal-slug's recommended config to it, then run fix again\n",
    });
    expect(read(dir, "src/a.js")).toBe('x("Up");\n');
  });

  it("says a file no block of the config matches, which ESLint lints with no rule, rather than ask for the plugin's config", async () => {
    const dir = project({ "src/a.js": 'x("Up");\n', "data/b.txt": "Up\n" }, '{ files: ["src/**/*.js"], rules: { "portal-slug/lower": "error" } }');
    expect(await cli(["fix", "data/b.txt"], { cwd: dir })).toEqual({
      status: 2,
      stdout: "",
      stderr: "portal-slug: no block of the ESLint config matches data/b.txt, so ESLint lints it with no rule: name files the config lints\n",
    });
    expect(read(dir, "data/b.txt")).toBe("Up\n");
    const files = { "data/b.txt": "Up\n", "data/c.txt": "Up\n" };
    const two = project({ "src/a.js": 'x("Up");\n', ...files }, '{ files: ["src/**/*.js"], rules: { "portal-slug/lower": "error" } }');
    // Beside a file the config matches with the plugin off, the config is what to change.
    const mixed = project({ "src/a.js": 'x("ok");\n', "data/b.txt": "Up\n" }, '{ files: ["src/**/*.js"], rules: { "portal-slug/lower": "off" } }');
    expect((await cli(["fix", "src/a.js", "data/b.txt"], { cwd: mixed })).stderr).toBe(
      "portal-slug: the ESLint config turns on no portal-slug rule for these files: add eslint-plugin-portal-slug's recommended config to it, then run fix again\n",
    );
    // A file's name is one line of the terminal's, as every name fix prints.
    const odd = project({ "src/a.js": 'x("Up");\n', "data/b\nc.txt": "Up\n" }, '{ files: ["src/**/*.js"], rules: { "portal-slug/lower": "error" } }');
    expect((await cli(["fix", "data/b\nc.txt"], { cwd: odd })).stderr).toBe(
      "portal-slug: no block of the ESLint config matches data/b\\u{a}c.txt, so ESLint lints it with no rule: name files the config lints\n",
    );
    expect((await cli(["fix", "data/b.txt", "data/c.txt"], { cwd: two })).stderr).toBe(
      "portal-slug: no block of the ESLint config matches any of these files, so ESLint lints them with no rule: name files the config lints\n",
    );
  });

  it("says a file the config's ignore patterns match as ignored, which ESLint does not lint", async () => {
    const rules = '{ ignores: ["src/ignored/**"] }, { rules: { "portal-slug/lower": "error" } }';
    const dir = project({ "src/a.js": 'x("Up");\n', "src/ignored/b.js": 'x("Up");\n', "src/ignored/c.js": 'x("Up");\n' }, rules);
    expect(await cli(["fix", "src/ignored/b.js"], { cwd: dir })).toEqual({
      status: 2,
      stdout: "",
      stderr: "portal-slug: ESLint ignores src/ignored/b.js: an ignore pattern of its config matches it, and fix changes only what ESLint lints\n",
    });
    expect((await cli(["fix", "src/ignored/b.js", "src/ignored/c.js"], { cwd: dir })).stderr).toBe(
      "portal-slug: ESLint ignores these files: an ignore pattern of its config matches them, and fix changes only what ESLint lints\n",
    );
    expect(read(dir, "src/ignored/b.js")).toBe('x("Up");\n');
    // Beside a file ESLint lints, an ignored one is passed over as ESLint passes it over.
    const beside = project({ "src/a.js": 'x("ok");\n', "src/ignored/b.js": 'x("Up");\n' }, rules);
    expect(await cli(["fix", "src/ignored/b.js", "src/a.js"], { cwd: beside })).toEqual({ status: 0, stdout: "nothing to fix in 2 files\n", stderr: "" });
  });

  it("asks the config of every file linted whether it turns the plugin on", async () => {
    const dir = project({ "src/a.js": 'x("ok");\n', "src/b.js": 'y("ok");\n' }, '{ files: ["src/b.js"], rules: { "portal-slug/lower": "error" } }');
    expect(await cli(["fix"], { cwd: dir })).toEqual({ status: 0, stdout: "nothing to fix in 2 files\n", stderr: "" });
  });

  it("says a file that does not parse as it was read, with where, and leaves it", async () => {
    const dir = project({ "src/a.js": 'x("Up") @\n', "src/b.js": 'x("Up") @\n' }, '{ rules: { "portal-slug/lower": "off" } }');
    expect(await cli(["fix"], { cwd: dir })).toEqual({
      status: 2,
      stdout: "2 files left as they were\n",
      stderr: [
        "portal-slug: src/a.js:1:9: Parsing error: Unexpected character '@'; left as it was",
        "portal-slug: src/b.js:1:9: Parsing error: Unexpected character '@'; left as it was",
        "",
      ].join("\n"),
    });
    expect(read(dir, "src/a.js")).toBe('x("Up") @\n');
  });

  it("leaves a read-only file as it was, even for a user who may write it", async () => {
    const dir = project({ "src/a.js": 'x("Up");\n' });
    chmodSync(join(dir, "src/a.js"), 0o444);
    expect(await cli(["fix"], { cwd: dir })).toEqual({
      status: 2,
      stdout: "1 file left as it was\n",
      stderr: "portal-slug: src/a.js is read-only: make it writable to fix it; left as it was\n",
    });
    expect(read(dir, "src/a.js")).toBe('x("Up");\n');
  });

  it("says with --dry-run a read-only file the run would leave, and shows no diff of it", async () => {
    const dir = project({ "src/a.js": 'x("Up");\n' });
    chmodSync(join(dir, "src/a.js"), 0o444);
    expect(await cli(["fix", "--dry-run"], { cwd: dir })).toEqual({
      status: 2,
      stdout: "",
      stderr: "portal-slug: src/a.js is read-only: make it writable to fix it; left as it was\n1 file left as it was\n",
    });
  });

  it("fixes a file linted under two names (a symbolic link beside its target) once, under its own name", async () => {
    const dir = project({ "src/b.js": 'x("Up");\n' });
    symlinkSync(join(dir, "src/b.js"), join(dir, "src/a.js"));
    const dryRun = await cli(["fix", "--dry-run"], { cwd: dir });
    expect(dryRun.stdout).toBe('--- a/src/b.js\n+++ b/src/b.js\n@@ -1 +1 @@\n-x("Up");\n+x("up");\n');
    expect(dryRun.stderr).toBe("src/b.js: 1 suggestion to apply\n1 file would be fixed with 1 suggestion\n");
    expect(await cli(["fix"], { cwd: dir })).toEqual({ status: 0, stdout: "src/b.js: 1 suggestion applied\n1 file fixed with 1 suggestion\n", stderr: "" });
    expect(read(dir, "src/b.js")).toBe('x("up");\n');
  });

  it("says with --dry-run that its diff names files outside the folder it runs in, which git apply refuses", async () => {
    const dir = project({ "src/a.js": 'x("Up");\n', "lib/b.js": 'x("Up");\n', "lib/c.js": 'x("Up");\n' });
    const { status, stdout, stderr } = await cli(["fix", "--dry-run", "../lib", "a.js"], { cwd: join(dir, "src") });
    expect(status).toBe(0);
    expect(stdout).toContain("--- a/../lib/b.js\n");
    expect(stderr.split("\n").at(-3)).toBe(
      "portal-slug: the diff names files outside this folder (../lib/b.js and 1 more): for git apply, run fix --dry-run from a folder that holds them all",
    );
    // One file is named alone; a file outside that is left out of the diff is not named.
    chmodSync(join(dir, "lib/c.js"), 0o444);
    expect((await cli(["fix", "--dry-run", "../lib"], { cwd: join(dir, "src") })).stderr.split("\n").at(-3)).toBe(
      "portal-slug: the diff names files outside this folder (../lib/b.js): for git apply, run fix --dry-run from a folder that holds them all",
    );
    // Written files need no such word.
    expect((await cli(["fix", "a.js"], { cwd: join(dir, "src") })).stderr).toBe("");
  });

  it("leaves a file that changed or went while fix ran, with or without --dry-run", async () => {
    for (const dryRun of [[], ["--dry-run"]]) {
      const dir = project({ "src/a.js": 'x("Save");\n', "src/b.js": 'x("Gone");\n', "src/c.js": 'x("One");\n' });
      const { status, stdout, stderr } = await cli(["fix", ...dryRun], { cwd: dir });
      expect(stderr.split("\n").slice(0, 2)).toEqual([
        "portal-slug: src/a.js changed while fix ran: run fix again; left as it was",
        `portal-slug: src/b.js: Cannot read it again: ENOENT: no such file or directory, open '${join(dir, "src/b.js")}'; left as it was`,
      ]);
      expect(status).toBe(2);
      expect(read(dir, "src/a.js")).toBe("// saved meanwhile\n");
      expect(existsSync(join(dir, "src/b.js"))).toBe(false);
      expect(read(dir, "src/c.js")).toBe(dryRun.length ? 'x("One");\n' : 'x("one");\n');
      expect(stdout + stderr).toContain(`1 file ${dryRun.length ? "would be fixed" : "fixed"} with 1 suggestion; 2 files left as they were\n`);
    }
  });

  it("says a file it can no longer read, and one ESLint failed on, in one line each", async () => {
    const dir = project({ "src/a.js": 'x("Gone b.js");\n', "src/b.js": 'x("Up");\n', "src/c.js": 'x("Boom");\n' });
    expect(await cli(["fix"], { cwd: dir })).toEqual({
      status: 2,
      stdout: "src/a.js: 1 suggestion applied\n1 file fixed with 1 suggestion; 2 files left as they were\n",
      stderr: [
        `portal-slug: src/b.js: Cannot read it: ENOENT: no such file or directory, open '${join(dir, "src/b.js")}'`,
        "portal-slug: src/c.js: ESLint failed on it: boom; left as it was",
        "",
      ].join("\n"),
    });
    expect(read(dir, "src/c.js")).toBe('x("Boom");\n');
  });

  it("escapes what it prints of paths and messages, so that neither can act on the terminal", async () => {
    const dir = project({ "src/\u202ea.js": 'x("\u001b!!");\nx("Up");\n' });
    const { stdout } = await cli(["fix"], { cwd: dir });
    expect(stdout).toBe(
      'src/\\u{202e}a.js: 1 suggestion applied\nsrc/\\u{202e}a.js:1:3: No slug can be made of "\\u{1b}!!"\n1 file fixed with 1 suggestion; 1 report left to fix by hand\n',
    );
  });
});
