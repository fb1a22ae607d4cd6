/**
 * Following a name to the one value it can hold. Only a `const` declared in this file with an
 * initializer qualifies: anything else can change, or lives where this file cannot see.
 */
import { findVariable } from "@typescript-eslint/utils/ast-utils";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

/** How many names or spreads are followed in a row before giving up: enough for real code, safe from cycles. */
export const MAX_HOPS = 8;

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

/** The initializer of the `const` that `identifier` names, unwrapped; `undefined` when there is none. */
export function constInitializer(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier): TSESTree.Node | undefined {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== "Variable" || definition.parent.kind !== "const") return undefined;
  const declarator = definition.node;
  return declarator.id.type === "Identifier" && declarator.init ? unwrap(declarator.init) : undefined;
}

/** `node` unwrapped and followed through const names to the expression that is its value. */
export function resolveValue(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESTree.Node {
  let value = unwrap(node);
  for (let hops = 0; value.type === "Identifier" && hops < MAX_HOPS; hops++) {
    const init = constInitializer(sourceCode, value);
    if (!init) break;
    value = init;
  }
  return value;
}
