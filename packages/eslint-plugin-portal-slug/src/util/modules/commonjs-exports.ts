// util/modules/: following a value into the modules the linted file imports: resolving, reading, parsing and tabling them.
/**
 * How a CommonJS module's statements name what it exports: the exports object itself (through
 * `module.exports` or the bare name `exports`), a member of it, the `void 0` a compiler declares
 * an export with, and whether the module has a name `exports` or `module` of its own, which then
 * names no exports at all.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { staticKeyName, unwrap } from "../syntax.js";

/** The exports object itself as a CommonJS module names it: through `module.exports`, or the bare name `exports`. */
export type ExportsVia = "module" | "bare";

/** Whether a node is the exports object itself, and through which name. */
export function exportsObject(node: TSESTree.Node): ExportsVia | undefined {
  const target = unwrap(node);
  if (target.type === "Identifier" && target.name === "exports") return "bare";
  if (target.type !== "MemberExpression") return undefined;
  const object = unwrap(target.object);
  return object.type === "Identifier" && object.name === "module" && staticKeyName(target) === "exports" ? "module" : undefined;
}

/** A member of the exports object (`exports.A`, `module.exports["A"]`): its key, undefined when computed. */
export function exportsMember(node: TSESTree.Node): { readonly via: ExportsVia; readonly key: string | undefined } | undefined {
  const target = unwrap(node);
  const via = target.type === "MemberExpression" ? exportsObject(target.object) : undefined;
  return via && { via, key: staticKeyName(target as TSESTree.MemberExpression) };
}

/** `void 0`, as compilers write `undefined`. */
export const isVoidZero = (node: TSESTree.Node): boolean =>
  node.type === "UnaryExpression" && node.operator === "void" && node.argument.type === "Literal" && node.argument.value === 0;

/** Whether a top-level statement declares `exports` or `module` as a name of the module's own. */
export function declaresExportsName(statement: TSESTree.ProgramStatement): boolean {
  const own = (name: string | undefined): boolean => name === "exports" || name === "module";
  switch (statement.type) {
    case "VariableDeclaration":
      return statement.declarations.some(({ id }) => id.type === "Identifier" && own(id.name));
    case "FunctionDeclaration":
    case "ClassDeclaration":
      return own(statement.id?.name);
    case "ImportDeclaration":
      return statement.specifiers.some(({ local }) => own(local.name));
    default:
      return false;
  }
}
