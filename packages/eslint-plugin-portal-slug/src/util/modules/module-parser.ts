/**
 * Parsing a module the linted file imports: with the linted file's own parser, so that what it
 * accepts is accepted, and where that fails or there is none (oxlint gives its rules no parser),
 * with typescript-estree, loaded only then since it loads TypeScript. typescript-eslint's parser
 * is typescript-estree with more on top, so for it typescript-estree is asked directly. Type
 * information is never asked for: a module is read for its syntax alone.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import ownRequire from "./own-require.cjs";

/** Parses a module's text; `undefined` when it is not code either parser reads. */
export type ParseModule = (text: string, path: string) => TSESTree.Program | undefined;

/** What ESLint's `context.languageOptions` holds, as much of it as a parser needs. */
export interface LanguageOptions {
  readonly parser?:
    | {
        meta?: { name?: unknown } | undefined;
        parse?: (text: string, options: object) => unknown;
        parseForESLint?: (text: string, options: object) => { ast: unknown };
      }
    | undefined;
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
const isTypeScriptEslintParser = (parser: LanguageOptions["parser"]): boolean => parser?.meta?.name === "typescript-eslint/parser";

/** The parser for modules the file with `languageOptions` imports. */
export function createModuleParser(languageOptions: LanguageOptions | undefined): ParseModule {
  // typescript-eslint's own syntax, without what only ESLint needs: typescript-estree below.
  const parser = isTypeScriptEslintParser(languageOptions?.parser) ? undefined : languageOptions?.parser;
  const own = Object.fromEntries(Object.entries(languageOptions?.parserOptions ?? {}).filter(([key]) => !PROGRAM_OPTIONS.test(key)));
  return (text, path) => {
    const jsx = /x$/.test(path);
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
