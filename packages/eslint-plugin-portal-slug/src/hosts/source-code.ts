/**
 * ESLint's view of a file, for a host that hands its plugins the text and little else (Deno's
 * lint plugins get no scope manager, no tokens, no `loc`, and a tree whose template literals are
 * shaped otherwise): the text is parsed again with typescript-estree and analysed by
 * typescript-eslint's scope manager, with the options typescript-eslint's parser gives them
 * without type information. So the rules read the very tree, scopes and tokens they read under
 * ESLint, and report the same things at the same characters. typescript-estree loads TypeScript:
 * it is loaded on the first file that needs it, as for imported modules.
 */
import { dirname, resolve } from "node:path";
import { analyze } from "@typescript-eslint/scope-manager";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { visitorKeys } from "@typescript-eslint/visitor-keys";
import ownRequire from "../util/modules/own-require.cjs";

/** A node of the tree, as the walk reads its children. */
type Walked = TSESTree.Node & Readonly<Record<string, unknown>>;

/** What typescript-estree throws for a text it cannot parse. */
interface ParseError {
  readonly message: string;
  readonly index?: number;
  readonly lineNumber?: number;
  readonly column?: number;
}

/** A file typescript-estree could not read: its place (line from 1, column from 1, offset in the text) and the parser's words. */
export class UnreadableFileError extends SyntaxError {
  override readonly name = "UnreadableFileError";
  constructor(
    readonly line: number | undefined,
    readonly column: number | undefined,
    readonly reason: string,
    readonly offset: number | undefined = undefined,
  ) {
    super(reason);
  }
}

/** ESLint's line breaks: each ends a line, and `\r\n` is one. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/gu;

/** Where each line of `text` starts, as string offsets. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(LINE_BREAK)) starts.push(match.index + match[0].length);
  return starts;
}

/** The index of the first of the ascending `values` that is at least `at`; `values.length` when none is. */
function firstAtLeast(values: readonly number[], at: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] as number) < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Each child node of `node`, in the order ESLint's traversal visits them. */
function* childrenOf(node: Walked): Generator<Walked> {
  for (const key of visitorKeys[node.type] ?? []) {
    const child = node[key];
    if (Array.isArray(child)) {
      for (const item of child as unknown[]) if (item && typeof (item as Walked).type === "string") yield item as Walked;
    } else if (child && typeof (child as Walked).type === "string") yield child as Walked;
  }
}

/** Sets every node's `parent` (the root's to `null`), as ESLint does before a rule runs. */
function setParents(node: Walked, parent: TSESTree.Node | null): void {
  (node as { parent: TSESTree.Node | null }).parent = parent;
  for (const child of childrenOf(node)) setParents(child, node);
}

/**
 * The SourceCode a rule would get from ESLint with typescript-eslint's parser and no type
 * information, for the file at `filename` holding `text`; throws {@link UnreadableFileError}
 * where typescript-estree cannot parse the text (ESLint would report a parsing error there).
 */
export function createSourceCode(filename: string, text: string): TSESLint.SourceCode {
  const { parse } = ownRequire("@typescript-eslint/typescript-estree") as { parse: (text: string, options: object) => TSESTree.Program };
  // ESLint turns a shebang into a line comment of the same length before it parses.
  const parsed = text.replace(/^#!([^\r\n]*)/u, "//$1");
  let ast: TSESTree.Program;
  try {
    // The root given, as the module parser gives it: typescript-estree throws when it must infer one from several configs.
    ast = parse(parsed, { range: true, loc: true, tokens: true, comment: true, filePath: filename, tsconfigRootDir: resolve(dirname(filename)) });
  } catch (error) {
    const { message, index, lineNumber, column } = error as ParseError;
    throw new UnreadableFileError(lineNumber, column === undefined ? undefined : column + 1, String(message), index);
  }
  // ESLint's defaults: a .cjs file is CommonJS (a script to the scope manager), any other a module.
  const sourceType = /\.cjs$/.test(filename) ? "script" : "module";
  (ast as { sourceType: string }).sourceType = sourceType;
  setParents(ast as Walked, null);
  const scopeManager = analyze(ast, { sourceType });
  const starts = lineStartsOf(text);
  const tokens = ast.tokens ?? [];
  const tokenStarts = tokens.map((token) => token.range[0]);

  const sourceCode = {
    text,
    ast,
    lines: text.split(LINE_BREAK),
    visitorKeys,
    // typescript-eslint's parser without a program: no type information to give.
    parserServices: {},
    scopeManager,
    getText: (node?: TSESTree.Node | TSESTree.Token, before = 0, after = 0): string =>
      node ? text.slice(Math.max(node.range[0] - before, 0), node.range[1] + after) : text,
    getLocFromIndex: (index: number): TSESTree.Position => {
      // The last line that starts at or before the index.
      const line = firstAtLeast(starts, index + 1) - 1;
      return { line: line + 1, column: index - (starts[line] as number) };
    },
    getIndexFromLoc: ({ line, column }: TSESTree.Position): number => (starts[line - 1] ?? text.length) + column,
    /** ESLint's own: the innermost scope that holds `current`, the function's scope for a function expression's name. */
    getScope: (current: TSESTree.Node): TSESLint.Scope.Scope => {
      const inner = current.type !== "Program";
      for (let node: TSESTree.Node | undefined = current; node; node = node.parent) {
        const scope = scopeManager.acquire(node, inner);
        if (scope) return (scope.type === "function-expression-name" ? scope.childScopes[0] : scope) as TSESLint.Scope.Scope;
      }
      return scopeManager.scopes[0] as TSESLint.Scope.Scope;
    },
    getDeclaredVariables: (node: TSESTree.Node) => scopeManager.getDeclaredVariables(node),
    /** The first token inside `node`, comments aside; `null` when it holds none. */
    getFirstToken: (node: TSESTree.Node | TSESTree.Token): TSESTree.Token | null => {
      const token = tokens[firstAtLeast(tokenStarts, node.range[0])];
      return token && token.range[0] >= node.range[0] && token.range[1] <= node.range[1] ? token : null;
    },
  };
  return sourceCode as unknown as TSESLint.SourceCode;
}

/** A rule's listeners, as ESLint takes them: by node type, or `<type>:exit` for when the walk leaves such a node. */
export type Listeners = Readonly<Record<string, ((node: TSESTree.Node) => void) | undefined>>;

/** A listener key the walk below calls: a node type, or one with `:exit`. Selectors are ESLint's alone. */
export const isNodeTypeListener = (key: string): boolean => /^[A-Z][A-Za-z]*(?::exit)?$/.test(key);

/** Calls `listeners` on every node of `sourceCode`'s tree, in ESLint's order: a node on entering it, `:exit` on leaving. */
export function runListeners(sourceCode: TSESLint.SourceCode, listeners: Listeners): void {
  const visit = (node: Walked): void => {
    listeners[node.type]?.(node);
    for (const child of childrenOf(node)) visit(child);
    listeners[`${node.type}:exit`]?.(node);
  };
  visit(sourceCode.ast as Walked);
}
