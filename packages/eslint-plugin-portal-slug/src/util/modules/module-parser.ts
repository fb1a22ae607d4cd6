/**
 * Parsing a module the linted file imports: with the linted file's own parser, so that what it
 * accepts is accepted, and where that fails or there is none (oxlint gives its rules no parser),
 * with typescript-estree, loaded only then since it loads TypeScript. typescript-eslint's parser
 * is typescript-estree with more on top, so for it typescript-estree is asked directly. A
 * component file (`.vue`, `.svelte`, `.astro`) has a parser for its own kind, which may read a
 * script module as markup (svelte-eslint-parser does, and finds no export in it): its modules
 * are read by the parser its config sets for the script inside it (`parserOptions.parser`), or
 * else by typescript-estree. Type information is never asked for: a module is read for its
 * syntax alone.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import ownRequire from "./own-require.cjs";

/** Parses a module's text; `undefined` when it is not code either parser reads. */
export type ParseModule = (text: string, path: string) => TSESTree.Program | undefined;

/** A parser, as much of one as reading a module needs. */
interface Parser {
  meta?: { name?: unknown } | undefined;
  parse?: (text: string, options: object) => unknown;
  parseForESLint?: (text: string, options: object) => { ast: unknown };
}

/** What ESLint's `context.languageOptions` holds, as much of it as a parser needs. */
export interface LanguageOptions {
  readonly parser?: Parser | undefined;
  readonly parserOptions?: Readonly<Record<string, unknown>> | undefined;
}

/** Options that would make a TypeScript parser build a program: expensive, and not needed to read syntax. */
const PROGRAM_OPTIONS = /^(?:project|projectService|programs|EXPERIMENTAL_.*)$/;

const isProgram = (ast: unknown): ast is TSESTree.Program => (ast as TSESTree.Program | undefined)?.type === "Program";

/**
 * Whether `parser` is typescript-eslint's, whose syntax is typescript-estree's: asked for a
 * module, it would also make the tokens, the comments and a scope analysis that ESLint needs of
 * a linted file and the rules never read of an imported one, which made parsing a module about
 * twice as slow as typescript-estree alone (BENCHMARKS.md).
 */
const isTypeScriptEslintParser = (parser: Parser | undefined): boolean => parser?.meta?.name === "typescript-eslint/parser";

const isParser = (value: unknown): value is Parser =>
  typeof value === "object" && value !== null && (typeof (value as Parser).parse === "function" || typeof (value as Parser).parseForESLint === "function");

/** A script file: JavaScript or TypeScript, read by a parser of scripts; any other kind of file is a component (or a document) with a parser of its own. */
const SCRIPT_FILE = /\.[cm]?[jt]sx?$/;

/** The keys a parser by language (`parserOptions.parser: { ts, js }`, as vue-eslint-parser and svelte-eslint-parser take it) may give the module at `path`, the most fitting first. */
function languagesOf(path: string): readonly string[] {
  const jsx = /x$/.test(path);
  if (/\.[cm]?tsx?$/.test(path)) return jsx ? ["tsx", "ts", "typescript"] : ["ts", "typescript"];
  return jsx ? ["jsx", "js"] : ["js"];
}

/** The parser a component file's config sets for the script inside it, for the module at `path`: one for every language, or one by language; a parser named by its package (a string) is not loaded. */
function scriptParser(option: unknown, path: string): Parser | undefined {
  if (isParser(option)) return option;
  if (typeof option !== "object" || option === null) return undefined;
  const byLanguage = option as Readonly<Record<string, unknown>>;
  for (const language of languagesOf(path)) {
    const parser = byLanguage[language];
    if (isParser(parser)) return parser;
  }
  return undefined;
}

/**
 * The parser for modules the file `importer`, with `languageOptions`, imports. `undefined` where
 * typescript-estree reads them: no parser, typescript-eslint's (its syntax, without what only
 * ESLint needs), or a component whose config sets no parser for its script.
 */
function moduleParserFor(languageOptions: LanguageOptions | undefined, importer: string, path: string): Parser | undefined {
  const parser = SCRIPT_FILE.test(importer) ? languageOptions?.parser : scriptParser(languageOptions?.parserOptions?.["parser"], path);
  return isTypeScriptEslintParser(parser) ? undefined : parser;
}

/** Reads the modules the file `importer`, linted with `languageOptions`, imports. */
export function createModuleParser(languageOptions: LanguageOptions | undefined, importer: string): ParseModule {
  const own = Object.fromEntries(Object.entries(languageOptions?.parserOptions ?? {}).filter(([key]) => !PROGRAM_OPTIONS.test(key)));
  return (text, path) => {
    const jsx = /x$/.test(path);
    const parser = moduleParserFor(languageOptions, importer, path);
    try {
      const options = {
        ...own,
        ecmaVersion: "latest",
        sourceType: /\.c[jt]s$/.test(path) ? "commonjs" : "module",
        ecmaFeatures: { ...(own["ecmaFeatures"] as object | undefined), jsx },
        range: true,
        loc: true,
        filePath: path,
      };
      const ast = parser?.parseForESLint ? parser.parseForESLint(text, options).ast : parser?.parse?.(text, options);
      if (isProgram(ast)) return ast;
    } catch {
      // TypeScript in a module the file's JavaScript parser cannot read; oxlint's parser stub.
    }
    try {
      const { parse } = ownRequire("@typescript-eslint/typescript-estree") as { parse: (text: string, options: object) => unknown };
      const ast = parse(text, { range: true, loc: true, jsx, filePath: path });
      return isProgram(ast) ? ast : undefined;
    } catch {
      return undefined;
    }
  };
}
