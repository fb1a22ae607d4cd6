/**
 * Reading syntax whose meaning does not depend on what any name stands for: the wrappers that
 * change a value's type but not the value, and keys written statically.
 */
import type { TSESTree } from "@typescript-eslint/utils";

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
 * The keys a name is destructured from, outermost first: `["key"]` in `const { key: name } = …`
 * or `const { name } = …`, `["billing", "slug"]` in `const { billing: { slug: name } } = …`,
 * `["0"]` in `const [name] = …`. `undefined` where the name has a default (`{ name = "x" }`),
 * is gathered by a rest element, or sits after one or behind a computed key.
 */
export function destructuredPath(pattern: DestructuringPattern, name: TSESTree.Node): string[] | undefined {
  const parts: { key: string | undefined; target: TSESTree.Node | null }[] =
    pattern.type === "ObjectPattern"
      ? pattern.properties.map((property) =>
          property.type === "Property" ? { key: staticKeyName(property), target: property.value } : { key: undefined, target: property.argument },
        )
      : pattern.elements.map((element, index) => ({ key: element?.type === "RestElement" ? undefined : String(index), target: element }));
  for (const { key, target } of parts) {
    if (target === name) return key === undefined ? undefined : [key];
    if (target?.type !== "ObjectPattern" && target?.type !== "ArrayPattern") continue;
    const inner = destructuredPath(target, name);
    if (inner) return key === undefined ? undefined : [key, ...inner];
  }
  return undefined;
}

/** The names a pattern declares, however deep, rest elements' and defaulted ones included. */
export function patternNames(pattern: DestructuringPattern): TSESTree.Identifier[] {
  const targets: (TSESTree.Node | null)[] =
    pattern.type === "ObjectPattern"
      ? pattern.properties.map((property) => (property.type === "Property" ? property.value : property.argument))
      : pattern.elements;
  return targets.flatMap((target) => {
    const bound = target?.type === "AssignmentPattern" ? target.left : target?.type === "RestElement" ? target.argument : target;
    if (bound?.type === "Identifier") return [bound];
    return bound?.type === "ObjectPattern" || bound?.type === "ArrayPattern" ? patternNames(bound) : [];
  });
}
