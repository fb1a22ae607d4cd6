/**
 * The type checker of the program the parser built for the linted file, when it built one: the
 * rules ask it for a value's literal types and for the file an import was bound to. Without a
 * program (no `project` or `projectService` in the parser options, or a parser that builds none,
 * as oxlint's) there is none, and the rules work on syntax alone.
 */
import type { ParserServices, ParserServicesWithTypeInformation, TSESTree } from "@typescript-eslint/utils";

/** TypeScript's checker of the linted file's program. */
export type TypeChecker = ReturnType<ParserServicesWithTypeInformation["program"]["getTypeChecker"]>;

/** TypeScript's node for a node of the linted file. */
export type TypeScriptNode = ReturnType<ParserServicesWithTypeInformation["esTreeNodeToTSNodeMap"]["get"]>;

/** What the program knows of the linted file. */
export interface TypeInformation {
  readonly checker: TypeChecker;
  /** TypeScript's node for `node`, or `undefined` for a node the program has none for. */
  readonly tsNodeOf: (node: TSESTree.Node) => TypeScriptNode | undefined;
}

/** The type information the parser's `services` give, or `undefined` when the parser built no program. */
export function typeInformation(services: Partial<ParserServices> | undefined): TypeInformation | undefined {
  const program = services?.program;
  const nodeMap = services?.esTreeNodeToTSNodeMap;
  if (!program || !nodeMap) return undefined;
  return { checker: program.getTypeChecker(), tsNodeOf: (node) => nodeMap.get(node) };
}
