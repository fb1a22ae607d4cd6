/**
 * Parsing a module the linted file imports, with the first parser that reads it as code: the
 * linted file's own when that file is a script, the one its config sets for a component's script,
 * else typescript-estree. In turn:
 * - the linted file's own parser, so that what it accepts is accepted, when the linted file is a
 *   script itself (JavaScript or TypeScript by its name; any other file, a `.vue`, `.svelte`,
 *   `.astro` or `.html` one, has a parser for its own kind);
 * - the parser its config sets for the script inside a component (`parserOptions.parser`, one
 *   parser or one by language, as vue-eslint-parser, svelte-eslint-parser and
 *   astro-eslint-parser take it);
 * - typescript-estree, loaded only then since it loads TypeScript: where there is no parser
 *   (oxlint gives its rules none), where a JavaScript parser cannot read a TypeScript module, and
 *   in place of typescript-eslint's parser, whose syntax it is, without what only ESLint needs.
 * A component's parser reads its own kind of file, and may read a script module as markup:
 * svelte-eslint-parser does, for a `.svelte.ts` file's imports too, and finds no export there.
 * Type information is never asked for: a module is read for its syntax alone.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { dirname, isAbsolute, resolve } from "node:path";
import ownRequire from "./own-require.cjs";

/** Parses a module's text; `undefined` when it is not code any of the parsers reads. */
export interface ParseModule {
  (text: string, path: string): TSESTree.Program | undefined;
  /**
   * Which parsers, with which options, would read the module at `path`, in turn: a reading is
   * kept for a lint run under this beside the path, since files linted with other parsers (a
   * `.vue` file's beside a `.js` file's), or the same one with other options (Babel's presets),
   * may read the same module otherwise, or not at all. The options are named by what they hold,
   * since ESLint hands every file an options object of its own.
   */
  readonly readers: (path: string) => string;
}

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

/** The statements and declarations a script's top level holds, as ESTree and typescript-estree name them. */
const SCRIPT_STATEMENTS = new Set([
  ...["ExpressionStatement", "BlockStatement", "EmptyStatement", "DebuggerStatement", "WithStatement", "ReturnStatement", "LabeledStatement"],
  ...["BreakStatement", "ContinueStatement", "IfStatement", "SwitchStatement", "ThrowStatement", "TryStatement", "WhileStatement"],
  ...["DoWhileStatement", "ForStatement", "ForInStatement", "ForOfStatement", "FunctionDeclaration", "VariableDeclaration", "ClassDeclaration"],
  ...["ImportDeclaration", "ExportNamedDeclaration", "ExportDefaultDeclaration", "ExportAllDeclaration"],
  ...["TSTypeAliasDeclaration", "TSInterfaceDeclaration", "TSEnumDeclaration", "TSModuleDeclaration", "TSImportEqualsDeclaration"],
  ...["TSExportAssignment", "TSNamespaceExportDeclaration", "TSDeclareFunction"],
]);

/**
 * Whether `ast` is a program of code: empty, or with one statement of a script or a module at
 * least. A component parser's reading of a script module holds its markup alone (a
 * `SvelteText`), and a parser of a dialect (Flow's) holds the statements beside its own.
 */
const holdsCode = (ast: unknown): ast is TSESTree.Program => {
  const program = ast as TSESTree.Program | undefined;
  return program?.type === "Program" && Array.isArray(program.body) && (!program.body.length || program.body.some(({ type }) => SCRIPT_STATEMENTS.has(type)));
};

/**
 * Whether `parser` is typescript-eslint's, whose syntax is typescript-estree's: asked for a
 * module, it would also make the tokens, the comments and a scope analysis that ESLint needs of
 * a linted file and the rules never read of an imported one, which made parsing a module about
 * twice as slow as typescript-estree alone (BENCHMARKS.md).
 */
const isTypeScriptEslintParser = (parser: Parser): boolean => parser.meta?.name === "typescript-eslint/parser";

const isParser = (value: unknown): value is Parser =>
  typeof value === "object" && value !== null && (typeof (value as Parser).parse === "function" || typeof (value as Parser).parseForESLint === "function");

/** Whether the module at `path` is JSX or TSX, by its name. */
const isJsx = (path: string): boolean => /x$/.test(path);

/** A script file: JavaScript or TypeScript, most likely linted with a parser of scripts. */
const SCRIPT_FILE = /\.[cm]?[jt]sx?$/;

/** The keys a parser by language (`parserOptions.parser: { ts, js }`) may give the module at `path`, the most fitting first. */
function languagesOf(path: string): readonly string[] {
  const jsx = isJsx(path);
  if (/\.[cm]?tsx?$/.test(path)) return jsx ? ["tsx", "ts", "typescript"] : ["ts", "typescript"];
  return jsx ? ["jsx", "js"] : ["js"];
}

/**
 * The parser a config sets for the script inside a component, for the module at `path`. A
 * parser named by its package (a string, as eslintrc configs name it) is not loaded: the
 * plugin cannot know from where, and typescript-estree reads the module instead.
 */
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
 * The parsers to ask for the module at `path`, in turn, before typescript-estree; the list stops
 * at typescript-eslint's parser, for which typescript-estree is asked at once.
 */
function parsersFor(languageOptions: LanguageOptions | undefined, importer: string, path: string): Parser[] {
  const parsers: Parser[] = [];
  const own = SCRIPT_FILE.test(importer) ? languageOptions?.parser : undefined;
  for (const parser of [own, scriptParser(languageOptions?.parserOptions?.["parser"], path)]) {
    if (!parser || parsers.includes(parser)) continue;
    if (isTypeScriptEslintParser(parser)) break;
    parsers.push(parser);
  }
  return parsers;
}

/** A number for each parser, and each object in parser options that is no plain data, met, to name a reading by (a parser has no name it must keep unique). */
const numbers = new WeakMap<object, number>();
let numbered = 0;
function numberOf(object: object): number {
  let number = numbers.get(object);
  if (number === undefined) numbers.set(object, (number = ++numbered));
  return number;
}

/** Plain data: what JSON writes as it is; a parser, a function or a class's instance is named by its number instead. */
const isPlain = (value: object): boolean => Array.isArray(value) || [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null);

/** Parser options as a key: their data as JSON, any other object by its number; by the object's own number when JSON cannot write them (a cycle). */
function optionsNamed(options: object): string {
  try {
    return JSON.stringify(options, (_key, value: unknown) =>
      typeof value === "function" || (typeof value === "object" && value !== null && !isPlain(value)) ? `#${numberOf(value)}` : value,
    );
  } catch {
    return `#${numberOf(options)}`;
  }
}

/** Reads the modules the file `importer`, linted with `languageOptions`, imports. */
export function createModuleParser(languageOptions: LanguageOptions | undefined, importer: string): ParseModule {
  const own = Object.fromEntries(Object.entries(languageOptions?.parserOptions ?? {}).filter(([key]) => !PROGRAM_OPTIONS.test(key)));
  const parse = (text: string, path: string): TSESTree.Program | undefined => {
    const jsx = isJsx(path);
    // Given, since typescript-estree infers it otherwise from every config file that spread
    // typescript-eslint's configs in the process, and throws once there are two (a monorepo's
    // configs, an editor's workspace folders): the module's own folder, where a plain parse reads
    // nothing.
    const given = own["tsconfigRootDir"];
    const tsconfigRootDir = typeof given === "string" && isAbsolute(given) ? given : resolve(dirname(path));
    const options = {
      ...own,
      tsconfigRootDir,
      ecmaVersion: "latest",
      sourceType: /\.c[jt]s$/.test(path) ? "commonjs" : "module",
      ecmaFeatures: { ...(own["ecmaFeatures"] as object | undefined), jsx },
      range: true,
      loc: true,
      filePath: path,
    };
    for (const parser of parsersFor(languageOptions, importer, path)) {
      try {
        const ast = parser.parseForESLint ? parser.parseForESLint(text, options).ast : parser.parse?.(text, options);
        if (holdsCode(ast)) return ast;
      } catch {
        // TypeScript in a module the file's JavaScript parser cannot read, a script a component's
        // parser cannot read as its markup, oxlint's parser stub: the next parser is asked.
      }
    }
    try {
      const estree = ownRequire("@typescript-eslint/typescript-estree") as { parse: (text: string, options: object) => unknown };
      const ast = estree.parse(text, { range: true, loc: true, jsx, filePath: path, tsconfigRootDir });
      return holdsCode(ast) ? ast : undefined;
    } catch {
      return undefined;
    }
  };
  // typescript-estree, asked last, takes none of the config's options: with no parser before it, any config reads alike.
  let named: string | undefined;
  const readers = (path: string): string => {
    const parsers = parsersFor(languageOptions, importer, path);
    return parsers.length ? `${parsers.map(numberOf).join(",")};${(named ??= optionsNamed(own))}` : "";
  };
  return Object.assign(parse, { readers });
}
