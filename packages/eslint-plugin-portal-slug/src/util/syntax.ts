/**
 * Reading syntax whose meaning does not depend on what any name stands for: the wrappers that
 * change a value's type but not the value, and keys written statically.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { createCache } from "./cache.js";

/**
 * Strips what changes a value's type but not the value: `as`, `satisfies`, `!`, `<T>x`, and
 * the wrapper an optional chain puts around `a?.b`.
 */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === "TSAsExpression" ||
    current.type === "TSSatisfiesExpression" ||
    current.type === "TSNonNullExpression" ||
    current.type === "TSTypeAssertion" ||
    current.type === "ChainExpression"
  ) {
    current = current.expression;
  }
  return current;
}

/** The name of a property key when it is written statically: `slug`, `"slug"`, `["slug"]`, `0`. */
export function staticKeyName(property: TSESTree.Property | TSESTree.MemberExpression): string | undefined {
  const key = property.type === "Property" ? property.key : property.property;
  if (!property.computed && key.type === "Identifier") return key.name;
  return staticText(key);
}

/** The text of a string or number literal, or of a template without expressions. */
export function staticText(node: TSESTree.Node): string | undefined {
  if (node.type === "Literal" && (typeof node.value === "string" || typeof node.value === "number")) return String(node.value);
  if (node.type === "TemplateLiteral" && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/**
 * The name an identifier or a string literal spells where either may stand: an import's or an
 * export's name (`import { "a-b" as c }`, `export { x as "y" }`), an enum member's (`"x" = 1`).
 */
export function nameOf(node: TSESTree.Node): string | undefined {
  return node.type === "Identifier" ? node.name : staticText(node);
}

/** An object or array pattern, as `const` destructures with one. */
export type DestructuringPattern = TSESTree.ObjectPattern | TSESTree.ArrayPattern;

/**
 * Every name `pattern` binds, however deep, with the keys it is destructured from, outermost
 * first: `["key"]` in `{ key: name }` or `{ name }`, `["billing", "slug"]` in
 * `{ billing: { slug: name } }`, `["0"]` in `[name]`; `undefined` for a name with a default
 * (`{ name = "x" }`), one a rest element gathers, and one behind a computed key. One walk of
 * the pattern, however many names it binds.
 */
export function destructuredPaths(pattern: DestructuringPattern): Map<TSESTree.Identifier, readonly string[] | undefined> {
  const paths = new Map<TSESTree.Identifier, readonly string[] | undefined>();
  const walk = (node: DestructuringPattern, above: readonly string[] | undefined): void => {
    const parts: { key: string | undefined; target: TSESTree.Node | null }[] =
      node.type === "ObjectPattern"
        ? node.properties.map((property) =>
            property.type === "Property" ? { key: staticKeyName(property), target: property.value } : { key: undefined, target: property },
          )
        : node.elements.map((element, index) => ({ key: element?.type === "RestElement" ? undefined : String(index), target: element }));
    for (const { key, target } of parts) {
      const keys = above && key !== undefined ? [...above, key] : undefined;
      const bound = target?.type === "AssignmentPattern" ? target.left : target?.type === "RestElement" ? target.argument : target;
      // A default or a rest element: the name is bound, to a value this walk cannot say.
      const followed = bound === target ? keys : undefined;
      if (bound?.type === "Identifier") paths.set(bound, followed);
      else if (bound?.type === "ObjectPattern" || bound?.type === "ArrayPattern") walk(bound, followed);
    }
  };
  walk(pattern, []);
  return paths;
}

/** Each pattern's names and keys, walked once a file. */
const walkedPatterns = createCache<DestructuringPattern, Map<TSESTree.Identifier, readonly string[] | undefined>>("file");

/** The keys `name` is destructured from in `pattern` (see {@link destructuredPaths}). */
export const destructuredPath = (pattern: DestructuringPattern, name: TSESTree.Identifier): readonly string[] | undefined =>
  walkedPatterns.answer(pattern, destructuredPaths).get(name);

/**
 * Calls `visit` on every node under `root` (itself included) that has a `type`, reaching each
 * through its own keys other than `parent`, arrays too: for the few questions asked of a whole
 * tree that no rule listener answers (a module's syntax, read without ESLint), where the
 * parser's visitor keys are not at hand.
 */
export function eachNode(root: object, visit: (node: TSESTree.Node) => void): void {
  const pending: unknown[] = [root];
  while (pending.length) {
    const node = pending.pop();
    if (typeof node !== "object" || node === null) continue;
    if (Array.isArray(node)) {
      pending.push(...node);
      continue;
    }
    if (typeof (node as { type?: unknown }).type === "string") visit(node as TSESTree.Node);
    for (const [key, child] of Object.entries(node)) if (key !== "parent" && typeof child === "object") pending.push(child);
  }
}

/**
 * The statements a statement holds and runs as part of itself, one level down: a block's, an
 * `if`'s branches, a `try`'s parts, a `switch`'s cases, a loop's, a label's or a `with`'s body.
 * A function's body is no part of the statement that declares it, and is not among them.
 */
export function innerStatements(statement: TSESTree.Statement): readonly TSESTree.Statement[] {
  switch (statement.type) {
    case "BlockStatement":
      return statement.body;
    case "IfStatement":
      return statement.alternate ? [statement.consequent, statement.alternate] : [statement.consequent];
    case "TryStatement":
      return [statement.block, ...(statement.handler ? [statement.handler.body] : []), ...(statement.finalizer ? [statement.finalizer] : [])];
    case "SwitchStatement":
      return statement.cases.flatMap(({ consequent }) => consequent);
    case "ForStatement":
    case "ForInStatement":
    case "ForOfStatement":
    case "WhileStatement":
    case "DoWhileStatement":
    case "LabeledStatement":
    case "WithStatement":
      return [statement.body];
    default:
      return [];
  }
}

/** The name an import specifier takes from its module: `"default"`, `"*"` for the namespace, else the name it imports; `undefined` for a name no syntax can read. */
export function importedName(specifier: TSESTree.ImportClause): string | undefined {
  if (specifier.type === "ImportNamespaceSpecifier") return "*";
  return specifier.type === "ImportDefaultSpecifier" ? "default" : nameOf(specifier.imported);
}

/**
 * The method a member names of the name `Object` (`"freeze"` for `Object.freeze`), read by its
 * syntax alone: whether that `Object` is the global is for the caller to ask of its scope.
 */
export function objectMethod(member: TSESTree.MemberExpression): string | undefined {
  const object = unwrap(member.object);
  return object.type === "Identifier" && object.name === "Object" ? staticKeyName(member) : undefined;
}

/** The functions of `Object` that change the object given first: a property set, defined or copied in. */
const CHANGES_FIRST_ARGUMENT = new Set(["assign", "defineProperty", "defineProperties"]);

/**
 * The methods of an array that change it where it stands (`scopes.push("keys:read")`), read by
 * their names alone: an object of another kind that has a method so named is taken to change too,
 * which costs only that its initializer is not judged.
 */
const CHANGES_ITS_ARRAY = new Set(["push", "pop", "shift", "unshift", "splice", "sort", "reverse", "fill", "copyWithin"]);

/** The name a member chain starts from (`body` in `body.a[k]`), through `!`, `as` and parentheses. */
function rootName(chain: TSESTree.Node): TSESTree.Identifier | undefined {
  let node = unwrap(chain);
  while (node.type === "MemberExpression") node = unwrap(node.object);
  return node.type === "Identifier" ? node : undefined;
}

/**
 * The object `expression` changes one of the properties of, as written: `body` for `body.portal =
 * …`, `body.a` for `body.a[k] += 1`, `body` for `body.n++` and `delete body.portal`, the first
 * argument of `Object.assign(body.inner, …)`, and `body.scopes` for `body.scopes.push(…)` (an
 * array's own changing methods).
 */
export function changedTargetOf(expression: TSESTree.Node): TSESTree.Node | undefined {
  let target: TSESTree.Node | undefined;
  if (expression.type === "AssignmentExpression") target = expression.left;
  else if (expression.type === "UpdateExpression" || (expression.type === "UnaryExpression" && expression.operator === "delete")) target = expression.argument;
  else if (expression.type === "CallExpression") {
    const callee = unwrap(expression.callee);
    if (callee.type !== "MemberExpression") return undefined;
    const method = objectMethod(callee);
    if (method === undefined) return CHANGES_ITS_ARRAY.has(staticKeyName(callee) as string) ? callee.object : undefined;
    const object = expression.arguments[0];
    return CHANGES_FIRST_ARGUMENT.has(method) && object?.type !== "SpreadElement" ? object : undefined;
  }
  const member = target && unwrap(target);
  return member?.type === "MemberExpression" ? member.object : undefined;
}

/**
 * The name whose object `expression` changes, when it changes one of its properties at any depth
 * (`body` for `body.a[k] += 1` or `Object.assign(body.inner, …)`). Such an object is not what its
 * initializer wrote, and a `const` naming it is followed no further.
 */
export function changedObjectOf(expression: TSESTree.Node): TSESTree.Identifier | undefined {
  const target = changedTargetOf(expression);
  return target && rootName(target);
}

/**
 * Whether `member` is written to where it stands: a target of a destructuring assignment
 * (`({ id: body.externalId } = user)`, `[body.portal] = next`, with a default or as the rest) or of
 * a `for … of` or `for … in` loop (`for (body.portal of list)`).
 */
export function isWrittenTo(member: TSESTree.Node): boolean {
  let node = member;
  for (let parent = node.parent; parent; node = parent, parent = node.parent) {
    const inPattern =
      (parent.type === "Property" && parent.value === node && parent.parent.type === "ObjectPattern") ||
      parent.type === "ObjectPattern" ||
      parent.type === "ArrayPattern" ||
      parent.type === "RestElement" ||
      (parent.type === "AssignmentPattern" && parent.left === node);
    if (inPattern) continue;
    // A member assigned on its own is changedObjectOf's; here only one inside a pattern.
    if (parent.type === "AssignmentExpression") return node !== member && parent.left === node;
    return (parent.type === "ForOfStatement" || parent.type === "ForInStatement") && parent.left === node;
  }
  return false;
}
