/**
 * The opt-in use of type information: when the parser was given a TypeScript program, a value
 * whose type is a string literal or a union of them can be checked member by member. Without a
 * program this answers nothing and the rule works on syntax alone.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { typeInformation } from "../type-information.js";

/** What the type checker says an expression of the linted file can be: its string literal members, or `undefined`. */
export type LiteralTypes = (node: TSESTree.Node) => readonly string[] | undefined;

/** The checker-backed oracle for this file, or `undefined` when the parser gave no program. */
export function literalTypesFor(sourceCode: Readonly<TSESLint.SourceCode>): LiteralTypes | undefined {
  const types = typeInformation(sourceCode.parserServices);
  if (!types) return undefined;
  const { checker, tsNodeOf } = types;
  return (node: TSESTree.Node) => {
    const tsNode = tsNodeOf(node);
    if (!tsNode) return undefined;
    // `undefined` and `null` are no text to judge, so the strings a value can be are its type's
    // other members: an optional parameter's type holds them, though `portal!` or
    // `portal ?? "eu-portal"` sends only its strings (and the checker is asked of the name inside
    // `!`, not of the assertion). Whether the field may be left out is not asked here.
    const type = checker.getNonNullableType(checker.getTypeAtLocation(tsNode));
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
