// The rules in component files (.vue, .svelte) and Svelte's .svelte.ts modules, whose parsers read
// their own kind of file: a slug they import from a script module is judged where it is written,
// whichever file of the run reads that module first. svelte-eslint-parser reads any text but a
// .svelte.ts file's as Svelte markup, a TypeScript module too, into a program with no export: read
// so, the import was unknown and the slug went unjudged, in silence, and so it did in every file
// linted after it.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import plugin from "eslint-plugin-portal-slug";
import * as svelteParser from "svelte-eslint-parser";
import vueParser from "vue-eslint-parser";
import { describe, expect, it } from "vitest";

const PORTALS = 'export const PORTAL: string = "Bad_Portal";\n';

/** A call of each kind: the imported slug, then one written in the component. */
const calls = (written: string): string => `  await unkey.portal.createSession({ portal: PORTAL, externalId: "u1", scopes: ["keys:read"] });
  await unkey.portal.createSession({ portal: "${written}", externalId: "u1", scopes: ["keys:read"] });`;

const script = (lang: string, written: string): string => `<script${lang}>
import { Unkey } from "@unkey/api";
import { PORTAL } from "./portals";
const unkey = new Unkey({ rootKey: "x" });
export async function open() {
${calls(written)}
}
</script>
`;

/** A project with one module of portals and a component of each kind importing it. */
function project(lang: string): string {
  const dir = mkdtempSync(join(tmpdir(), "portal-slug-components-"));
  mkdirSync(join(dir, "src"));
  writeFileSync(join(dir, "src", "portals.ts"), PORTALS);
  writeFileSync(join(dir, "src", "Portal.vue"), `${script(lang, "Vue_Portal")}<template><button @click="open">Open</button></template>\n`);
  writeFileSync(join(dir, "src", "Portal.svelte"), `${script(lang, "Svelte_Portal")}<button on:click={open}>Open</button>\n`);
  // Svelte 5's module of runes: a script, read by svelte-eslint-parser as eslint-plugin-svelte's configs set it.
  writeFileSync(
    join(dir, "src", "portal.svelte.ts"),
    `import { Unkey } from "@unkey/api";\nimport { PORTAL } from "./portals";\nconst unkey = new Unkey({ rootKey: "x" });\n${calls("Runes_Portal")}\n`,
  );
  return dir;
}

/** Each component's parser, with the parser the config sets for the script inside it, or none. */
const components = (scriptParser: Linter.Parser | undefined): Linter.Config[] => [
  { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
  { files: ["**/*.vue"], languageOptions: { parser: vueParser, parserOptions: scriptParser ? { parser: scriptParser } : {} } },
  { files: ["**/*.svelte", "**/*.svelte.ts"], languageOptions: { parser: svelteParser, parserOptions: scriptParser ? { parser: scriptParser } : {} } },
  plugin.configs.recommended,
];

/** Each file's slug reports, in the order given, in one ESLint run: the slug quoted and where it is written. */
async function slugReports(dir: string, config: Linter.Config[], files: string[]): Promise<Record<string, string[]>> {
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config });
  const results = await eslint.lintFiles(files.map((file) => join("src", file)));
  return Object.fromEntries(
    results.map((result) => [
      relative(dir, result.filePath).split(sep).join("/"),
      result.messages.map(({ ruleId, message, fatal }) =>
        fatal ? `fatal: ${message}` : `${ruleId}: ${/^Invalid portal slug ("[^"]*")( \(written at [^)]*\))?/.exec(message)?.slice(1).join("") ?? message}`,
      ),
    ]),
  );
}

const EXPECTED = {
  "src/portal.svelte.ts": ['portal-slug/valid-slug: "Bad_Portal" (written at src/portals.ts:1:31)', 'portal-slug/valid-slug: "Runes_Portal"'],
  "src/Portal.svelte": ['portal-slug/valid-slug: "Bad_Portal" (written at src/portals.ts:1:31)', 'portal-slug/valid-slug: "Svelte_Portal"'],
  "src/Portal.vue": ['portal-slug/valid-slug: "Bad_Portal" (written at src/portals.ts:1:31)', 'portal-slug/valid-slug: "Vue_Portal"'],
};

describe("a slug a component imports from a script module", () => {
  it.each([
    ["the Svelte component first", ["Portal.svelte", "Portal.vue", "portal.svelte.ts"]],
    ["the Svelte module of runes first", ["portal.svelte.ts", "Portal.svelte", "Portal.vue"]],
    ["the Vue component first", ["Portal.vue", "Portal.svelte", "portal.svelte.ts"]],
  ])("is judged where it is written in every file, with the script parser the config sets, %s", async (_order, files) => {
    expect(await slugReports(project(' lang="ts"'), components(tsParser), files)).toEqual(EXPECTED);
  });

  it("is judged where it is written in every file when the config sets no parser for the script", async () => {
    expect(await slugReports(project(""), components(undefined), ["portal.svelte.ts", "Portal.svelte", "Portal.vue"])).toEqual(EXPECTED);
  });
});
