// The Biome plugin (biome/portal-slug.grit) through Biome's own CLI, @biomejs/biome 2.6.8 from
// npm. It must first report a bad slug, since a GritQL snippet Biome cannot read matches nothing
// and passes in silence; then every report it gives on the examples, on a fixture of every call
// shape and on generated values must be one ESLint gives: the same file and line, ESLint's
// columns inside Biome's span (a whole node), the same words but the suggestion ESLint offers and
// Biome cannot compute. Its rewrites are ESLint's suggestions where these are certain. A plugin
// file that does not compile, a path to none, a biome.json that is wrong and a file that does not
// parse each stop Biome with an error, never a silent pass.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import tsParser from "@typescript-eslint/parser";
import { ESLint, type Linter } from "eslint";
import fc from "fast-check";
import plugin from "eslint-plugin-portal-slug";
import { CREATE_SESSION_FACTS, validatePortalSlug } from "portal-slug";
import { describe, expect, it } from "vitest";
import { GRIT_PLUGIN, biomeFixes, biomeLint, type BiomeReport } from "./support/biome.js";
import { eslintLines, type Line } from "./support/example-lints.js";
import { expectMessageStyle } from "./support/message-style.js";
import { root } from "./support/workspace.js";

/** A project of its own for one test: `files` and a biome.json that names the plugin the package ships, with Biome's own rules off. */
function biomeProject(files: Readonly<Record<string, string>>, plugins: readonly string[] = [GRIT_PLUGIN]): string {
  const project = mkdtempSync(join(tmpdir(), "portal-slug-biome-"));
  writeFileSync(join(project, "biome.json"), JSON.stringify({ plugins, linter: { rules: { preset: "none" } } }));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(project, file)), { recursive: true });
    writeFileSync(join(project, file), text);
  }
  return project;
}

/** The reports of ESLint with the plugin's recommended config (typescript-eslint's parser for TypeScript), as lines, with each report's suggestions. */
async function eslintOn(project: string): Promise<{ line: Line; suggestions: Linter.LintSuggestion[] }[]> {
  const eslint = new ESLint({
    cwd: project,
    overrideConfigFile: true,
    overrideConfig: [plugin.configs.recommended, { files: ["**/*.ts"], languageOptions: { parser: tsParser } }],
  });
  const results = await eslint.lintFiles(["."]);
  return results.flatMap(({ filePath, messages }) =>
    messages.map((m) => ({
      line: [relative(project, filePath).split(sep).join("/"), m.line, m.column, m.endLine ?? m.line, m.endColumn ?? m.column, m.message] as Line,
      suggestions: m.suggestions ?? [],
    })),
  );
}

/**
 * Biome's words as a pattern of ESLint's: where Biome describes what it cannot write (a character
 * outside printable ASCII, a value holding one), ESLint's quoted value may stand; where Biome cuts
 * a value before such a character, ESLint's may go on; where Biome's output shows an invisible
 * character of the value as "\u{fffd}", ESLint's has the character.
 */
function wordsPattern(biome: string): RegExp {
  const escaped = biome.replace(/[\\^$.|?*+()[\]{}]/g, "\\$&");
  const described = escaped
    .replaceAll("a character outside printable ASCII", '"[^"]*"')
    .replace(/^it is too/, '"[^"]*" is too')
    .replace(/"([^"]*)…"/g, '"$1[^"]*"')
    .replaceAll("\ufffd", ".");
  return new RegExp(`^${described}$`, "u");
}

/** A report's words: the value it names (`Invalid portal slug "x"`), and each problem, as "; also" joins them. */
function partsOf(message: string): { readonly head: string; readonly parts: readonly string[] } {
  const named = /^(Invalid portal (?:slug|ID) "(?:[^"\\]|\\.)*"): /.exec(message);
  return named ? { head: named[1] as string, parts: message.slice(named[0].length).split("; also ") } : { head: message, parts: [] };
}

/**
 * Whether Biome's words are ESLint's: the same value, the same problems (Biome names them in the
 * contract's order, ESLint from the first character it reports), the same thing to write where
 * Biome names one; ESLint's suggestion of a slug, which GritQL cannot compute, Biome leaves out.
 */
function sameWords(biome: string, eslint: string): boolean {
  const said = biome.includes("; write ") ? eslint : eslint.replace(/; write "[^"]*"$/, "");
  const [ours, theirs] = [partsOf(biome), partsOf(said)];
  if (!wordsPattern(ours.head).test(theirs.head) || ours.parts.length !== theirs.parts.length) return false;
  const left = [...theirs.parts];
  return ours.parts.every((part) => {
    const found = left.findIndex((other) => wordsPattern(part).test(other));
    return found >= 0 && left.splice(found, 1).length === 1;
  });
}

/** Whether ESLint's report `eslint` is the one Biome gives as `biome`: same file and line, ESLint's characters inside Biome's node, the same words. */
const sameReport = (biome: BiomeReport, [file, line, column, endLine, endColumn, message]: Line): boolean =>
  file === biome.file &&
  line === biome.line &&
  endLine === biome.endLine &&
  column >= biome.column &&
  endColumn <= biome.endColumn &&
  sameWords(biome.message, message);

/** The plugin's reports that ESLint does not give, each with what it said, for an assertion that lists them. */
function unmatched(biome: readonly BiomeReport[], eslint: readonly Line[]): string[] {
  const used = new Set<number>();
  return biome.flatMap((report) => {
    const found = eslint.findIndex((line, i) => !used.has(i) && sameReport(report, line));
    if (found >= 0) {
      used.add(found);
      return [];
    }
    return [`${report.file}:${report.line}:${report.column}-${report.endColumn} ${report.message}`];
  });
}

const pluginReports = (reports: readonly BiomeReport[]): BiomeReport[] => reports.filter((report) => report.category === "plugin");

describe("the Biome plugin under Biome's CLI", () => {
  it("reports a bad slug and a bad scope at their literals, in the core's words, and exits 1", async () => {
    const project = biomeProject({
      "src/sessions.ts":
        'import { Unkey } from "@unkey/api";\n\nconst unkey = new Unkey({ rootKey: "" });\nawait unkey.portal.createSession({ portal: "My_Portal", externalId: "u", scopes: ["keys.read"] });\n',
    });
    const run = await biomeLint(project);
    const slug = validatePortalSlug("My_Portal");
    const words = slug.valid ? "" : slug.issues.map((issue) => issue.message).join("; also ");
    expect(run.reports).toEqual([
      { file: "src/sessions.ts", line: 4, column: 44, endLine: 4, endColumn: 55, category: "plugin", message: `Invalid portal slug "My_Portal": ${words}` },
      {
        file: "src/sessions.ts",
        line: 4,
        column: 83,
        endLine: 4,
        endColumn: 94,
        category: "plugin",
        message: 'scopes[0]: "keys.read" is not a scope: use keys:read, keys:create, keys:reroll or analytics:read; write "keys:read"',
      },
    ]);
    expect(run.status).toBe(1);
  });

  describe.each(["portal-app", "portal-service"])("on examples/%s, with its biome.json", (name) => {
    const example = join(root, "examples", name);

    it("gives only reports ESLint gives, at the same places, in the same words", async () => {
      const [biome, eslint] = await Promise.all([biomeLint(example), eslintLines(example)]);
      const reports = pluginReports(biome.reports);
      expect(reports.length).toBeGreaterThan(0);
      expect(unmatched(reports, eslint.lines)).toEqual([]);
      expect(biome.status).toBe(1);
    });
  });

  describe("on a fixture of every call shape and every kind of problem", () => {
    const fixture = join(root, "test", "fixtures", "biome");
    const project = (): string => {
      const copy = mkdtempSync(join(tmpdir(), "portal-slug-biome-fixture-"));
      cpSync(join(fixture, "src"), join(copy, "src"), { recursive: true });
      writeFileSync(join(copy, "biome.json"), JSON.stringify({ plugins: [GRIT_PLUGIN], linter: { rules: { preset: "none" } } }));
      return copy;
    };

    it("gives only reports ESLint gives, and every one ESLint gives of what is written in place", async () => {
      const copy = project();
      const [biome, eslint] = await Promise.all([biomeLint(copy), eslintOn(copy)]);
      const reports = pluginReports(biome.reports);
      const lines = eslint.map(({ line }) => line);
      expect(unmatched(reports, lines)).toEqual([]);
      // Above its last part, the fixture writes each value in place, in a shape Biome reads.
      const readableUpTo = (file: string): number =>
        readFileSync(join(copy, file), "utf8")
          .split("\n")
          .findIndex((text) => /Biome cannot read|Not the endpoint/.test(text)) + 1;
      const missed = lines.filter((line) => line[1] < readableUpTo(line[0]) && !reports.some((report) => sameReport(report, line)));
      expect(missed).toEqual([]);
      for (const report of reports) expectMessageStyle(report.message);
    });

    it("writes with --write what ESLint suggests where it is certain, and nothing else", async () => {
      const copy = project();
      const before = await biomeLint(copy);
      const eslint = await eslintOn(copy);
      const texts = new Map(["src/sessions.ts", "src/raw-http.js"].map((file) => [file, readFileSync(join(copy, file), "utf8")]));
      // ESLint's suggestion of each report Biome gives with what to write, applied from the end of each file.
      const edits = pluginReports(before.reports)
        .filter((report) => report.message.includes("; write "))
        .map((report) => {
          const [suggestion] = eslint.find(({ line }) => sameReport(report, line))?.suggestions ?? [];
          expect(suggestion, report.message).toBeDefined();
          return { file: report.file, ...(suggestion as Linter.LintSuggestion).fix };
        })
        .sort((a, b) => b.range[0] - a.range[0]);
      expect(edits.length).toBeGreaterThan(5);
      const expected = new Map(texts);
      for (const { file, range, text } of edits) {
        const source = expected.get(file) as string;
        expected.set(file, `${source.slice(0, range[0])}${text}${source.slice(range[1])}`);
      }
      const written = await biomeLint(copy, ["--write", "."]);
      expect(written.status).toBe(1);
      for (const [file] of texts) expect(readFileSync(join(copy, file), "utf8"), file).toBe(expected.get(file));
      // Once written, nothing is left to write.
      const again = await biomeLint(copy);
      expect(pluginReports(again.reports).filter((report) => report.message.includes("; write "))).toEqual([]);
    });
  });

  it("renames a key with --write only where the body has no key of that name yet", async () => {
    const project = biomeProject({
      "src/sessions.ts":
        'declare const unkey: any;\nawait unkey.portal.createSession({ portal: "billing", portal_id: "pc_1", externalId: "u", scopes: ["keys.read"] });\n',
    });
    const run = await biomeLint(project, ["--write", "."]);
    expect(readFileSync(join(project, "src/sessions.ts"), "utf8")).toBe(
      'declare const unkey: any;\nawait unkey.portal.createSession({ portal: "billing", portal_id: "pc_1", externalId: "u", scopes: ["keys:read"] });\n',
    );
    expect(pluginReports(run.reports).map(({ message }) => message)).toEqual([
      '"portal_id" is not a createSession field, and the current server rejects a body with unknown fields; the body sends "portal" as well: keep one of the two',
    ]);
  });

  it("renames a key with --write only where the body has no key of that job in the other generation either", async () => {
    const older = `fetch("https://api.unkey.com/v2/portal.createSession", { method: "POST", body: JSON.stringify({ slug: "billing", portalId: "pc_1", externalId: "u", permissions: ["keys:read"] }) });\n`;
    const project = biomeProject({ "src/older.ts": older });
    const run = await biomeLint(project, ["--write", "."]);
    expect(readFileSync(join(project, "src/older.ts"), "utf8")).toBe(older);
    expect(pluginReports(run.reports).map(({ message }) => message)).toContain(
      '"portalId" is not a createSession field, and the current server rejects a body with unknown fields; the body sends "slug" as well: keep one of the two',
    );
  });

  // Biome shows a file's rewrites, all as one fix, under the report the plugin registers first in
  // the file: within a call, the plugin registers the reports that carry a rewrite before the rest.
  it("shows a call's rewrite under the report that names it, and no fix under a report without one", async () => {
    const project = biomeProject({
      "src/slug.ts":
        'declare const unkey: any;\ndeclare const userId: string;\nawait unkey.portal.createSession({ portal: "Billing_Portal", externalId: userId, scopes: ["keys.read"] });\n',
      "src/key.ts": 'declare const unkey: any;\nawait unkey.portal.createSession({ portal: "Billing", external_id: "u", scopes: ["keys.write"] });\n',
    });
    const reports = await biomeFixes(project);
    const fixes = reports.map(({ file, line, column, message, fix }) => [file, line, column, message.includes("; write "), fix]);
    expect(fixes).toEqual([
      ["src/key.ts", 2, 44, false, []],
      ["src/key.ts", 2, 55, true, [{ line: 2, column: 55, endLine: 2, endColumn: 66, text: "externalId" }]],
      ["src/key.ts", 2, 82, false, []],
      ["src/slug.ts", 3, 44, false, []],
      ["src/slug.ts", 3, 91, true, [{ line: 3, column: 92, endLine: 3, endColumn: 101, text: "keys:read" }]],
    ]);
  });

  // What Biome 2.6.8 cannot tell apart, as docs/biome.md says it: a file has one fix, all its
  // rewrites, under the first report the plugin gives in it.
  it("shows two rewrites of a call as one fix under the first, and a later call's rewrite under an earlier call's first report", async () => {
    const project = biomeProject({
      "src/two.ts": 'declare const unkey: any;\nawait unkey.portal.createSession({ portalId: "pc_1", externalId: "u", scopes: ["keys.read"] });\n',
      "src/calls.ts":
        'declare const unkey: any;\nawait unkey.portal.createSession({ portal: "Billing", externalId: "u", scopes: ["keys:read"] });\nawait unkey.portal.createSession({ portal: "billing", externalId: "u", scopes: ["keys.read"] });\n',
    });
    const reports = await biomeFixes(project);
    expect(reports.map(({ file, line, column, fix }) => [file, line, column, fix])).toEqual([
      ["src/calls.ts", 2, 44, [{ line: 3, column: 82, endLine: 3, endColumn: 91, text: "keys:read" }]],
      ["src/calls.ts", 3, 81, []],
      ["src/two.ts", 2, 36, [{ line: 2, column: 36, endLine: 2, endColumn: 90, text: 'portal: "pc_1", externalId: "u", scopes: ["keys:read' }]],
      ["src/two.ts", 2, 80, []],
    ]);
  });

  describe("on generated values, against ESLint and the core as the oracle", () => {
    /** Text near a slug, with each kind of character the rules tell apart; no quote, backslash or line break, so that it is written as it is. */
    const slugText = fc.string({
      unit: fc.oneof(
        fc.constantFrom(..."abcxyz0189-".split("")),
        fc.constantFrom("A", "Z", "_", " ", "\t", "\u00a0", "!", ".", "'", "`", "$", "é", "а", "\u200b", "😀"),
      ),
      maxLength: 72,
    });
    const field = fc.constantFrom(...CREATE_SESSION_FACTS.fields.filter((name) => ["slug", "portal"].includes(CREATE_SESSION_FACTS.field(name)?.kind ?? "")));
    const portalValue = fc.record({
      field,
      value: fc.oneof(
        slugText,
        slugText.map((text) => `pc_${text}`),
      ),
    });

    /** An entry of a list of scopes: near a scope, like a root-key permission, or any printable text. */
    const scopeEntry = fc.oneof(
      fc
        .tuple(
          fc.constantFrom("keys", "KEYS", "Keys", "analytics", "read"),
          fc.constantFrom(":", ".", "_", "-", " ", "::", "/"),
          fc.constantFrom("read", "Create", "reroll", "keys", "analytics"),
        )
        .map((parts) => parts.join("")),
      fc
        .tuple(
          fc.constantFrom("api", "API", "ratelimit"),
          fc.constantFrom("*", "api_123"),
          fc.constantFrom("read_key", "READ_KEY", "create_key", "read_api", "read_analytics", "delete_key"),
        )
        .map((parts) => parts.join(".")),
      fc.string({ unit: fc.constantFrom(..."abkeysrd:._- *AK".split("")), maxLength: 14 }),
    );

    /** A key that is another spelling of a field, as the core reads one: another case, separators, a plural, a singular, an "Id" too many. */
    const spelling = fc
      .tuple(
        fc.constantFrom(...CREATE_SESSION_FACTS.fields),
        fc.constantFrom<(name: string) => string>(
          (name) => name.toUpperCase(),
          (name) => name.toLowerCase(),
          (name) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`),
          (name) => name.replace(/[A-Z]/g, (letter) => `-${letter}`),
          (name) => `${name}s`,
          (name) => name.replace(/s$/, ""),
          (name) => `${name}Id`,
          (name) => `${name}_ID`,
          (name) => name.replace(/Id$/, "ID").replace(/Url$/, "URL"),
        ),
      )
      .map(([name, spell]) => spell(name))
      // A field's own name is no other spelling of it.
      .filter((key) => !CREATE_SESSION_FACTS.fields.includes(key));

    /** One call a case, on its own line: a portal field's value, a list's entry, or a key. */
    const line = fc.oneof(
      portalValue.map(
        ({ field: name, value }) =>
          `await unkey.portal.createSession({ ${name}: "${value}", externalId: "u", ${name === "slug" ? "permissions" : "scopes"}: ["keys:read"] });`,
      ),
      scopeEntry.map((entry) => `await unkey.portal.createSession({ portal: "billing", externalId: "u", scopes: ["${entry}"] });`),
      spelling.map((key) => `await unkey.portal.createSession({ portal: "billing", externalId: "u", scopes: ["keys:read"], "${key}": 1 });`),
    );

    it("reports exactly what ESLint reports of each, in its words", async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(line, { minLength: 20, maxLength: 40 }), async (lines) => {
          const project = biomeProject({ "src/generated.ts": `declare const unkey: any;\n${lines.join("\n")}\n` });
          const [biome, eslint] = await Promise.all([biomeLint(project), eslintOn(project)]);
          const reports = pluginReports(biome.reports);
          const eslintLines = eslint.map(({ line: each }) => each);
          expect(unmatched(reports, eslintLines)).toEqual([]);
          expect(eslintLines.filter((each) => !reports.some((report) => sameReport(report, each)))).toEqual([]);
        }),
        // A value cut inside its quote where an emoji's two code units straddle the cut: both cut after the emoji.
        // And a value over 70 code units that has fewer than 70 characters: quoted whole by both.
        {
          numRuns: 4,
          examples: [
            [[`await unkey.portal.createSession({ portal: "${"a".repeat(68)}😀bbbbb", externalId: "u", scopes: ["keys:read"] });`]],
            [[`await unkey.portal.createSession({ portal: "${"😀".repeat(36)}", externalId: "u", scopes: ["keys:read"] });`]],
          ],
        },
      );
    });
  });

  describe("on bad input", () => {
    const bad =
      'import { Unkey } from "@unkey/api";\n\nconst unkey = new Unkey({ rootKey: "" });\nawait unkey.portal.createSession({ portal: "My_Portal", externalId: "u", scopes: ["keys:read"] });\n';

    it("stops with an error when the plugin file does not compile", async () => {
      const broken = join(mkdtempSync(join(tmpdir(), "portal-slug-grit-")), "portal-slug.grit");
      // A file cut short in its first pattern, as a failed copy or an edit by hand may leave it.
      const text = readFileSync(GRIT_PLUGIN, "utf8");
      writeFileSync(broken, text.slice(0, text.indexOf("register_diagnostic(")));
      const run = await biomeLint(biomeProject({ "src/sessions.ts": bad }, [broken]));
      expect(run.reports).toEqual([]);
      expect(run.stderr).toMatch(/Error\(s\) during loading of plugins:\s+Failed to compile the Grit plugin/);
      expect(run.status).toBe(1);
    });

    it("stops, naming the path, when biome.json names no plugin file there", async () => {
      const missing = join(root, "node_modules", "eslint-plugin-portal-slug", "biome", "portal-slug.grit");
      const run = await biomeLint(biomeProject({ "src/sessions.ts": bad }, [missing]));
      expect(run.reports).toEqual([]);
      expect(run.stderr).toContain(`Biome couldn't find the plugin file ${missing}`);
      expect(run.status).toBe(1);
    });

    // What a user may get wrong in biome.json: a misspelt key, a path where a list is wanted, the
    // package's name where Biome wants the plugin file's path (Biome reads a name as a package with
    // a manifest of its own). Each stops Biome before it lints anything, saying what to change.
    it.each([
      ["a misspelt key", { plugin: ["PLUGIN"] }, "Found an unknown key `plugin`."],
      ["one path, not a list", { plugins: "PLUGIN" }, "plugins has an incorrect type, expected an array, but received a string."],
      ["the package's name", { plugins: ["eslint-plugin-portal-slug"] }, "Biome couldn't find a biome-manifest.json or biome-manifest.jsonc file in"],
    ])("stops with an error naming what to change when biome.json holds %s", async (_, config, words) => {
      const project = biomeProject({ "src/sessions.ts": bad });
      // Installed as a package manager links it, so that the name is found and only its form is wrong.
      mkdirSync(join(project, "node_modules"));
      symlinkSync(dirname(dirname(GRIT_PLUGIN)), join(project, "node_modules", "eslint-plugin-portal-slug"));
      writeFileSync(join(project, "biome.json"), JSON.stringify(config).replace('"PLUGIN"', JSON.stringify(GRIT_PLUGIN)));
      const run = await biomeLint(project);
      expect(run.reports).toEqual([]);
      expect(run.stderr.replace(/\s+/g, " ")).toContain(words);
      expect(run.status).toBe(1);
    });

    it("reports a file that does not parse, and still judges the files that do", async () => {
      const project = biomeProject({ "src/sessions.ts": bad, "src/broken.ts": bad.replace("] });", "] ") });
      const run = await biomeLint(project);
      expect(run.reports.map(({ file, category }) => [file, category])).toEqual([
        ["src/broken.ts", "parse"],
        ["src/sessions.ts", "plugin"],
      ]);
      expect(run.status).toBe(1);
    });
  });
});
