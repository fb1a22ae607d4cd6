// Which parser reads an imported module, and that the quicker one reads the same syntax.
import * as tsParser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import { createModuleParser, type LanguageOptions } from "./module-parser.js";
import ownRequire from "./own-require.cjs";

/** A module with TypeScript's own syntax, JSX aside. */
const MODULE = `import type { Portal } from "./types";
export enum Region { Eu = "eu", Us = "us" }
export const PORTALS = { eu: "eu-portal", us: "us-portal" } satisfies Record<Region, string>;
export default function portalFor<T extends Region>(region: T): string { return PORTALS[region]!; }
`;

/** The syntax of a program alone: the tokens and comments ESLint needs of a linted file left out. */
const syntax = (program: unknown): unknown =>
  JSON.parse(JSON.stringify(program, (key, value: unknown) => (key === "tokens" || key === "comments" || key === "parent" ? undefined : value)));

/** A parser as the test hands it over: typescript-eslint's, or the same under another name. */
interface Parser {
  readonly meta: { readonly name: string };
  parseForESLint(text: string, options: tsParser.ParserOptions): { ast: unknown };
}

/** `parser` with its calls to `parseForESLint` counted, as ESLint's `languageOptions` hands it over. */
function counted(parser: Parser): { languageOptions: LanguageOptions; parser: LanguageOptions["parser"]; calls: () => number } {
  let calls = 0;
  const parseForESLint = (text: string, options: object) => {
    calls++;
    return parser.parseForESLint(text, options as tsParser.ParserOptions);
  };
  const wrapped = { meta: parser.meta, parseForESLint };
  return { languageOptions: { parser: wrapped, parserOptions: { sourceType: "module" } }, parser: wrapped, calls: () => calls };
}

/** A component's parser as svelte-eslint-parser is: it reads any text as its own markup, a script module too, into a program with no statement. */
const markup = {
  meta: { name: "markup-parser" },
  parseForESLint: (text: string) => ({ ast: { type: "Program", sourceType: "module", body: [{ type: "MarkupText", value: text }], range: [0, text.length] } }),
} satisfies Parser;

/** The linted file that imports the modules: a script, read by a parser of scripts. */
const IMPORTER = "/project/index.ts";

/** typescript-eslint's parser under a name of its own. */
const another: Parser = { meta: { name: "another-parser" }, parseForESLint: tsParser.parseForESLint };

describe("createModuleParser", () => {
  it("reads a module for typescript-eslint's parser without it, into the program that parser makes", () => {
    const { languageOptions, calls } = counted(tsParser);
    const program = createModuleParser(languageOptions, IMPORTER)(MODULE, "/project/portals.ts");
    expect(calls()).toBe(0);
    expect(program).toBeDefined();
    expect(program?.tokens).toBeUndefined();
    expect(syntax(program)).toEqual(
      syntax(tsParser.parseForESLint(MODULE, { sourceType: "module", range: true, loc: true, filePath: "/project/portals.ts" }).ast),
    );
  });

  it("reads a module where typescript-eslint's configs were spread in several folders' configs, as in a monorepo or an editor's workspace", () => {
    // Each `tseslint.configs.*` a config file spreads adds that file's folder; with two and no
    // `tsconfigRootDir` given, typescript-estree throws on every parse, which read as an
    // unreadable module: every imported value unknown, in silence.
    const estree = ownRequire("@typescript-eslint/typescript-estree") as typeof import("@typescript-eslint/typescript-estree");
    estree.addCandidateTSConfigRootDir("/repo/a");
    estree.addCandidateTSConfigRootDir("/repo/b");
    try {
      expect(() => estree.parse("export const A = 1;", { filePath: "/repo/a/m.ts" })).toThrow(/multiple candidate TSConfigRootDirs/);
      const program = createModuleParser(undefined, "/repo/a/index.ts")(MODULE, "/repo/a/config.ts");
      expect(program?.body).toHaveLength(4);
      // And through a parser the config names, which typescript-estree serves in turn.
      const { languageOptions, calls } = counted(another);
      expect(createModuleParser(languageOptions, "/repo/a/index.ts")(MODULE, "/repo/a/config.ts")?.body).toHaveLength(4);
      expect(calls()).toBe(1);
    } finally {
      estree.clearCandidateTSConfigRootDirs();
    }
  });

  it("reads a module with any other parser the linted file names", () => {
    const { languageOptions, calls } = counted(another);
    expect(createModuleParser(languageOptions, IMPORTER)(MODULE, "/project/portals.ts")?.type).toBe("Program");
    expect(calls()).toBe(1);
  });

  it.each([
    ["typescript-eslint's parser", tsParser],
    ["another parser", another],
  ])("gives no program for a module that does not parse, with %s", (_name, parser) => {
    expect(createModuleParser(counted(parser).languageOptions, IMPORTER)('export const A = "a" +;', "/project/a.ts")).toBeUndefined();
  });

  it("reads JSX in a .tsx module for typescript-eslint's parser", () => {
    const program = createModuleParser(counted(tsParser).languageOptions, IMPORTER)("export const A = <div>{'a'}</div>;", "/project/a.tsx");
    expect(program?.body[0]?.type).toBe("ExportNamedDeclaration");
  });

  describe("in a component file (.svelte, .vue), whose parser reads its own kind of file", () => {
    const firstStatement = (program: { body: readonly { type: string }[] } | undefined): string | undefined => program?.body[0]?.type;

    it("reads a script module with the parser its config sets for the script inside it, never with the component's", () => {
      const component = counted(markup);
      const script = counted(another);
      const languageOptions: LanguageOptions = { parser: component.parser, parserOptions: { parser: script.parser } };
      expect(firstStatement(createModuleParser(languageOptions, "/project/Portal.svelte")(MODULE, "/project/portals.ts"))).toBe("ImportDeclaration");
      expect(component.calls()).toBe(0);
      expect(script.calls()).toBe(1);
    });

    it.each([
      ["/project/portals.ts", { ts: "ts" }, "ts"],
      ["/project/portals.tsx", { ts: "ts", tsx: "tsx" }, "tsx"],
      ["/project/portals.tsx", { ts: "ts" }, "ts"],
      ["/project/portals.mts", { typescript: "typescript" }, "typescript"],
      ["/project/portals.js", { js: "js", ts: "ts" }, "js"],
      ["/project/portals.jsx", { js: "js" }, "js"],
    ])("reads %s with the parser set for its language in %j", (path, languages, expected) => {
      const used: string[] = [];
      const byLanguage = Object.fromEntries(
        Object.keys(languages).map((language) => [
          language,
          { parseForESLint: (text: string, options: object) => (used.push(language), tsParser.parseForESLint(text, options as tsParser.ParserOptions)) },
        ]),
      );
      const program = createModuleParser({ parser: markup, parserOptions: { parser: byLanguage } }, "/project/App.vue")("export const A = 'a';", path);
      expect(firstStatement(program)).toBe("ExportNamedDeclaration");
      expect(used).toEqual([expected]);
    });

    it.each([
      ["no parser for its script", () => undefined],
      ["a parser named by its package, which is not loaded", () => "@typescript-eslint/parser"],
      ["no parser for the module's language", (js: LanguageOptions["parser"]) => ({ js })],
    ])("reads a script module with typescript-estree when the config sets %s", (_name, option) => {
      const component = counted(markup);
      const js = counted(another);
      const given = option(js.parser);
      const languageOptions: LanguageOptions = { parser: component.parser, parserOptions: given === undefined ? {} : { parser: given } };
      const program = createModuleParser(languageOptions, "/project/Portal.svelte")(MODULE, "/project/portals.ts");
      expect(firstStatement(program)).toBe("ImportDeclaration");
      expect([component.calls(), js.calls()]).toEqual([0, 0]);
    });

    it("still reads a code block a processor hands over (README.md/0.ts) with the file's own parser", () => {
      const { languageOptions, calls } = counted(another);
      expect(firstStatement(createModuleParser(languageOptions, "/project/README.md/0.ts")(MODULE, "/project/portals.ts"))).toBe("ImportDeclaration");
      expect(calls()).toBe(1);
    });
  });

  describe("for a script file read by a component's parser (a .svelte.ts file, by svelte-eslint-parser)", () => {
    it("refuses the component's reading of a script module, markup alone, and asks the parser set for the script", () => {
      const component = counted(markup);
      const script = counted(another);
      const languageOptions: LanguageOptions = { parser: component.parser, parserOptions: { parser: script.parser } };
      const program = createModuleParser(languageOptions, "/project/runes.svelte.ts")(MODULE, "/project/portals.ts");
      expect(program?.body[0]?.type).toBe("ImportDeclaration");
      expect([component.calls(), script.calls()]).toEqual([1, 1]);
    });

    it("reads the module with typescript-estree when the config sets no parser for the script", () => {
      const component = counted(markup);
      const program = createModuleParser({ parser: component.parser }, "/project/runes.svelte.ts")(MODULE, "/project/portals.ts");
      expect(program?.body[0]?.type).toBe("ImportDeclaration");
      expect(component.calls()).toBe(1);
    });
  });

  it.each([
    ["an empty module", "", []],
    ["a dialect's statements beside a script's (Flow's type alias)", "type A = string;\nexport const A = 'a';", ["TypeAlias", "ExportNamedDeclaration"]],
  ])("takes the linted file's parser's program of %s as it is", (_name, text, types) => {
    // Marked, so that typescript-estree's reading of the same text cannot pass for it.
    const dialect = { parseForESLint: () => ({ ast: { type: "Program", sourceType: "module", body: types.map((type) => ({ type })), dialect: true } }) };
    const program = createModuleParser({ parser: dialect }, IMPORTER)(text, "/project/portals.js");
    expect(program).toMatchObject({ dialect: true });
    expect(program?.body.map(({ type }) => type)).toEqual(types);
  });

  it("names the parsers a module would be read by, so that a reading is kept for them alone", () => {
    const dialect = counted(another).parser;
    const options = { sourceType: "module" };
    const readers = (languageOptions: LanguageOptions | undefined, importer: string) =>
      createModuleParser(languageOptions, importer).readers("/project/portals.js");
    // typescript-estree alone, whatever the config: typescript-eslint's parser, no parser, a component without a script parser.
    const alone = readers(counted(tsParser).languageOptions, IMPORTER);
    expect(alone).toBe("");
    expect(readers(undefined, IMPORTER)).toBe(alone);
    expect(readers({ parser: dialect, parserOptions: options }, "/project/App.vue")).toBe(alone);
    // A parser of its own: the same for every script file of the config, whatever options object ESLint hands each, another for another parser or other options.
    const own = readers({ parser: dialect, parserOptions: options }, IMPORTER);
    expect(own).not.toBe(alone);
    expect(readers({ parser: dialect, parserOptions: options }, "/project/other.js")).toBe(own);
    expect(readers({ parser: counted(another).parser, parserOptions: options }, IMPORTER)).not.toBe(own);
    expect(readers({ parser: dialect, parserOptions: { sourceType: "module" } }, IMPORTER)).toBe(own);
    expect(readers({ parser: dialect, parserOptions: { sourceType: "module", babelOptions: { presets: ["flow"] } } }, IMPORTER)).not.toBe(own);
    // Options that are no plain data are named by the object, and a cycle does not stop the naming.
    const cyclic: Record<string, unknown> = { sourceType: "module" };
    cyclic["self"] = cyclic;
    expect(readers({ parser: dialect, parserOptions: { plugin: counted(another).parser } }, IMPORTER)).not.toBe(
      readers({ parser: dialect, parserOptions: { plugin: counted(another).parser } }, IMPORTER),
    );
    expect(readers({ parser: dialect, parserOptions: cyclic }, IMPORTER)).toMatch(/^\d+;#\d+$/);
  });
});
