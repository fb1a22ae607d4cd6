/**
 * Where a name leads. The same name means different things in two files, so every expression
 * the rule follows travels with the scope its names are read in: the linted file's (ESLint's
 * scope analysis, `file-scope.ts`) or an imported module's (its top-level declarations,
 * `module-scope.ts`).
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { staticText } from "../syntax.js";

/** A function whose one returned value a call can be followed to. */
export type FunctionLike = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** An expression and the scope its names are read in. */
export interface Ref<N extends TSESTree.Node = TSESTree.Node> {
  readonly node: N;
  readonly scope: Scope;
  /**
   * For an expression written in another module: the expression of the linted file that leads
   * to it, where a report about it can stand (ESLint reports only in the file it lints).
   */
  readonly use?: TSESTree.Node | undefined;
}

/** A module's exports, as a namespace import, `require` or `export * as` sees them. */
export interface ModuleExports {
  /** The module's file. */
  readonly path: string;
  /** What the module exports as `name` (`"default"` for its default export), followed through re-exports. */
  exported(name: string): Binding | undefined;
  /**
   * The package and name the module's export `name` comes from, when a package gives it,
   * through the re-exports and imports of the project's own modules (a barrel file's
   * `export { portalCreateSession } from "@unkey/api/funcs/portalCreateSession.js"`).
   */
  packageExport?(name: string): PackageExport | undefined;
  /** What `require` of the module returns when it is one value rather than an object of exports (`module.exports = "x"`). */
  assignedValue?(): Binding | undefined;
}

/** A name as a package exports it: the specifier it is imported with, and its name there. */
export interface PackageExport {
  readonly specifier: string;
  readonly name: string;
}

/** Whether a specifier names a file from the importer's folder: `./x`, `../x`, `.` or `..`. */
export const isRelativeSpecifier = (specifier: string): boolean =>
  specifier === "." || specifier === ".." || specifier.startsWith("./") || specifier.startsWith("../");

/** Whether a specifier names a package rather than a file: neither relative nor absolute. */
export const isPackageSpecifier = (specifier: string): boolean => !isRelativeSpecifier(specifier) && !/^(?:\/|[a-z]:[\\/]|file:)/i.test(specifier);

/** What a name stands for, when that is statically known. */
export type Binding =
  /** An expression: a `const`'s initializer, an export's value, a function or an enum declaration. */
  | { readonly kind: "value"; readonly value: Ref }
  /** A member of an expression, by its keys outermost first: `const { a } = object`, `const { a: { b } } = object`, `export { a } from` a CommonJS module. */
  | { readonly kind: "member"; readonly object: Ref; readonly keys: readonly string[] }
  /** A whole module: `import * as ns`, `require("./m")`, `export * as ns from`. */
  | { readonly kind: "module"; readonly module: ModuleExports };

/** The names of one module, as far as they can be known without running it. */
export interface Scope {
  /** What `identifier`, a name read in this scope's module, stands for. */
  binding(identifier: TSESTree.Identifier): Binding | undefined;
  /** Whether `identifier` is the global of its name (`Object`, `require`), not a binding that shadows it. */
  isGlobal(identifier: TSESTree.Identifier): boolean;
  /** The module a specifier written in this scope names (an import's, a `require`'s, an `import()`'s), when it can be read. */
  imported(source: TSESTree.Node): ModuleExports | undefined;
  /** The module this scope reads; `undefined` for the linted file. */
  readonly module?: ModuleExports | undefined;
  /** Whether calls of the scope's own functions are followed: only where scope analysis is exact. */
  readonly followsCalls: boolean;
  /** For a name the linted file imports: the package and name it comes from, through the project's own modules (see {@link ModuleExports.packageExport}). */
  packageImport?(identifier: TSESTree.Identifier): PackageExport | undefined;
}

/**
 * `node`, read in `scope`, reached from `from`: keeps the linted file's expression a value was
 * reached through, and takes `from`'s own node for it when this step leaves the linted file.
 */
export function refTo<N extends TSESTree.Node>(from: Ref, node: N, scope: Scope = from.scope): Ref<N> {
  const use = from.scope.module ? from.use : scope.module ? from.node : undefined;
  return { node, scope, use };
}

/**
 * Where `name`, imported from `source` in `scope`, comes from: the package `source` names, or,
 * for a module of the project, where that module's export comes from. A whole namespace is no
 * one export.
 */
export function packageExportOf(source: TSESTree.Node, name: string, scope: Pick<Scope, "imported">): PackageExport | undefined {
  const specifier = staticText(source);
  if (specifier === undefined || name === "*") return undefined;
  return isPackageSpecifier(specifier) ? { specifier, name } : scope.imported(source)?.packageExport?.(name);
}
