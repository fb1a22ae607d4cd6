/**
 * From an expression to the object literal it statically is, and from an object literal to the
 * expression a property statically holds. Spreads of const objects are followed; a spread whose
 * content is unknown could override anything before it, so it makes the property unknown.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { MAX_HOPS, resolveValue } from "./const-binding.js";

/**
 * How many spreads one property lookup may open in all. Depth alone is not enough: eight
 * objects that each spread the one before eight times are 8^8 paths, and a lookup runs on
 * every keystroke in an editor.
 */
const MAX_SPREADS = 64;

/** What one lookup has left to spend; shared by every branch of it, and by a caller's lookups. */
export interface Budget {
  spreads: number;
}

/** A fresh allowance for one question about a value, however many lookups answering it takes. */
export const lookupBudget = (): Budget => ({ spreads: MAX_SPREADS });

/**
 * The object literal `node` statically is, through const bindings and members of const objects
 * (`PORTALS.prod` where `prod` holds an object literal).
 */
export function resolveObject(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  hops = 0,
  budget: Budget = lookupBudget(),
): TSESTree.ObjectExpression | undefined {
  const value = resolveValue(sourceCode, node);
  if (value.type === "ObjectExpression") return value;
  if (value.type !== "MemberExpression" || hops >= MAX_HOPS) return undefined;
  const key = staticKeyName(value);
  const outer = key === undefined ? undefined : resolveObject(sourceCode, value.object, hops + 1, budget);
  const inner = outer && findProperty(sourceCode, outer, key as string, hops + 1, budget);
  return inner && typeof inner !== "string" ? resolveObject(sourceCode, inner, hops + 1, budget) : undefined;
}

/** The name of a property key when it is written statically: `slug`, `"slug"`, `["slug"]`, `0`. */
export function staticKeyName(property: TSESTree.Property | TSESTree.MemberExpression): string | undefined {
  const key = property.type === "Property" ? property.key : property.property;
  if (!property.computed && key.type === "Identifier") return key.name;
  if (key.type === "Literal" && (typeof key.value === "string" || typeof key.value === "number")) return String(key.value);
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
  budget: Budget = lookupBudget(),
): TSESTree.Node | "absent" | "unknown" {
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const property = object.properties[i] as TSESTree.ObjectLiteralElement;
    if (property.type === "Property") {
      const key = staticKeyName(property);
      if (key === undefined) return "unknown";
      if (key === name) return property.kind === "init" ? property.value : "unknown";
      continue;
    }
    const spread = hops < MAX_HOPS && budget.spreads-- > 0 ? resolveObject(sourceCode, property.argument, hops + 1, budget) : undefined;
    if (!spread) return "unknown";
    const found = findProperty(sourceCode, spread, name, hops + 1, budget);
    if (found !== "absent") return found;
  }
  return "absent";
}

/**
 * The expression property `name` holds in the object literal `node` statically is; `undefined`
 * when unknown or absent. A caller that asks many lookups for one value passes one `budget`.
 */
export function propertyOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node | undefined,
  name: string,
  budget: Budget = lookupBudget(),
): TSESTree.Node | undefined {
  const object = node && resolveObject(sourceCode, node, 0, budget);
  const value = object && findProperty(sourceCode, object, name, 0, budget);
  return typeof value === "string" ? undefined : value;
}
