/**
 * The names of a module the linted file imports, read from its top-level statements alone: its
 * `const`s, imports, enums and exports (ESM and CommonJS). Only module-level code is ever
 * evaluated there, and a name declared at the top of a module means the same thing everywhere
 * in it, so no scope analysis is needed; calls of its functions are not followed.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { packageExportOf, type Binding, type ModuleExports, type PackageExport, type Scope } from "../values/scope.js";
import { declaresExportsName, exportsMember, exportsObject, isVoidZero, type ExportsVia } from "./commonjs-exports.js";
import {
  changedObjectOf,
  changedTargetOf,
  destructuredPaths,
  eachNode,
  importedName,
  innerStatements,
  nameOf,
  objectMethod,
  staticText,
  unwrap,
  type DestructuringPattern,
} from "../syntax.js";

/** What a top-level name of a module is bound to, as written. */
type Declared =
  | { readonly kind: "value"; readonly node: TSESTree.Node }
  | { readonly kind: "member"; readonly object: TSESTree.Node; readonly keys: readonly string[] }
  | { readonly kind: "import"; readonly source: TSESTree.Node; readonly name: string };

/**
 * What a module exports under one name, as written: a local name, a value, or another module's
 * export (`name` "*" for the whole module). The key "*" holds what `module.exports` is set to.
 */
type Exported =
  | { readonly kind: "local"; readonly name: string }
  | { readonly kind: "value"; readonly node: TSESTree.Node }
  | { readonly kind: "reexport"; readonly source: TSESTree.Node; readonly name: string };

/** A module's top-level declarations and exports, read once from its syntax tree. */
export interface ModuleTables {
  /** The names with a value that cannot change: `const`s, imports, enums. */
  readonly names: ReadonlyMap<string, Declared>;
  /** Every name declared at the top, `let`, `var`, functions and classes included: they shadow the globals. */
  readonly declared: ReadonlySet<string>;
  readonly exports: ReadonlyMap<string, Exported>;
  /** The sources of `export * from`. */
  readonly stars: readonly TSESTree.Node[];
  /**
   * The names read in an enum's initializers that name a member of that enum (`B = \`${A}-x\``):
   * TypeScript reads each as the member, not as the module's name of the same spelling.
   */
  readonly enumMemberReads: ReadonlySet<TSESTree.Identifier>;
  /**
   * The CommonJS exports whose value their writes cannot tell: written twice or under a condition,
   * or changed inside (`exports.CFG.billing = …`); every export, when a write may touch any key
   * (`exports[name] = …`, `Object.assign(module.exports, …)`, `module.exports` set under a condition).
   */
  readonly unknownExports: ReadonlySet<string> | "all";
}

/** The kinds of expression that may write a value: an assignment, `++`, `delete`, a call (`Object.assign`, `push`). */
const WRITES = new Set(["AssignmentExpression", "UpdateExpression", "UnaryExpression", "CallExpression"]);

/** Each expression that may write a value inside a function of `program`, at any depth: code that runs when called, not as the module loads. */
function eachExpressionInFunctions(program: TSESTree.Program, visit: (expression: TSESTree.Expression) => void): void {
  const pending: [unknown, boolean][] = [[program, false]];
  while (pending.length) {
    const [node, inFunction] = pending.pop() as [unknown, boolean];
    if (Array.isArray(node)) {
      for (const child of node) pending.push([child, inFunction]);
      continue;
    }
    const type = node && typeof node === "object" ? (node as { type?: unknown }).type : undefined;
    if (typeof type !== "string") continue;
    if (inFunction && WRITES.has(type)) visit(node as TSESTree.Expression);
    const inside = inFunction || type === "FunctionDeclaration" || type === "FunctionExpression" || type === "ArrowFunctionExpression";
    for (const [key, child] of Object.entries(node as object)) if (key !== "parent" && child && typeof child === "object") pending.push([child, inside]);
  }
}

/** The expression statements a top-level compound statement (`if`, a block, `try`, a loop, `switch`) holds, at any depth: run as the module loads, but maybe not. */
function eachInnerExpression(statement: TSESTree.Statement, visit: (expression: TSESTree.Expression) => void): void {
  if (statement.type === "ExpressionStatement") visit(statement.expression);
  else for (const inner of innerStatements(statement)) eachInnerExpression(inner, visit);
}

/** Reads the tables of a module's syntax tree; one pass over its top-level statements. */
export function readModuleTables(program: TSESTree.Program): ModuleTables {
  const names = new Map<string, Declared>();
  const declared = new Set<string>();
  const exports = new Map<string, Exported>();
  const stars: TSESTree.Node[] = [];
  const enumMemberReads = new Set<TSESTree.Identifier>();
  // A name written twice (`exports.a = 1; exports.a = 2`) has no one value.
  const assigned = new Map<string, number>();
  // A `const` whose object a top-level statement changes (`config.portal = …`) is not what its initializer wrote.
  const changed = new Set<string>();
  const exportAs = (name: string, entry: Exported): void => {
    assigned.set(name, (assigned.get(name) ?? 0) + 1);
    exports.set(name, entry);
  };
  const unknownExports = new Set<string>();
  let anyExportUnknown = false;
  // The keys written onto the exports object, which setting `module.exports` anew drops.
  const keyed = new Set<string>();
  // Once `module.exports` is set anew, `exports` still names the object it replaced, which `require` never returns.
  let detached = false;
  // A module of its own `exports` or `module` (an ES module's local list, say) writes no CommonJS exports.
  const commonJs = !program.body.some(declaresExportsName);

  /**
   * `module.exports = value`: the module's whole exports, and no key written before. `bound` says
   * whether the same statement sets the name `exports` to it too (`exports = module.exports = …`),
   * whose later writes then reach it.
   */
  const setExports = (value: TSESTree.Node, conditional: boolean, bound: boolean): void => {
    // `module.exports = exports`: the very object, keys and all.
    if (exportsObject(value)) return;
    if (conditional) {
      anyExportUnknown = true;
      return;
    }
    for (const key of keyed) {
      exports.delete(key);
      assigned.delete(key);
      unknownExports.delete(key);
    }
    keyed.clear();
    anyExportUnknown = false;
    detached = !bound;
    exportAs("default", { kind: "value", node: value });
    // Every other name is a member of what `module.exports` was set to.
    exports.set("*", { kind: "value", node: value });
  };

  /** `exports.key = value`, which a name written again, or under a condition, leaves with no one value. */
  const setExport = (via: ExportsVia, key: string | undefined, value: TSESTree.Node, conditional: boolean): void => {
    // Written through `exports` after `module.exports` was set anew: the replaced object's, never required.
    if (via === "bare" && detached) return;
    if (key === undefined) {
      anyExportUnknown = true;
      return;
    }
    // TypeScript declares each export `exports.X = void 0;` before the statement that sets it: not a write of its own.
    if (!conditional && isVoidZero(value) && !assigned.has(key)) return;
    if (conditional) unknownExports.add(key);
    keyed.add(key);
    exportAs(key, { kind: "value", node: value });
  };

  /**
   * A change of what an export holds: `exports.CFG.billing = …` or `module.exports.CFG.list.push(…)`
   * change CFG; `delete exports.A`, `exports.A ??= …` change A; `Object.assign(module.exports, …)` any.
   */
  const changeExports = (expression: TSESTree.Expression, target: TSESTree.Node): void => {
    for (let node = unwrap(target); node.type === "MemberExpression"; node = unwrap(node.object)) {
      const member = exportsMember(node);
      if (!member) continue;
      if (member.via === "bare" && detached) return;
      if (member.key === undefined) anyExportUnknown = true;
      else unknownExports.add(member.key);
      return;
    }
    const via = exportsObject(target);
    if (!via || (via === "bare" && detached)) return;
    let key: string | undefined;
    if (expression.type === "CallExpression") {
      // `Object.defineProperty(exports, "X", …)`: X alone (a getter, as TypeScript re-exports); its
      // "__esModule" flag, which every module TypeScript and Babel compile sets first, is no export.
      const [, name] = expression.arguments;
      const callee = unwrap(expression.callee);
      key = callee.type === "MemberExpression" && objectMethod(callee) === "defineProperty" && name ? staticText(name) : undefined;
      if (key === "__esModule") return;
    } else {
      const written = expression.type === "AssignmentExpression" ? expression.left : "argument" in expression ? expression.argument : undefined;
      key = written ? exportsMember(written)?.key : undefined;
    }
    if (key === undefined) anyExportUnknown = true;
    else unknownExports.add(key);
  };

  /**
   * An expression the module runs as it loads: a write of its exports, or a change of a `const`'s
   * object or of an export's. A chain of `=` (`exports.C = exports.B = void 0`, `exports =
   * module.exports = { … }`) writes its last value to every target.
   */
  const run = (expression: TSESTree.Expression, conditional: boolean): void => {
    const object = changedObjectOf(expression);
    if (object) changed.add(object.name);
    if (commonJs && expression.type === "AssignmentExpression" && expression.operator === "=") {
      const targets: TSESTree.Node[] = [expression.left];
      let value = unwrap(expression.right);
      while (value.type === "AssignmentExpression" && value.operator === "=") {
        targets.push(value.left);
        value = unwrap(value.right);
      }
      const wholes = targets.map(exportsObject);
      if (wholes.includes("module")) setExports(value, conditional, wholes.includes("bare"));
      for (const target of targets) {
        const member = exportsMember(target);
        if (member) setExport(member.via, member.key, value, conditional);
      }
      if (wholes.some(Boolean) || targets.some((target) => exportsMember(target))) return;
    }
    const target = commonJs ? changedTargetOf(expression) : undefined;
    if (target) changeExports(expression, target);
  };

  const declare = (statement: TSESTree.Node, exported: boolean): void => {
    switch (statement.type) {
      case "VariableDeclaration":
        for (const declarator of statement.declarations) {
          const ids: ReadonlyMap<TSESTree.Identifier, readonly string[] | undefined> =
            declarator.id.type === "Identifier" ? new Map([[declarator.id, undefined]]) : destructuredPaths(declarator.id as DestructuringPattern);
          for (const [id, keys] of ids) {
            declared.add(id.name);
            if (exported) exportAs(id.name, { kind: "local", name: id.name });
            if (statement.kind !== "const" || !declarator.init) continue;
            if (id === declarator.id) names.set(id.name, { kind: "value", node: declarator.init });
            else if (keys) names.set(id.name, { kind: "member", object: declarator.init, keys });
          }
        }
        return;
      case "TSEnumDeclaration": {
        declared.add(statement.id.name);
        names.set(statement.id.name, { kind: "value", node: statement });
        if (exported) exportAs(statement.id.name, { kind: "local", name: statement.id.name });
        const { members } = statement.body;
        const memberNames = new Set(members.map((member) => nameOf(member.id)));
        for (const { initializer } of members) {
          if (!initializer) continue;
          eachNode(initializer, (node) => {
            if (node.type === "Identifier" && memberNames.has(node.name)) enumMemberReads.add(node);
          });
        }
        return;
      }
      case "FunctionDeclaration":
      case "ClassDeclaration":
      case "TSModuleDeclaration":
        if (statement.id?.type === "Identifier") declared.add(statement.id.name);
        return;
      default:
    }
  };

  for (const statement of program.body) {
    switch (statement.type) {
      case "ImportDeclaration":
        if (statement.importKind === "type") break;
        for (const specifier of statement.specifiers) {
          declared.add(specifier.local.name);
          if (specifier.type === "ImportSpecifier" && specifier.importKind === "type") continue;
          const name = importedName(specifier);
          if (name !== undefined) names.set(specifier.local.name, { kind: "import", source: statement.source, name });
        }
        break;
      case "TSImportEqualsDeclaration":
        declared.add(statement.id.name);
        if (statement.moduleReference.type === "TSExternalModuleReference") {
          names.set(statement.id.name, { kind: "import", source: statement.moduleReference.expression, name: "*" });
        }
        break;
      case "ExportNamedDeclaration":
        if (statement.exportKind === "type") break;
        if (statement.declaration) {
          declare(statement.declaration, true);
          break;
        }
        for (const specifier of statement.specifiers) {
          if (specifier.exportKind === "type") continue;
          const local = nameOf(specifier.local);
          const name = nameOf(specifier.exported);
          if (local === undefined || name === undefined) continue;
          exportAs(name, statement.source ? { kind: "reexport", source: statement.source, name: local } : { kind: "local", name: local });
        }
        break;
      case "ExportAllDeclaration":
        if (statement.exportKind === "type") break;
        if (!statement.exported) stars.push(statement.source);
        else {
          const name = nameOf(statement.exported);
          if (name !== undefined) exportAs(name, { kind: "reexport", source: statement.source, name: "*" });
        }
        break;
      case "ExportDefaultDeclaration": {
        const value = statement.declaration;
        if (value.type === "Identifier") exportAs("default", { kind: "local", name: value.name });
        else if (
          value.type !== "FunctionDeclaration" &&
          value.type !== "ClassDeclaration" &&
          value.type !== "TSDeclareFunction" &&
          value.type !== "TSInterfaceDeclaration"
        ) {
          exportAs("default", { kind: "value", node: value });
        }
        break;
      }
      case "TSExportAssignment":
        // `export = value`: a CommonJS module written in TypeScript.
        exportAs("default", { kind: "value", node: statement.expression });
        break;
      case "ExpressionStatement":
        run(statement.expression, false);
        break;
      default:
        // A compound statement's inner statements run as the module loads, under a condition; a declaration declares.
        if (innerStatements(statement).length) eachInnerExpression(statement, (expression) => run(expression, true));
        else declare(statement, false);
    }
  }
  // An export a function writes (`exports.init = (p) => { exports.PORTAL = p; }`) may be anything once it has run.
  if (commonJs && (keyed.size || exports.has("*"))) {
    eachExpressionInFunctions(program, (expression) => {
      const member = expression.type === "AssignmentExpression" ? exportsMember(expression.left) : undefined;
      if (member?.key !== undefined) unknownExports.add(member.key);
      else if (member || (expression.type === "AssignmentExpression" && exportsObject(expression.left) === "module")) anyExportUnknown = true;
      else {
        const target = changedTargetOf(expression);
        if (target) changeExports(expression, target);
      }
    });
  }
  for (const [name, count] of assigned) if (count > 1) unknownExports.add(name);
  for (const name of changed) names.delete(name);
  return { names, declared, exports, stars, enumMemberReads, unknownExports: anyExportUnknown ? "all" : unknownExports };
}

/** How deep re-exports are followed from one question (`export *` of `export *` …). */
const MAX_REEXPORTS = 16;

/** Loads the module a specifier written in `importer` names. */
type LoadFrom = (specifier: string, importer: string) => ModuleExports | undefined;

/** The scope of an imported module: its tables, and `load` for the modules it imports in turn. */
export class ModuleScope implements Scope, ModuleExports {
  readonly followsCalls = false;
  readonly module = this;
  /** The exports being followed right now, to stop a cycle of re-exports. */
  private readonly following = new Set<string>();
  private static depth = 0;

  constructor(
    readonly path: string,
    private readonly tables: ModuleTables,
    private readonly load: LoadFrom,
  ) {}

  imported(source: TSESTree.Node): ModuleExports | undefined {
    const specifier = staticText(source);
    return specifier === undefined ? undefined : this.load(specifier, this.path);
  }

  isGlobal(identifier: TSESTree.Identifier): boolean {
    return !this.tables.declared.has(identifier.name) && !this.tables.enumMemberReads.has(identifier);
  }

  binding(identifier: TSESTree.Identifier): Binding | undefined {
    // An enum's own member, read in its initializers, is not followed (ESLint's scope analysis leaves it unknown in the linted file too).
    return this.tables.enumMemberReads.has(identifier) ? undefined : this.named(identifier.name);
  }

  private named(name: string): Binding | undefined {
    const entry = this.tables.names.get(name);
    switch (entry?.kind) {
      case "value":
        return { kind: "value", value: { node: entry.node, scope: this } };
      case "member":
        return { kind: "member", object: { node: entry.object, scope: this }, keys: entry.keys };
      case "import":
        return this.reexported(entry.source, entry.name);
      default:
        return undefined;
    }
  }

  private reexported(source: TSESTree.Node, name: string): Binding | undefined {
    const module = this.imported(source);
    if (!module) return undefined;
    return name === "*" ? { kind: "module", module } : module.exported(name);
  }

  exported(name: string): Binding | undefined {
    return this.guarded(name, () => this.lookUpExport(name));
  }

  packageExport(name: string): PackageExport | undefined {
    return this.guarded(name, () => this.lookUpPackage(name));
  }

  /** `look` for the export `name`, unless it is being followed already (a cycle) or too deep. */
  private guarded<T>(name: string, look: () => T | undefined): T | undefined {
    if (this.following.has(name) || ModuleScope.depth >= MAX_REEXPORTS) return undefined;
    this.following.add(name);
    ModuleScope.depth++;
    try {
      return look();
    } finally {
      ModuleScope.depth--;
      this.following.delete(name);
    }
  }

  private lookUpPackage(name: string): PackageExport | undefined {
    if (this.unknownExport(name)) return undefined;
    const entry = this.tables.exports.get(name);
    const declared = entry?.kind === "local" ? this.tables.names.get(entry.name) : undefined;
    const from = entry?.kind === "reexport" ? entry : declared?.kind === "import" ? declared : undefined;
    if (from) return packageExportOf(from.source, from.name, this);
    if (entry || name === "default") return undefined;
    for (const source of this.tables.stars) {
      const found = packageExportOf(source, name, this);
      if (found) return found;
    }
    return undefined;
  }

  /** Whether the module's writes leave the export `name` unknown (CommonJS only). */
  private unknownExport(name: string): boolean {
    const unknown = this.tables.unknownExports;
    return unknown === "all" || unknown.has(name);
  }

  /**
   * What `require` of this module returns when that is not an object of exports: the one value
   * `module.exports` is set to (`module.exports = "billing-portal"`, or a name holding it), in a
   * module that writes no key of its own. Undefined when it is an object, whose members are the
   * module's exports.
   */
  assignedValue(): Binding | undefined {
    const whole = this.tables.exports.get("*");
    if (whole?.kind !== "value" || this.unknownExport("default") || whole.node.type === "ObjectExpression") return undefined;
    for (const name of this.tables.exports.keys()) if (name !== "*" && name !== "default") return undefined;
    return { kind: "value", value: { node: whole.node, scope: this } };
  }

  private lookUpExport(name: string): Binding | undefined {
    if (this.unknownExport(name)) return undefined;
    const entry = this.tables.exports.get(name);
    switch (entry?.kind) {
      case "local":
        return this.named(entry.name);
      case "value":
        return { kind: "value", value: { node: entry.node, scope: this } };
      case "reexport":
        return this.reexported(entry.source, entry.name);
      default:
    }
    if (name === "default") return undefined;
    // `module.exports = { … }`: a name is a member of that object.
    const whole = this.tables.exports.get("*");
    if (whole?.kind === "value") return { kind: "member", object: { node: whole.node, scope: this }, keys: [name] };
    for (const source of this.tables.stars) {
      const found = this.imported(source)?.exported(name);
      if (found) return found;
    }
    return undefined;
  }
}
