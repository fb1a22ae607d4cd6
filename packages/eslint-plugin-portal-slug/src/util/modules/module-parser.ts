/**
 * Parsing a module the linted file imports: with the linted file's own parser, so that what it
 * accepts is accepted, and where that fails or there is none (oxlint gives its rules no parser),
 * with typescript-estree, loaded only then since it loads TypeScript. Type information is never
 * asked for: a module is read for its syntax alone.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import ownRequire from "./own-require.cjs";

/** Parses a module's text; `undefined` when it is not code either parser reads. */
export type ParseModule = (text: string, path: string) => TSESTree.Program | undefined;

/** What ESLint's `context.languageOptions` holds, as much of it as a parser needs. */
export interface LanguageOptions {
  readonly parser?: { parse?: (text: string, options: object) => unknown; parseForESLint?: (text: string, options: object) => { ast: unknown } } | undefined;
  readonly parserOptions?: Readonly<Record<string, unknown>> | undefined;
}

/** Options that would make a TypeScript parser build a program: expensive, and not needed to read syntax. */
const PROGRAM_OPTIONS = /^(?:project|projectService|programs|EXPERIMENTAL_.*)$/;

const isProgram = (ast: unknown): ast is TSESTree.Program => (ast as TSESTree.Program | undefined)?.type === "Program";

/** The parser for modules the file with `languageOptions` imports. */
export function createModuleParser(languageOptions: LanguageOptions | undefined): ParseModule {
  const parser = languageOptions?.parser;
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
