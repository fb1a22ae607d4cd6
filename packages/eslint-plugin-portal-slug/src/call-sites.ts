/**
 * Which calls open a portal session, and where in each the slug is written. Most calls in a
 * codebase are not portal calls, so every shape is ruled out by a name comparison before any
 * scope or value is looked at.
 */
import { ReferenceTracker } from "@typescript-eslint/utils/ast-utils";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { propertyOf, staticKeyName } from "./static-objects.js";
import { resolveValue } from "./const-binding.js";
import { staticStrings } from "./static-strings.js";

/** How the value of a field is judged: by the slug rules, or as a portal ID or slug. */
export type Accepts = "slug" | "ref";

/** An expression that is sent as a portal slug, and how to judge it. */
export interface SlugValue {
  readonly node: TSESTree.Node;
  readonly accepts: Accepts;
}

/** A user's own wrapper, as the rule's `callees` option names it. */
export interface Callee {
  /** The callee's dotted name, matched against the end of the call's member chain. */
  readonly name: string;
  /** Which argument holds the request body, or the slug itself when `property` is absent. */
  readonly argument?: number;
  /** The body property that holds the slug; absent when the argument is the slug. */
  readonly property?: string;
}

/** The SDK's standalone function, by the modules it is imported from. */
const STANDALONE_MODULES = ["@unkey/api/funcs/portalCreateSession.js", "@unkey/api/funcs/portalCreateSession"];
const ENDPOINT = "/v2/portal.createSession";

/** The SDK and raw bodies name the portal `slug` (older) or `portal` (newer, ID or slug). */
const BODY_FIELDS: readonly (readonly [string, Accepts])[] = [
  ["slug", "slug"],
  ["portal", "ref"],
];
const ACCEPTS = new Map(BODY_FIELDS);

type Call = TSESTree.CallExpression | TSESTree.NewExpression;

/** The static name of a callee's last segment: `b` in `a.b`, `a["b"]`, `a?.b` or plain `b`. */
function lastName(callee: TSESTree.Node): string | undefined {
  if (callee.type === "Identifier") return callee.name;
  return callee.type === "MemberExpression" ? staticKeyName(callee) : undefined;
}

/** The static names of a callee's member chain, outermost last: `this.billing.open` -> this, billing, open. */
function chainNames(callee: TSESTree.Node): string[] | undefined {
  const names: string[] = [];
  let current: TSESTree.Node = callee;
  while (current.type === "MemberExpression") {
    const name = staticKeyName(current);
    if (name === undefined) return undefined;
    names.unshift(name);
    current = current.object;
  }
  if (current.type === "Identifier") names.unshift(current.name);
  else if (current.type === "ThisExpression") names.unshift("this");
  return names;
}

/**
 * Prepares, once per file, the question "which slug values does this call send?". The answer
 * for a call is empty for the vast majority of calls, decided by the callee's last name.
 */
export function createCallSites(sourceCode: Readonly<TSESLint.SourceCode>, callees: readonly Callee[]): (call: Call) => SlugValue[] {
  const byLastName = new Map<string, { segments: string[]; callee: Callee }[]>();
  for (const callee of callees) {
    const segments = callee.name.split(".");
    const last = segments[segments.length - 1] as string;
    byLastName.set(last, [...(byLastName.get(last) ?? []), { segments, callee }]);
  }
  let standalone: Set<TSESTree.Node> | undefined;
  /** The calls of the imported standalone function in this file, found once, on first need. */
  const standaloneCalls = (): Set<TSESTree.Node> => {
    if (standalone) return standalone;
    standalone = new Set();
    // Most files never mention it: one substring search spares them the import walk.
    if (!sourceCode.text.includes("portalCreateSession")) return standalone;
    // The reference tracker follows renamed, namespace and require()d imports, and ignores a
    // local function that merely shares the name.
    const tracker = new ReferenceTracker(sourceCode.getScope(sourceCode.ast));
    const traceMap = Object.fromEntries(
      STANDALONE_MODULES.map((module) => [module, { [ReferenceTracker.ESM]: true, portalCreateSession: { [ReferenceTracker.CALL]: true } }]),
    );
    for (const { node } of [...tracker.iterateEsmReferences(traceMap), ...tracker.iterateCjsReferences(traceMap)]) standalone.add(node);
    return standalone;
  };

  const bodyFields = (body: TSESTree.Node | undefined): SlugValue[] =>
    BODY_FIELDS.flatMap(([field, accepts]) => {
      const node = propertyOf(sourceCode, body, field);
      return node ? [{ node, accepts }] : [];
    });

  /** The object sent by `fetch(url, { body: JSON.stringify(object) })` when `url` is the endpoint. */
  const fetchBody = (call: Call): TSESTree.Node | undefined => {
    const [url, init] = call.arguments;
    if (!url || !init || !isEndpoint(url)) return undefined;
    const body = propertyOf(sourceCode, init, "body");
    const stringify = body && resolveValue(sourceCode, body);
    if (stringify?.type !== "CallExpression" || !isJsonStringify(stringify.callee)) return undefined;
    return stringify.arguments[0];
  };

  const isEndpoint = (url: TSESTree.Node): boolean => {
    const value = resolveValue(sourceCode, url);
    // `new URL("/v2/portal.createSession", base)` names the endpoint in its first argument.
    const spelled = value.type === "NewExpression" && lastName(value.callee) === "URL" && value.arguments[0] ? value.arguments[0] : value;
    const candidates = staticStrings(sourceCode, spelled);
    return (
      candidates.length > 0 &&
      candidates.every((candidate) =>
        candidate.kind === "template" ? (candidate.node.quasis.at(-1)?.value.cooked ?? "").endsWith(ENDPOINT) : candidate.value.endsWith(ENDPOINT),
      )
    );
  };

  return (call) => {
    const name = lastName(call.callee);
    if (name === undefined) return [];
    if (name === "createSession" && call.callee.type === "MemberExpression") {
      const receiver = call.callee.object;
      if (receiver.type === "MemberExpression" && staticKeyName(receiver) === "portal") return bodyFields(call.arguments[0]);
    }
    if (name === "fetch" || name === "Request") return bodyFields(fetchBody(call));
    if (standaloneCalls().has(call)) return bodyFields(call.arguments[1]);
    const wrappers = byLastName.get(name);
    if (!wrappers) return [];
    const chain = chainNames(call.callee);
    const values: SlugValue[] = [];
    for (const { segments, callee } of wrappers) {
      if (!chain || chain.length < segments.length || segments.some((segment, i) => chain[chain.length - segments.length + i] !== segment)) continue;
      const argument = call.arguments[callee.argument ?? 0];
      if (!argument || argument.type === "SpreadElement") continue;
      if (callee.property === undefined) {
        values.push({ node: argument, accepts: "slug" });
        continue;
      }
      const node = propertyOf(sourceCode, argument, callee.property);
      if (node) values.push({ node, accepts: ACCEPTS.get(callee.property) ?? "slug" });
    }
    return values;
  };
}

/** `JSON.stringify`, however it is reached: directly, or through `globalThis`. */
function isJsonStringify(callee: TSESTree.Node): boolean {
  const chain = chainNames(callee);
  return chain !== undefined && chain.slice(-2).join(".") === "JSON.stringify";
}
