/**
 * The names of the linted file, as ESLint's scope analysis binds them: a `const` stands for its
 * initializer (or a member of it, when destructured), an import for what the imported module
 * exports, a function or an enum for its declaration. `let`, `var`, parameters and anything
 * declared twice can change, and stand for nothing.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { LoadModule } from "../modules/module-graph.js";
import { packageExportOf, type Binding, type ModuleExports, type Scope } from "../values/scope.js";
import { createCache } from "../cache.js";
import { changedObjectOf, destructuredPath, importedName, isWrittenTo, staticText, unwrap } from "../syntax.js";

/**
 * The variable `identifier` names where it is read: the nearest scope that declares its name.
 * Said here rather than imported, since typescript-eslint's `ast-utils` brings every other
 * helper of its own with this one (4 kB gzip in the playground).
 */
function findVariable(scope: TSESLint.Scope.Scope | null, identifier: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
  for (let current = scope; current; current = current.upper) {
    const variable = current.set.get(identifier.name);
    if (variable) return variable;
  }
  return undefined;
}

/**
 * Whether a read of `variable` changes its object (`body.portal = …`, `Object.assign(body, …)`,
 * `scopes.push(…)`, `({ id: body.externalId } = user)`): a `const` names one object for good,
 * but not the properties its initializer gave it.
 */
function changesItsObject(variable: TSESLint.Scope.Variable): boolean {
  return variable.references.some(({ identifier }) => {
    // From the name up through the members read of it and what changes only the type.
    let node: TSESTree.Node = identifier;
    let parent: TSESTree.Node | undefined = node.parent;
    while (parent && (parent.type === "MemberExpression" ? parent.object === node : unwrap(parent) !== parent)) {
      node = parent;
      parent = node.parent;
    }
    return parent !== undefined && (changedObjectOf(parent) === identifier || (node !== identifier && isWrittenTo(node)));
  });
}

/** The scope of the file `sourceCode` holds; `load` follows its imports, and is asked only when one is needed. */
export function createFileScope(sourceCode: Readonly<TSESLint.SourceCode>, load: LoadModule): Scope {
  const imported = (source: TSESTree.Node): ModuleExports | undefined => {
    const specifier = staticText(source);
    return specifier === undefined ? undefined : load(specifier, source);
  };
  /** The variable `identifier` names where it is read, when it has one definition; `undefined` for none or several. */
  const definedOnce = (identifier: TSESTree.Identifier): (TSESLint.Scope.Variable & { defs: [TSESLint.Scope.Definition] }) | undefined => {
    const variable = findVariable(sourceCode.getScope(identifier), identifier);
    return variable?.defs.length === 1 ? (variable as TSESLint.Scope.Variable & { defs: [TSESLint.Scope.Definition] }) : undefined;
  };
  /** Each variable's answer to {@link changesItsObject}, asked once: a `const` may be read in thousands of places. */
  const changed = createCache<TSESLint.Scope.Variable, boolean>("file");
  const scope: Scope = {
    followsCalls: true,
    imported,
    isGlobal: (identifier) => {
      const variable = findVariable(sourceCode.getScope(identifier), identifier);
      return !variable || variable.defs.length === 0;
    },
    binding: (identifier) => {
      const variable = definedOnce(identifier);
      if (!variable) return undefined;
      const [definition] = variable.defs;
      switch (definition.type) {
        case "Variable": {
          const declarator = definition.node;
          if (definition.parent.kind !== "const" || !declarator.init) return undefined;
          if (changed.answer(variable, changesItsObject)) return undefined;
          if (declarator.id.type === "Identifier") return { kind: "value", value: { node: declarator.init, scope } };
          const keys = destructuredPath(declarator.id, definition.name);
          return keys && { kind: "member", object: { node: declarator.init, scope }, keys };
        }
        case "ImportBinding":
          return importBinding(definition.node, definition.parent, imported);
        case "FunctionName":
        case "TSEnumName":
          return { kind: "value", value: { node: definition.node, scope } };
        default:
          return undefined;
      }
    },
    packageImport: (identifier) => {
      const definition = definedOnce(identifier)?.defs[0];
      if (definition?.type !== "ImportBinding" || definition.parent.type !== "ImportDeclaration" || definition.parent.importKind === "type") return undefined;
      const name = definition.node.type === "TSImportEqualsDeclaration" ? undefined : importedName(definition.node);
      return name === undefined ? undefined : packageExportOf(definition.parent.source, name, { imported });
    },
  };
  return scope;
}

/** What an import binds its name to: the module, or one of its exports. Type-only imports bind no value. */
function importBinding(
  node: TSESTree.Node,
  declaration: TSESTree.Node | null,
  imported: (source: TSESTree.Node) => ModuleExports | undefined,
): Binding | undefined {
  if (node.type === "TSImportEqualsDeclaration") {
    // `import cfg = require("./config")`
    const reference = node.moduleReference;
    const module = reference.type === "TSExternalModuleReference" && node.importKind !== "type" ? imported(reference.expression) : undefined;
    return module && { kind: "module", module };
  }
  if (declaration?.type !== "ImportDeclaration" || declaration.importKind === "type") return undefined;
  if (node.type === "ImportSpecifier" && node.importKind === "type") return undefined;
  const module = imported(declaration.source);
  if (!module) return undefined;
  if (node.type !== "ImportNamespaceSpecifier" && node.type !== "ImportDefaultSpecifier" && node.type !== "ImportSpecifier") return undefined;
  const name = importedName(node);
  return name === "*" ? { kind: "module", module } : name === undefined ? undefined : module.exported(name);
}
