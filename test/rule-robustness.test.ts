// The rules never throw, whatever syntax they are given: real code on disk (the sources of the
// workspace's installed dependencies) and hand-made call sites at the edges of every shape.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import tsParser from "@typescript-eslint/parser";
import { ESLint, Linter } from "eslint";
import plugin from "eslint-plugin-portal-slug";
import { describe, expect, it } from "vitest";
import { root } from "./support/workspace.js";

const linter = new Linter({ cwd: root });
const rules = {
  "portal-slug/valid-slug": ["error", { callees: [{ name: "open" }, { name: "a.b.c", argument: 2, property: "portal" }] }],
  "portal-slug/valid-session-body": ["error", { callees: [{ name: "open" }, { name: "a.b.c", argument: 2 }], olderBody: "always" }],
} as Linter.RulesRecord;

/** Counts the programs the rules were run on, so that a file ESLint skipped cannot pass unseen. */
let programs = 0;
const counter = { rules: { programs: { create: () => ({ Program: () => void programs++ }) } } };
const shared = { plugins: { "portal-slug": plugin, counter }, rules: { ...rules, "counter/programs": "error" as const } };
const js: Linter.Config[] = [{ files: ["**/*.js", "**/*.mjs", "**/*.cjs"], ...shared }];
const ts: Linter.Config[] = [{ files: ["**/*.ts"], ...shared, languageOptions: { parser: tsParser } }];

/** Runs the rule on one file's text; answers whether it parsed and whether the rules ran on it. */
function lint(code: string, filename: string) {
  const before = programs;
  const messages = linter.verify(code, filename.endsWith(".ts") ? ts : js, filename);
  return { fatal: messages.some((message) => message.fatal), ran: programs === before + 1, messages };
}

/** Every source file below `dir`, skipping bundles too large to be code a person wrote. */
function sources(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((file) => join(dir, file))
    .filter((file) => pattern.test(file) && !file.endsWith(".d.ts") && statSync(file).size < 200_000);
}

const fromRoot = createRequire(join(root, "package.json"));
const fromTests = createRequire(join(root, "test", "package.json"));
const packageDir = (require: NodeRequire, name: string) => dirname(require.resolve(`${name}/package.json`));
const corpus = [
  ...sources(join(packageDir(fromTests, "zod"), "src"), /\.ts$/),
  ...sources(join(packageDir(fromTests, "eslint"), "lib"), /\.js$/),
  ...sources(
    join(packageDir(createRequire(join(packageDir(fromRoot, "typescript-eslint"), "package.json")), "@typescript-eslint/eslint-plugin"), "dist"),
    /\.js$/,
  ),
];

describe("both rules on the installed dependencies' sources", () => {
  it(`lints ${corpus.length} real files without throwing`, () => {
    expect(corpus.length).toBeGreaterThan(800);
    let ran = 0;
    for (const [i, file] of corpus.entries()) {
      // A name inside the linter's cwd and outside node_modules, so that ESLint skips no file.
      if (lint(readFileSync(file, "utf8"), join(root, "corpus", `${i}-${basename(file)}`)).ran) ran++;
    }
    // Almost all of it must parse, or the rule was never given the code to run on.
    expect(ran / corpus.length).toBeGreaterThan(0.95);
  });
});

describe("both rules at the edges of every shape", () => {
  it.each([
    "unkey.portal.createSession();",
    "unkey.portal.createSession(...args);",
    "unkey.portal.createSession?.({ slug: 'Bad' });",
    "unkey.portal.createSession({ get slug() { return 'x'; } });",
    "unkey.portal.createSession({ slug() {} });",
    "unkey.portal.createSession({ ['sl' + 'ug']: 'Bad' });",
    "unkey.portal.createSession({ [`slug`]: 'Bad' });",
    "unkey.portal.createSession({ slug: tag`Bad` });",
    "unkey.portal.createSession({ slug: `${`${'Bad'}`}` });",
    "unkey.portal.createSession({ slug: a ? b ? 'A' : c ? 'B' : 'C' : 'D' });",
    "const a = b; const b = a; unkey.portal.createSession({ slug: a });",
    "const o = { ...o }; unkey.portal.createSession(o);",
    "const p = { ...q }, q = { ...p }; unkey.portal.createSession({ ...p });",
    "const { slug } = cfg; unkey.portal.createSession({ slug });",
    "const [slug] = list; unkey.portal.createSession({ slug });",
    "unkey.portal['create' + 'Session']({ slug: 'Bad' });",
    "unkey[portal].createSession({ slug: 'Bad' });",
    "createSession({ slug: 'Bad' });",
    "(0, unkey.portal.createSession)({ slug: 'Bad' });",
    "new unkey.portal.createSession({ slug: 'Bad' });",
    "fetch();",
    "fetch(...args);",
    "fetch('/v2/portal.createSession', ...rest);",
    "fetch('/v2/portal.createSession', { body: JSON.stringify() });",
    "fetch('/v2/portal.createSession', { body: JSON.stringify(...xs) });",
    "fetch('/v2/portal.createSession', { body: JSON['stringify']({ slug: 'Bad' }) });",
    "fetch(`${a}${b}`, { body: JSON.stringify({ slug: 'Bad' }) });",
    "new Request(new URL(), {});",
    "new Request(new URL(...a), {});",
    "import { portalCreateSession } from '@unkey/api/funcs/portalCreateSession.js'; portalCreateSession();",
    "import { portalCreateSession } from '@unkey/api/funcs/portalCreateSession.js'; portalCreateSession(core, ...rest);",
    "import def from '@unkey/api/funcs/portalCreateSession.js'; def(core, { slug: 'Bad' });",
    "const { portalCreateSession: f } = require('@unkey/api/funcs/portalCreateSession.js'); f(core, { slug: 'Bad' });",
    "open();",
    "open(...a);",
    "x.a.b.c(1, 2, { portal: 'pc_' });",
    "x.a.b.c(1, 2);",
    "unkey.portal.createSession({ slug: '\\0' });",
    "unkey.portal.createSession({ slug: '\\u{10FFFF}' });",
    "unkey.portal.createSession({ slug: 'line\\\ncontinued' });",
    "unkey.portal.createSession({ slug: '\\uD83D' });",
    "unkey.portal.createSession({ slug: 1 });",
    "unkey.portal.createSession({ slug: null });",
    "unkey.portal.createSession({ slug: /re/ });",
    "unkey.portal.createSession({ slug: 10n });",
    "unkey.portal.createSession({ portal: `pc_${id}_x` });",
    "unkey.portal.createSession({ slug: `` });",
  ])("does not throw on %s", (code) => {
    expect(lint(code, join(root, "edge.js"))).toMatchObject({ fatal: false, ran: true });
  });

  it.each([
    "unkey.portal.createSession({ slug: <const>'Bad' });",
    "unkey.portal.createSession({ slug: ('Bad' as unknown as string)! satisfies string });",
    "enum Slug { A = 'Bad' } unkey.portal.createSession({ slug: Slug.A });",
    "declare const x: any; unkey.portal.createSession<typeof x>({ slug: x as 'Bad' });",
    "abstract class C { m() { return this.unkey.portal.createSession({ slug: 'Bad' }); } }",
  ])("does not throw on TypeScript %s", (code) => {
    expect(lint(code, join(root, "edge.ts"))).toMatchObject({ fatal: false, ran: true });
  });
});

describe("both rules on a code block a processor hands over", () => {
  it("looks for the installed SDK past the Markdown file the block's path runs through (README.md/0_0.ts)", async () => {
    const project = mkdtempSync(join(tmpdir(), "portal-slug-processor-"));
    mkdirSync(join(project, "node_modules", "@unkey", "api"), { recursive: true });
    writeFileSync(join(project, "node_modules", "@unkey", "api", "package.json"), JSON.stringify({ name: "@unkey/api", version: "2.5.1" }));
    const readme = '# Docs\n\n```ts\nunkey.portal.createSession({ slug: "my-portal", externalId: "u", permissions: ["keys:read"] });\n```\n';
    writeFileSync(join(project, "README.md"), readme);
    // A processor as @eslint/markdown's: each fenced block a file named inside the Markdown file.
    const markdown = {
      preprocess: (text: string) => [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match, i) => ({ text: match[1] as string, filename: `${i}.ts` })),
      postprocess: (messages: Linter.LintMessage[][]) => messages.flat(),
    };
    const eslint = new ESLint({
      cwd: project,
      overrideConfigFile: true,
      overrideConfig: [
        { files: ["**/*.md"], plugins: { md: { processors: { markdown } } }, processor: "md/markdown" },
        { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
        plugin.configs.recommended,
      ],
    });
    const [result] = await eslint.lintFiles(["README.md"]);
    // @unkey/api 2.5.1, found in the project's node_modules, sends the newer body only: the
    // older body is refused (the block's own line, which this processor does not map back).
    expect(result?.messages.map(({ ruleId, line, message }) => [ruleId, line, /@unkey\/api 2\.5\.1, installed here/.test(message)])).toEqual([
      ["portal-slug/valid-session-body", 1, true],
    ]);
  });
});
