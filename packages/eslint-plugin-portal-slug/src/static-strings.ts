/**
 * From an expression to every string it can statically be, each with the node where that string
 * is written. Unknown means unknown: a value this file cannot pin down yields nothing, never a
 * guess, so that the rule cannot report a false positive.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { MAX_HOPS, constInitializer, unwrap } from "./const-binding.js";
import { lookupBudget, propertyOf, staticKeyName } from "./static-objects.js";

/** A string the expression can be, and where it is written. */
export type StaticString =
  /** A whole value written in one literal: a string, or a template without expressions. */
  | { readonly kind: "literal"; readonly value: string; readonly node: TSESTree.StringLiteral | TSESTree.TemplateLiteral }
  /** A template with expressions: only its static parts (quasis) are known. */
  | { readonly kind: "template"; readonly node: TSESTree.TemplateLiteral }
  /** A member of the expression's literal type, known from type information only. */
  | { readonly kind: "type"; readonly value: string; readonly node: TSESTree.Node };

/** What the type checker says an expression can be: its string literal members, or `undefined`. */
export type LiteralTypes = (node: TSESTree.Node) => readonly string[] | undefined;

/** How many sub-expressions one value may branch into before the rest counts as unknown. */
const MAX_VISITS = 64;

/**
 * Every string `node` can statically be, and whether that is all it can be: a branch this file
 * cannot pin down (`cond ? "a" : read()`) adds nothing and makes the answer incomplete.
 */
function collect(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, literalTypes?: LiteralTypes): { found: StaticString[]; complete: boolean } {
  const found: StaticString[] = [];
  let complete = true;
  let visits = 0;
  // One allowance of spreads for the whole value, however many members it reads.
  const budget = lookupBudget();
  const visit = (expression: TSESTree.Node, hops: number): void => {
    if (++visits > MAX_VISITS) {
      complete = false;
      return;
    }
    const value = unwrap(expression);
    switch (value.type) {
      case "Literal":
        if (typeof value.value === "string") found.push({ kind: "literal", value: value.value, node: value as TSESTree.StringLiteral });
        else complete = false;
        return;
      case "TemplateLiteral": {
        const [quasi] = value.quasis;
        if (value.expressions.length > 0) found.push({ kind: "template", node: value });
        else if (quasi?.value.cooked != null) found.push({ kind: "literal", value: quasi.value.cooked, node: value });
        else complete = false;
        return;
      }
      case "ConditionalExpression":
        visit(value.consequent, hops);
        visit(value.alternate, hops);
        return;
      case "LogicalExpression":
        // `x ?? "fallback"` and `x || "fallback"` can be either side; `a && b` can be `a`'s falsy value.
        if (value.operator !== "&&") {
          visit(value.left, hops);
          visit(value.right, hops);
        } else complete = false;
        return;
      case "MemberExpression": {
        // `PORTALS.eu` on a const object literal is the property's value, judged where written.
        const key = hops < MAX_HOPS ? staticKeyName(value) : undefined;
        const property = key === undefined ? undefined : propertyOf(sourceCode, value.object, key, budget);
        if (property) visit(property, hops + 1);
        else typed(value);
        return;
      }
      case "Identifier": {
        // A const's value is judged where it is written, so that the report lands there.
        const init = hops < MAX_HOPS ? constInitializer(sourceCode, value) : undefined;
        if (init) visit(init, hops + 1);
        else typed(value);
        return;
      }
      default:
        typed(value);
    }
  };
  const typed = (expression: TSESTree.Node): void => {
    const members = literalTypes?.(expression);
    if (!members) complete = false;
    for (const member of members ?? []) found.push({ kind: "type", value: member, node: expression });
  };
  visit(node, 0);
  return { found, complete };
}

/**
 * The strings `node` can statically be, for judging a value: each one that is known is sent in
 * some run, so it is checked even when another branch is unknown.
 */
export function staticStrings(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, literalTypes?: LiteralTypes): StaticString[] {
  return collect(sourceCode, node, literalTypes).found;
}

/**
 * The strings `node` can statically be, only when they are all it can be; otherwise none. For
 * deciding what a call is (its URL, say), where one unknown branch may be anything.
 */
export function everyStaticString(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): StaticString[] {
  const { found, complete } = collect(sourceCode, node);
  return complete ? found : [];
}
