/**
 * The opt-in use of type information: when the parser was given a TypeScript program, a value
 * whose type is a string literal or a union of them can be checked member by member. Without a
 * program this answers nothing and the rule works on syntax alone.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { LiteralTypes } from "./static-strings.js";

/** The checker-backed oracle for this file, or `undefined` when the parser gave no program. */
export function literalTypesFor(sourceCode: Readonly<TSESLint.SourceCode>): LiteralTypes | undefined {
  const services = sourceCode.parserServices;
  const program = services?.program;
  const nodeMap = services?.esTreeNodeToTSNodeMap;
  if (!program || !nodeMap) return undefined;
  const checker = program.getTypeChecker();
  return (node: TSESTree.Node) => {
    const tsNode = nodeMap.get(node);
    if (!tsNode) return undefined;
    const type = checker.getTypeAtLocation(tsNode);
    const members = type.isUnion() ? type.types : [type];
    const values: string[] = [];
    for (const member of members) {
      // One member that is not a string literal (`string`, `number`, a template type) means
      // the value is not fully known: check nothing rather than part of it.
      if (!member.isStringLiteral()) return undefined;
      values.push(member.value);
    }
    return values;
  };
}
