// The docs as a reader uses them: every fenced block of every README and docs page is run in a
// project installed from the packed tarballs with npm, and what the page says the code gives is
// held to what it gives. A block that drifts from the code fails here; a block that is not run
// is marked `fragment`, and each page's fragments are counted below, so that none goes unseen.
// The conventions a page follows are in docs/contributing.md; `DOCS_UPDATE=1` rewrites what
// drifted (see test/support/docs/update.ts).
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { installFixture, type Fixture } from "./support/docs/fixture.js";
import { docPages } from "./support/docs/markdown.js";
import { checkPage } from "./support/docs/page.js";
import { updating, writePage } from "./support/docs/update.js";
import { root } from "./support/workspace.js";

/**
 * The blocks each page shows without running them, and why; a page not named here has none.
 * A new fragment changes a count here, on purpose.
 */
const FRAGMENTS: Record<string, number> = {
  // The quick start of this repository, which installs and tests the repository itself.
  "README.md": 1,
  // The repository's own commands; the syntax of the docs' blocks, shown raw; the update command.
  "docs/contributing.md": 3,
  // The CLI's own arguments shown as a shape, not a command to run.
  "docs/cli.md": 1,
  // Examples of messages, each of which the message tests hold to the style.
  "docs/messages.md": 1,
  // The repository's commands that build and serve the page.
  "docs/playground.md": 1,
};

let installing: Promise<Fixture> | undefined;

/**
 * The fixture, installed by the first test that needs it and shared by the rest. Each test awaits
 * it, so that an install that fails (no registry) fails every docs test with its words, counted as
 * failures rather than tests left unrun.
 */
const theFixture = () => (installing ??= installFixture());

// The installed project weighs some hundred megabytes: gone with the run.
afterAll(async () => {
  const fixture = await installing?.catch(() => undefined);
  if (fixture) rmSync(fixture.root, { recursive: true, force: true });
});

describe.each(docPages(root))("%s", (page) => {
  it("runs every block, and each agrees with what the code gives", async () => {
    const path = join(root, page);
    const fixture = await theFixture();
    let result = await checkPage(fixture, readFileSync(path, "utf8"));
    if (updating && result.updated !== undefined) result = await checkPage(fixture, await writePage(path, result.updated));
    expect(result.problems.map((problem) => `${page}:${problem.line}: ${problem.message}`)).toEqual([]);
    expect(result.fragments, "fragments on the page (FRAGMENTS in test/docs.test.ts)").toBe(FRAGMENTS[page] ?? 0);
  }, 600_000);
});

/** A page made of lines. */
const page = (...lines: string[]) => `${lines.join("\n")}\n`;

describe("the harness, on a page that is wrong", () => {
  it("fails a config that reports nothing on a file with a bad slug", async () => {
    const { problems } = await checkPage(await theFixture(), page('```js title="eslint.config.js"', "export default [];", "```"));
    expect(problems).toEqual([
      {
        line: 1,
        message:
          'eslint.config.js: ESLint with this config reports nothing on a file with a bad slug (src/portal-slug-probe.js: portal: "My_Portal", scopes: ["keys.read"])',
      },
    ]);
  }, 120_000);

  it("fails a deno.json under which deno lint reports nothing on a file with a bad slug", async () => {
    const { problems } = await checkPage(await theFixture(), page('```json title="deno.json"', '{ "lint": { "plugins": [] } }', "```"));
    expect(problems).toEqual([
      {
        line: 1,
        message:
          'deno.json: deno lint with this config reports nothing on a file with a bad slug (src/portal-slug-probe.js: portal: "My_Portal", scopes: ["keys.read"])',
      },
    ]);
  }, 120_000);

  it("fails a JavaScript config in a TypeScript project, on the file it cannot parse", async () => {
    const { problems } = await checkPage(
      await theFixture(),
      page(
        '```json title="tsconfig.json"',
        '{ "compilerOptions": { "strict": true } }',
        "```",
        '```js title="eslint.config.js"',
        'import portalSlug from "eslint-plugin-portal-slug";',
        "export default [portalSlug.configs.recommended];",
        "```",
      ),
    );
    expect(problems).toEqual([
      { line: 4, message: expect.stringMatching(/^eslint\.config\.js: ESLint cannot lint a TypeScript file: Parsing error: /) },
      { line: 4, message: expect.stringMatching(/^eslint\.config\.js: ESLint with this config reports nothing on a file with a bad slug/) },
    ]);
  }, 120_000);

  it("fails each kind of block that drifts from the code, and the update writes each back as the tools answer", async () => {
    const drifting = page(
      "```console", // 1
      "$ npx portal-slug suggest 'Billing Portal'",
      "billing_portal",
      "```",
      "```ts", // 5
      'import { suggestPortalSlug, type ValidatePortalSlug } from "portal-slug";',
      'suggestPortalSlug("Dev Docs"); // → "dev_docs"',
      'type Check = ValidatePortalSlug<"ab">; // type → true',
      "```",
      "```ts", // 10
      'import { portalSlug } from "portal-slug";',
      'portalSlug("My-portal");',
      "```",
      "```ts lint", // 14
      'unkey.portal.createSession({ portal: "My_Portal", externalId, scopes: ["keys:read"] });',
      "```",
    );
    const first = await checkPage(await theFixture(), drifting);
    expect(first.problems.map((problem) => [problem.line, problem.message.split("\n")[0]])).toEqual([
      [2, "`npx portal-slug suggest 'Billing Portal'` writes"],
      // The messages' words are the core's to change: what is held here is which block drifted, and where.
      [8, expect.stringMatching(/^the comment says the type is true, the compiler says "[^"]*short[^"]*"$/)],
      [7, "the comment says"],
      [12, expect.stringMatching(/^the compiler says, at columns 12-23: error TS2345: /)],
      [15, expect.stringMatching(/^ESLint reports, at columns 39-43: .*"My_Portal"/)],
    ]);
    expect(first.executed).toBe(4);
    const updated = first.updated as string;
    expect(updated).toContain("$ npx portal-slug suggest 'Billing Portal'\nbilling-portal\n");
    expect(updated).toContain('suggestPortalSlug("Dev Docs"); // → "dev-docs"');
    expect(updated).toContain('portalSlug("My-portal");\n//         ~~~~~~~~~~~ error TS2345: Argument of type \'"My-portal"\'');
    expect(updated).toMatch(/createSession\(\{ portal: "My_Portal".*\n\/\/ {36}\^+ .*"My_Portal"/);
    expect((await checkPage(await theFixture(), updated)).problems).toEqual([]);
  }, 120_000);

  it("fails a block that is neither run nor marked a fragment, and counts the fragments", async () => {
    const result = await checkPage(await theFixture(), page("```text", "an example", "```", "```text fragment", "an example", "```"));
    expect(result.problems).toEqual([{ line: 1, message: "a `text` block without a title is neither run nor marked `fragment`" }]);
    expect([result.executed, result.fragments]).toEqual([0, 1]);
  });

  it("fails an install of the plugin's tarball alone, which asks the registry for the core", async () => {
    const { problems } = await checkPage(
      await theFixture(),
      page("```sh", "npm install --save-dev ../portal-slug/tarballs/eslint-plugin-portal-slug-0.1.0.tgz", "```"),
    );
    expect(problems).toEqual([{ line: 2, message: expect.stringMatching(/fails in a new project \(exit 1\):\n.*E404.*portal-slug@\^0\.1\.0/s) }]);
  }, 120_000);
});
