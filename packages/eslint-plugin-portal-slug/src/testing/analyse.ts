// testing/: the rule tester and what the unit tests share; not part of the build.
/**
 * For unit tests of the modules a rule is made of: a file parsed and analysed as ESLint does it,
 * its scope, and the nodes in it found by what they are. Not part of the build.
 */
import parser from "@typescript-eslint/parser";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { Linter, type Rule } from "eslint";
import { createFileScope } from "../util/file/file-scope.js";
import type { LoadModule } from "../util/modules/module-graph.js";
import type { Ref, Scope } from "../util/values/scope.js";

/** A node type, as its name is spelled. */
type NodeType = `${TSESTree.Node["type"]}`;

/** A parsed file: its source code, its scope, and the nodes it holds. */
export interface Analysed {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly scope: Scope;
  /** Every node of `type`, in source order. */
  all<N extends TSESTree.Node = TSESTree.Node>(type: NodeType): N[];
  /** The first node of `type` whose source text is `text` (or the first of `type`). */
  find<N extends TSESTree.Node = TSESTree.Node>(type: NodeType, text?: string): N;
  /** A node of the file, as a value read in its scope. */
  ref<N extends TSESTree.Node>(node: N): Ref<N>;
}

/** Every node of a tree in ESLint's order of entering them, by the source code's own visitor keys. */
export function nodesOf(sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node[] {
  const nodes: TSESTree.Node[] = [];
  const walk = (node: TSESTree.Node): void => {
    nodes.push(node);
    for (const key of sourceCode.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) if (item && typeof (item as TSESTree.Node).type === "string") walk(item as TSESTree.Node);
    }
  };
  walk(sourceCode.ast);
  return nodes;
}

/** Parses `code` with typescript-eslint's parser, as the rule would see it in `filename`. */
export function analyse(code: string, { load = () => undefined, filename = "/project/file.ts" }: { load?: LoadModule; filename?: string } = {}): Analysed {
  let captured: Readonly<TSESLint.SourceCode> | undefined;
  const capture = {
    create: (context: { sourceCode: unknown }) => ((captured = context.sourceCode as Readonly<TSESLint.SourceCode>), {}),
  } as unknown as Rule.RuleModule;
  // The file system's root for a folder, so that a file anywhere is the linter's to lint.
  const linter = new Linter({ cwd: "/" });
  const messages = linter.verify(
    code,
    [
      {
        files: ["**/*.{js,mjs,cjs,ts,tsx,mts,cts}"],
        languageOptions: { parser },
        plugins: { test: { rules: { capture } } },
        rules: { "test/capture": "error" },
      },
    ],
    filename,
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal || !captured) throw new Error(`could not parse: ${fatal?.message ?? "no source code"}`);
  const sourceCode = captured;
  const scope = createFileScope(sourceCode, load);
  const nodes = nodesOf(sourceCode);
  const all = <N extends TSESTree.Node>(type: NodeType): N[] => nodes.filter((node) => node.type === type) as N[];
  return {
    sourceCode,
    scope,
    all,
    find: <N extends TSESTree.Node>(type: NodeType, text?: string): N => {
      const found = all<N>(type).find((node) => text === undefined || sourceCode.getText(node) === text);
      if (!found) throw new Error(`no ${type}${text === undefined ? "" : ` spelled ${text}`}`);
      return found;
    },
    ref: (node) => ({ node, scope }),
  };
}
