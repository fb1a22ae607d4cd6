/**
 * The calls of the SDK's standalone `portalCreateSession` in one file, however it was imported:
 * by name, renamed, as a namespace, through `require` (declared or not), or through TypeScript's
 * `import x = require(…)`. A local function that merely shares the name is not one of them.
 */
import { ReferenceTracker } from "@typescript-eslint/utils/ast-utils";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

const MODULES = ["@unkey/api/funcs/portalCreateSession.js", "@unkey/api/funcs/portalCreateSession"];
const CALLED = { portalCreateSession: { [ReferenceTracker.CALL]: true } };

const isModule = (node: TSESTree.Node | undefined): boolean => node?.type === "Literal" && MODULES.includes(node.value as string);

/** eslint-utils has this method since 4.x; typescript-eslint's types do not list it yet. */
type PropertyFollower = (node: TSESTree.Node, traceMap: typeof CALLED) => Iterable<{ node: TSESTree.Node }>;

/** Every call of the standalone function in the file of `sourceCode`. */
export function findStandaloneCalls(sourceCode: Readonly<TSESLint.SourceCode>): Set<TSESTree.Node> {
  const calls = new Set<TSESTree.Node>();
  // Most files never mention it: one substring search spares them the walk.
  if (!sourceCode.text.includes("portalCreateSession")) return calls;
  const tracker = new ReferenceTracker(sourceCode.getScope(sourceCode.ast));
  const traceMap = Object.fromEntries(MODULES.map((module) => [module, { [ReferenceTracker.ESM]: true, ...CALLED }]));
  for (const { node } of [...tracker.iterateEsmReferences(traceMap), ...tracker.iterateCjsReferences(traceMap)]) calls.add(node);

  // The tracker follows `require` only where it is a declared global. Where it is not (an ES
  // module or a TypeScript file without `globals: { require }`), its calls are found here and
  // what they return is handed back to the tracker.
  const follow = (tracker as unknown as { iteratePropertyReferences?: PropertyFollower }).iteratePropertyReferences;
  for (const reference of follow ? (sourceCode.scopeManager?.globalScope?.through ?? []) : []) {
    const call = reference.identifier.parent;
    if (reference.identifier.name !== "require" || call?.type !== "CallExpression" || call.callee !== reference.identifier) continue;
    if (!isModule(call.arguments[0])) continue;
    for (const { node } of (follow as PropertyFollower).call(tracker, call, CALLED)) calls.add(node);
  }

  // `import sdk = require("…")`: the name's members are read as a namespace's.
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== "TSImportEqualsDeclaration" || statement.moduleReference.type !== "TSExternalModuleReference") continue;
    if (!isModule(statement.moduleReference.expression)) continue;
    for (const variable of sourceCode.getDeclaredVariables(statement)) {
      for (const { identifier } of variable.references) {
        const member = identifier.parent;
        const call = member?.parent;
        if (member?.type === "MemberExpression" && member.object === identifier && !member.computed && member.property.type === "Identifier") {
          if (member.property.name === "portalCreateSession" && call?.type === "CallExpression" && call.callee === member) calls.add(call);
        }
      }
    }
  }
  return calls;
}
