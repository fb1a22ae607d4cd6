// Which parser reads an imported module, and that the quicker one reads the same syntax.
import * as tsParser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import { createModuleParser, type LanguageOptions } from "./module-parser.js";

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
function counted(parser: Parser): { languageOptions: LanguageOptions; calls: () => number } {
  let calls = 0;
  const parseForESLint = (text: string, options: object) => {
    calls++;
    return parser.parseForESLint(text, options as tsParser.ParserOptions);
  };
  return { languageOptions: { parser: { meta: parser.meta, parseForESLint }, parserOptions: { sourceType: "module" } }, calls: () => calls };
}

/** typescript-eslint's parser under a name of its own. */
const another: Parser = { meta: { name: "another-parser" }, parseForESLint: tsParser.parseForESLint };

describe("createModuleParser", () => {
  it("reads a module for typescript-eslint's parser without it, into the program that parser makes", () => {
    const { languageOptions, calls } = counted(tsParser);
    const program = createModuleParser(languageOptions)(MODULE, "/project/portals.ts");
    expect(calls()).toBe(0);
    expect(program).toBeDefined();
    expect(program?.tokens).toBeUndefined();
    expect(syntax(program)).toEqual(
      syntax(tsParser.parseForESLint(MODULE, { sourceType: "module", range: true, loc: true, filePath: "/project/portals.ts" }).ast),
    );
  });

  it("reads a module with any other parser the linted file names", () => {
    const { languageOptions, calls } = counted(another);
    expect(createModuleParser(languageOptions)(MODULE, "/project/portals.ts")?.type).toBe("Program");
    expect(calls()).toBe(1);
  });

  it.each([
    ["typescript-eslint's parser", tsParser],
    ["another parser", another],
  ])("gives no program for a module that does not parse, with %s", (_name, parser) => {
    expect(createModuleParser(counted(parser).languageOptions)('export const A = "a" +;', "/project/a.ts")).toBeUndefined();
  });

  it("reads JSX in a .tsx module for typescript-eslint's parser", () => {
    const program = createModuleParser(counted(tsParser).languageOptions)("export const A = <div>{'a'}</div>;", "/project/a.tsx");
    expect(program?.body[0]?.type).toBe("ExportNamedDeclaration");
  });
});
