/**
 * The calls of the SDK's standalone function (`portalCreateSession`) in one file, however it was imported:
 * by name, renamed, as a namespace, through `require` (declared or not, or made by
 * `createRequire`), or through TypeScript's `import x = require(…)`. A local function that merely
 * shares the name is not one of them.
 */
import { ReferenceTracker as EstreeTracker, getStringIfConstant as estreeStringIfConstant } from "@eslint-community/eslint-utils";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { eachNode } from "../syntax.js";
import { isStandaloneModule, STANDALONE_FUNCTION, STANDALONE_MODULE_NAME, STANDALONE_MODULES } from "./unkey-calls.js";

/**
 * eslint-utils' tracker, typed for the nodes and scopes ESLint hands this plugin (typescript-eslint's,
 * a superset of ESTree's). Imported from eslint-utils itself, which ESLint loads anyway, rather
 * than through typescript-eslint's `ast-utils`, which brings every other helper of its own with it.
 */
interface Tracker {
  iterateEsmReferences(traceMap: TraceMap): Iterable<{ node: TSESTree.Node }>;
  iterateCjsReferences(traceMap: TraceMap): Iterable<{ node: TSESTree.Node }>;
  iteratePropertyReferences(node: TSESTree.Node, traceMap: TraceMap): Iterable<{ node: TSESTree.Node }>;
}
type TraceMap = Record<string, unknown>;
const ReferenceTracker = EstreeTracker as unknown as { new (globalScope: TSESLint.Scope.Scope): Tracker; readonly CALL: symbol; readonly ESM: symbol };
const getStringIfConstant = estreeStringIfConstant as unknown as (node: TSESTree.Node) => string | null;

const CALLED = { [STANDALONE_FUNCTION]: { [ReferenceTracker.CALL]: true } };
/** What the tracker follows for one spelling of the module: the function, imported or required from it. */
const tracedModule = { [ReferenceTracker.ESM]: true, ...CALLED };
/** The quoted texts that spell the module's own name, among which its specifiers are. */
const SPELLED_SPECIFIERS = new RegExp(`["'\`]([^"'\`\r\n]*${STANDALONE_MODULE_NAME}[^"'\`\r\n]*)["'\`]`, "g");

/**
 * What the tracker follows in a file: the function from either plain module name, and from each
 * other spelling of it the file writes (Deno's `npm:@unkey/api@^2/funcs/…`), which the tracker
 * would otherwise compare as another module.
 */
function traceMapOf(text: string): TraceMap {
  const names = new Set(STANDALONE_MODULES);
  for (const [, specifier] of text.matchAll(SPELLED_SPECIFIERS)) if (specifier !== undefined && isStandaloneModule(specifier)) names.add(specifier);
  return Object.fromEntries([...names].map((module) => [module, tracedModule]));
}
const CREATE_REQUIRE = { createRequire: { [ReferenceTracker.CALL]: true } };
/** Node's own `createRequire`, under either of its module's names. */
const MODULE_MAP = { "node:module": { [ReferenceTracker.ESM]: true, ...CREATE_REQUIRE }, module: { [ReferenceTracker.ESM]: true, ...CREATE_REQUIRE } };

/** A module name as the tracker reads one: a string literal or a template without expressions. */
const isModule = (node: TSESTree.Node | undefined): boolean => {
  const name = node && node.type !== "SpreadElement" ? getStringIfConstant(node) : null;
  return name !== null && isStandaloneModule(name);
};

/**
 * The `await import(MODULE)` expressions of a file, MODULE one of the function's: each is the
 * module's namespace, as a `require` of it is its exports. Walked only in a file that spells
 * `import(`, by the syntax's own keys.
 */
function dynamicImports(program: TSESTree.Program): TSESTree.AwaitExpression[] {
  const found: TSESTree.AwaitExpression[] = [];
  eachNode(program, (node) => {
    if (node.type === "AwaitExpression" && node.argument.type === "ImportExpression" && isModule(node.argument.source)) found.push(node);
  });
  return found;
}

/** Every call of the standalone function in the file of `sourceCode`. */
export function findStandaloneCalls(sourceCode: Readonly<TSESLint.SourceCode>): Set<TSESTree.Node> {
  const calls = new Set<TSESTree.Node>();
  // Most files never name its module: one substring search spares them the walk (a local
  // function of the same name, say, is no import of it).
  if (!sourceCode.text.includes(STANDALONE_MODULE_NAME)) return calls;
  const traceMap = traceMapOf(sourceCode.text);
  const tracker = new ReferenceTracker(sourceCode.getScope(sourceCode.ast));
  for (const { node } of tracker.iterateEsmReferences(traceMap)) calls.add(node);
  for (const { node } of tracker.iterateCjsReferences(traceMap)) calls.add(node);
  const follow = (node: TSESTree.Node): void => {
    for (const found of tracker.iteratePropertyReferences(node, CALLED)) calls.add(found.node);
  };

  /** Hands what `require(MODULE)` returns, for each such call through `reference`, to the tracker. */
  const followRequire = (reference: TSESLint.Scope.Reference): void => {
    const call = reference.identifier.parent;
    if (call?.type === "CallExpression" && call.callee === reference.identifier && isModule(call.arguments[0])) follow(call);
  };

  // `await import(MODULE)`: the tracker follows what the awaited module is bound to, destructured or not.
  if (sourceCode.text.includes("import(")) {
    for (const node of dynamicImports(sourceCode.ast)) follow(node);
  }

  // What follows finds the function through a `require` of some kind (`createRequire` spells it
  // with a capital): a file that never spells one is done.
  if (!/require/i.test(sourceCode.text)) return calls;

  // The tracker follows `require` only where it is a declared global. Where it is not (an ES
  // module or a TypeScript file without `globals: { require }`), its calls are found here.
  for (const reference of sourceCode.scopeManager?.globalScope?.through ?? []) {
    if (reference.identifier.name === "require") followRequire(reference);
  }

  // ESM's own `require`: `const require = createRequire(import.meta.url)`, under any name.
  for (const { node } of [...tracker.iterateEsmReferences(MODULE_MAP), ...tracker.iterateCjsReferences(MODULE_MAP)]) {
    const declarator = node.parent;
    if (declarator?.type !== "VariableDeclarator" || declarator.init !== node) continue;
    for (const variable of sourceCode.getDeclaredVariables(declarator)) variable.references.forEach(followRequire);
  }

  // `import sdk = require("…")` (exported or not): each use of the name is a namespace's.
  for (const node of sourceCode.ast.body) {
    const statement = node.type === "ExportNamedDeclaration" && node.declaration ? node.declaration : node;
    if (statement.type !== "TSImportEqualsDeclaration" || statement.moduleReference.type !== "TSExternalModuleReference") continue;
    if (!isModule(statement.moduleReference.expression)) continue;
    for (const variable of sourceCode.getDeclaredVariables(statement)) {
      for (const { identifier } of variable.references) follow(identifier as TSESTree.Node);
    }
  }
  return calls;
}
