/**
 * From an expression to the object literal it statically is, and from an object literal to the
 * expression a property statically holds. Spreads of const objects are followed; a spread whose
 * content is unknown could override anything before it, so it makes the property unknown.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { MAX_HOPS, resolveValue } from "./const-binding.js";

/** The object literal `node` statically is, through const bindings. */
export function resolveObject(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESTree.ObjectExpression | undefined {
  const value = resolveValue(sourceCode, node);
  return value.type === "ObjectExpression" ? value : undefined;
}

/** The name of a property key when it is written statically: `slug`, `"slug"`, `["slug"]`. */
export function staticKeyName(property: TSESTree.Property | TSESTree.MemberExpression): string | undefined {
  const key = property.type === "Property" ? property.key : property.property;
  if (!property.computed && key.type === "Identifier") return key.name;
  if (key.type === "Literal" && typeof key.value === "string") return key.value;
  if (key.type === "TemplateLiteral" && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/**
 * The expression that property `name` of `object` holds: the last writer wins, as at runtime.
 * `"absent"` when no writer has it; `"unknown"` when a spread or computed key that cannot be
 * read may have set it, so that nothing earlier is taken for the value.
 */
export function findProperty(
  sourceCode: Readonly<TSESLint.SourceCode>,
  object: TSESTree.ObjectExpression,
  name: string,
  hops = 0,
): TSESTree.Node | "absent" | "unknown" {
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const property = object.properties[i] as TSESTree.ObjectLiteralElement;
    if (property.type === "Property") {
      const key = staticKeyName(property);
      if (key === undefined) return "unknown";
      if (key === name) return property.kind === "init" ? property.value : "unknown";
      continue;
    }
    const spread = hops < MAX_HOPS ? resolveObject(sourceCode, property.argument) : undefined;
    if (!spread) return "unknown";
    const found = findProperty(sourceCode, spread, name, hops + 1);
    if (found !== "absent") return found;
  }
  return "absent";
}

/** The expression property `name` holds in the object literal `node` statically is; `undefined` when unknown or absent. */
export function propertyOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node | undefined, name: string): TSESTree.Node | undefined {
  const object = node && resolveObject(sourceCode, node);
  const value = object && findProperty(sourceCode, object, name);
  return typeof value === "string" ? undefined : value;
}
