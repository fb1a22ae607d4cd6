/**
 * The names of a module the linted file imports, read from its top-level statements alone: its
 * `const`s, imports, enums and exports (ESM and CommonJS). Only module-level code is ever
 * evaluated there, and a name declared at the top of a module means the same thing everywhere
 * in it, so no scope analysis is needed; calls of its functions are not followed.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { packageExportOf, type Binding, type ModuleExports, type PackageExport, type Scope } from "../values/scope.js";
import { changedObjectOf, destructuredPaths, eachNode, importedName, nameOf, staticKeyName, staticText, unwrap, type DestructuringPattern } from "../syntax.js";

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
}

/** `module.exports` and `exports` as a CommonJS module assigns them at its top. */
function commonJsTarget(node: TSESTree.Node): { whole: boolean; key?: string } | undefined {
  const target = unwrap(node);
  if (target.type === "Identifier" && target.name === "exports") return { whole: true };
  if (target.type !== "MemberExpression") return undefined;
  const object = unwrap(target.object);
  const key = staticKeyName(target);
  if (object.type === "Identifier" && object.name === "module" && key === "exports") return { whole: true };
  const inner = commonJsTarget(object);
  return inner?.whole && key !== undefined ? { whole: false, key } : undefined;
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
      case "ExpressionStatement": {
        const expression = statement.expression;
        const object = changedObjectOf(expression);
        if (object) changed.add(object.name);
        if (expression.type !== "AssignmentExpression" || expression.operator !== "=") break;
        const target = commonJsTarget(expression.left);
        if (target?.whole) {
          exportAs("default", { kind: "value", node: expression.right });
          // Every other name is a member of what `module.exports` was set to.
          exports.set("*", { kind: "value", node: expression.right });
        } else if (target?.key !== undefined) exportAs(target.key, { kind: "value", node: expression.right });
        break;
      }
      default:
        declare(statement, false);
    }
  }
  for (const [name, count] of assigned) if (count > 1) exports.delete(name);
  for (const name of changed) names.delete(name);
  return { names, declared, exports, stars, enumMemberReads };
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

  private lookUpExport(name: string): Binding | undefined {
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
