import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Failure } from "./failure.js";
import { projectEslint } from "./user-eslint.js";

const scratch = realpathSync(mkdtempSync(join(tmpdir(), "portal-slug-user-eslint-")));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let made = 0;

/** What the stand-in ESLints were asked, in order, as each writes it to this global. */
const calls = (): unknown[] => ((globalThis as { fakeEslintCalls?: unknown[] }).fakeEslintCalls ??= []);

/**
 * A project whose `eslint` is a stand-in: a module with `source` as its whole text, installed in
 * the project's own node_modules. Answers the project's folder and the module's path.
 */
function project(source: string): { dir: string; entry: string } {
  const dir = join(scratch, `project-${++made}`);
  const eslint = join(dir, "node_modules", "eslint");
  mkdirSync(eslint, { recursive: true });
  writeFileSync(join(eslint, "package.json"), '{ "name": "eslint", "type": "module", "main": "index.js" }\n');
  writeFileSync(join(eslint, "index.js"), source);
  return { dir, entry: join(eslint, "index.js") };
}

/** A stand-in `ESLint` class, named `name`, that writes what it is asked to {@link calls} and answers `results` from lintFiles. */
const eslintClass = (name: string, body = "") => `class ${name} {
  static version = "${name}-version";
  constructor(options) { (globalThis.fakeEslintCalls ??= []).push(["new ${name}", options]); }
  async lintFiles(patterns) { (globalThis.fakeEslintCalls ??= []).push(["lintFiles", patterns]); return []; }
  ${body}
}`;

/** The lines of the {@link Failure} that `promise` rejects with. */
async function failureOf(promise: Promise<unknown>): Promise<readonly string[]> {
  const error: unknown = await promise.then(
    () => undefined,
    (rejected: unknown) => rejected,
  );
  expect(error).toBeInstanceOf(Failure);
  return (error as Failure).lines;
}

describe("projectEslint", () => {
  it("says what to install when no ESLint can be found from the working directory", async () => {
    const dir = join(scratch, `bare-${++made}`);
    mkdirSync(dir);
    expect(await failureOf(projectEslint(dir))).toEqual([
      "Missing ESLint: fix lints with the project's own ESLint, and none is installed here; install it with npm install --save-dev eslint eslint-plugin-portal-slug",
    ]);
  });

  it("takes the class loadESLint answers for the working directory over the module's own ESLint, and its version", async () => {
    const { dir } = project(`${eslintClass("Flat")}\n${eslintClass("ESLint")}
export { ESLint };
export async function loadESLint(options) { (globalThis.fakeEslintCalls ??= []).push(["loadESLint", options]); return Flat; }
`);
    calls().length = 0;
    const eslint = await projectEslint(dir);
    expect(eslint.version).toBe("Flat-version");
    expect(calls()).toEqual([
      ["loadESLint", { cwd: dir }],
      ["new Flat", { cwd: dir }],
    ]);
  });

  it("finds the ESLint of a folder above the working directory, as npx does", async () => {
    const { dir } = project(`${eslintClass("ESLint")}\nexport { ESLint };\n`);
    const deeper = join(dir, "src", "deeper");
    mkdirSync(deeper, { recursive: true });
    calls().length = 0;
    await projectEslint(deeper);
    expect(calls()).toEqual([["new ESLint", { cwd: deeper }]]);
  });

  it("takes the module's ESLint class when it has no loadESLint, and says an unknown version as such", async () => {
    const { dir } = project(`${eslintClass("ESLint")}\ndelete ESLint.version;\nexport { ESLint };\n`);
    calls().length = 0;
    const eslint = await projectEslint(dir);
    expect(eslint.version).toBe("unknown");
    expect(calls()).toEqual([["new ESLint", { cwd: dir }]]);
  });

  it("reads a module whose API is all in its default export, as CommonJS may be seen", async () => {
    const { dir } = project(`${eslintClass("Legacy")}\nexport default { loadESLint: async () => Legacy };\n`);
    calls().length = 0;
    expect((await projectEslint(dir)).version).toBe("Legacy-version");
    expect(calls()).toEqual([["new Legacy", { cwd: dir }]]);
  });

  it("says an ESLint without the class fix needs in one line, naming where it is", async () => {
    const { dir, entry } = project("export const Linter = class {};\n");
    expect(await failureOf(projectEslint(dir))).toEqual([
      `the ESLint at ${entry} has no ESLint class: fix needs ESLint 8.57 or later; install it with npm install --save-dev eslint eslint-plugin-portal-slug`,
    ]);
    const empty = project("export default undefined;\n");
    expect(await failureOf(projectEslint(empty.dir))).toEqual([
      `the ESLint at ${empty.entry} has no ESLint class: fix needs ESLint 8.57 or later; install it with npm install --save-dev eslint eslint-plugin-portal-slug`,
    ]);
  });

  it("lints the files named with ESLint's own lintFiles, and answers its results", async () => {
    const { dir } = project(`${eslintClass(
      "ESLint",
      `async lintFiles(patterns) { (globalThis.fakeEslintCalls ??= []).push(["lintFiles", patterns]); return [{ filePath: "a.js", messages: [] }]; }`,
    )}
export { ESLint };
`);
    const eslint = await projectEslint(dir);
    calls().length = 0;
    const patterns = ["src", "lib"] as const;
    expect(await eslint.lintFiles(patterns)).toEqual([{ filePath: "a.js", messages: [] }]);
    expect(calls()).toEqual([["lintFiles", ["src", "lib"]]]);
  });

  it.each([
    ["the plugin missing", "Cannot find package 'eslint-plugin-portal-slug' imported from /p/eslint.config.js", "Missing eslint-plugin-portal-slug"],
    ["the plugin not found", "Plugin eslint-plugin-portal-slug was not found.", "Missing eslint-plugin-portal-slug"],
    ["another package missing", "Cannot find package 'typescript-eslint' imported from /p/eslint.config.js", "ESLint cannot lint"],
    ["the plugin named in another error", "eslint-plugin-portal-slug: the rule options are wrong", "ESLint cannot lint"],
  ])("says a config that cannot be loaded (%s) in one line", async (_, message, start) => {
    const { dir } = project(`${eslintClass("ESLint", `async lintFiles() { throw new Error(${JSON.stringify(`${message}\nat the config`)}); }`)}
export { ESLint };
`);
    const lines = await failureOf((await projectEslint(dir)).lintFiles(["."]));
    expect(lines).toEqual([
      start === "ESLint cannot lint"
        ? `ESLint cannot lint: ${message.replace(/\.$/, "")}`
        : "Missing eslint-plugin-portal-slug: the ESLint config imports it, and it is not installed; install it with npm install --save-dev eslint eslint-plugin-portal-slug",
    ]);
  });

  it("lints a text as the file it names, ignored files included, and answers its messages or none", async () => {
    const { dir } = project(`${eslintClass(
      "ESLint",
      `async lintText(text, options) {
    (globalThis.fakeEslintCalls ??= []).push(["lintText", text, options]);
    return text === "" ? [] : [{ filePath: options.filePath, messages: [{ ruleId: "r", message: text, line: 1, column: 1 }] }];
  }`,
    )}
export { ESLint };
`);
    const eslint = await projectEslint(dir);
    calls().length = 0;
    expect(await eslint.lintText("x", "/p/a.js")).toEqual([{ ruleId: "r", message: "x", line: 1, column: 1 }]);
    expect(await eslint.lintText("", "/p/b.js")).toEqual([]);
    expect(calls()).toEqual([
      ["lintText", "x", { filePath: "/p/a.js", warnIgnored: false }],
      ["lintText", "", { filePath: "/p/b.js", warnIgnored: false }],
    ]);
  });

  it.each([
    ['{ rules: { "portal-slug/valid-slug": "error" } }', "on"],
    ['{ rules: { "portal-slug/valid-slug": 1 } }', "on"],
    ['{ rules: { "portal-slug/valid-session-body": ["warn", {}] } }', "on"],
    ['{ rules: { "portal-slug/valid-slug": "off", "portal-slug/valid-session-body": 0 } }', "off"],
    ['{ rules: { "portal-slug/valid-slug": ["off"] } }', "off"],
    ['{ rules: { "portal-slug/valid-slug": [0, {}] } }', "off"],
    ['{ rules: { "portal-slug/valid-slug": undefined } }', "off"],
    ['{ rules: { "other/valid-slug": "error", "no-undef": 2 } }', "off"],
    ["{}", "off"],
    // No block of the config matches the file.
    ["undefined", "none"],
  ])("says whether the file's config, %s, turns on a rule of the plugin: %s", async (config, on) => {
    const { dir } = project(`${eslintClass(
      "ESLint",
      `async calculateConfigForFile(filePath) { (globalThis.fakeEslintCalls ??= []).push(["config", filePath]); return ${config}; }`,
    )}
export { ESLint };
`);
    const eslint = await projectEslint(dir);
    calls().length = 0;
    expect(await eslint.portalSlugFor("/p/a.js")).toBe(on);
    expect(calls()).toEqual([["config", "/p/a.js"]]);
  });
});
