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

/** The key a name is destructured from, in `const { key: name } = …` or `const { name } = …`, one level deep. */
export function destructuredKey(pattern: TSESTree.ObjectPattern, name: TSESTree.Node): string | undefined {
  const property = pattern.properties.find((candidate) => candidate.type === "Property" && candidate.value === name);
  return property?.type === "Property" ? staticKeyName(property) : undefined;
}
