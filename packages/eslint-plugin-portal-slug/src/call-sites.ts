/**
 * Which calls open a portal session, and where in each the slug is written. Most calls in a
 * codebase are not portal calls, so every shape is ruled out by a name comparison before any
 * scope or value is looked at.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isEndpointUrl } from "./endpoint-url.js";
import type { Ref, Scope } from "./scope.js";
import { findStandaloneCalls } from "./standalone-calls.js";
import { lookupBudget, memberOf, propertyOf, resolveValue } from "./static-values.js";
import { staticKeyName, unwrap } from "./syntax.js";

/** How the value of a field is judged: by the slug rules, or as a portal ID or slug. */
export type Accepts = "slug" | "ref";

/** An expression that is sent as a portal slug, and how to judge it. */
export interface SlugValue {
  readonly ref: Ref;
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

/** The SDK and raw bodies name the portal `slug` (older) or `portal` (newer, ID or slug). */
const BODY_FIELDS: readonly (readonly [string, Accepts])[] = [
  ["slug", "slug"],
  ["portal", "ref"],
];
const ACCEPTS = new Map(BODY_FIELDS);

type Call = TSESTree.CallExpression | TSESTree.NewExpression;

/** The static name of a callee's last segment: `b` in `a.b`, `a["b"]`, `a?.b`, `a.b!` or plain `b`. */
function lastName(callee: TSESTree.Node): string | undefined {
  const node = unwrap(callee);
  if (node.type === "Identifier") return node.name;
  return node.type === "MemberExpression" ? staticKeyName(node) : undefined;
}

/**
 * The static names at the end of a callee's member chain, outermost last (`this.billing.open`:
 * this, billing, open), through `!`, `as` and `?.`. `rooted` says whether the walk reached the
 * chain's start; it stops early at a part with no static name (`clients[region]`, a call), and
 * the names after that part are still the chain's end.
 */
function chainNames(callee: TSESTree.Node): { names: string[]; rooted: boolean } {
  const names: string[] = [];
  let current = unwrap(callee);
  while (current.type === "MemberExpression") {
    const name = current.property.type === "PrivateIdentifier" ? `#${current.property.name}` : staticKeyName(current);
    if (name === undefined) return { names, rooted: false };
    names.unshift(name);
    current = unwrap(current.object);
  }
  if (current.type === "Identifier") names.unshift(current.name);
  else if (current.type === "ThisExpression") names.unshift("this");
  else return { names, rooted: false };
  return { names, rooted: true };
}

/** The argument at `index`, unless a spread before it (or it) makes its position unknown. */
function argumentAt(call: Call, index: number): TSESTree.Node | undefined {
  // Bounded by the arguments written, not by `index`, which an option may set to 2e9.
  for (let i = 0; i < call.arguments.length && i <= index; i++) if (call.arguments[i]?.type === "SpreadElement") return undefined;
  return call.arguments[index];
}

/**
 * Prepares, once per file, the question "which slug values does this call send?". The answer
 * for a call is empty for the vast majority of calls, decided by the callee's last name.
 */
/** What almost every call sends: nothing. One frozen array for all of them. */
const NONE: readonly SlugValue[] = Object.freeze([]);

export function createCallSites(sourceCode: Readonly<TSESLint.SourceCode>, scope: Scope, callees: readonly Callee[]): (call: Call) => readonly SlugValue[] {
  const byLastName = new Map<string, { segments: string[]; callee: Callee }[]>();
  for (const callee of callees) {
    const segments = callee.name.split(".");
    const last = segments[segments.length - 1] as string;
    byLastName.set(last, [...(byLastName.get(last) ?? []), { segments, callee }]);
  }
  let standalone: Set<TSESTree.Node> | undefined;
  /** The calls of the imported standalone function in this file, found once, on first need. */
  const standaloneCalls = (): Set<TSESTree.Node> => (standalone ??= findStandaloneCalls(sourceCode));

  /** The argument at `index`, as a value read in the linted file. */
  const argument = (call: Call, index: number): Ref | undefined => {
    const node = argumentAt(call, index);
    return node && { node, scope };
  };

  /** The portal fields a body sends; the body is followed once for all of them. */
  const bodyFields = (body: Ref | undefined): readonly SlugValue[] => {
    if (!body) return NONE;
    const budget = lookupBudget();
    const object = resolveValue(body, budget);
    let fields: SlugValue[] | undefined;
    for (const [field, accepts] of BODY_FIELDS) {
      const member = memberOf(object, field, budget);
      if (typeof member === "object" && member.kind === "expression") (fields ??= []).push({ ref: member.ref, accepts });
    }
    return fields ?? NONE;
  };

  /** The object sent by `fetch(url, { body: JSON.stringify(object) })` when `url` is the endpoint. */
  const fetchBody = (call: Call): Ref | undefined => {
    const url = argument(call, 0);
    const init = argument(call, 1);
    if (!url || !init || !isEndpointUrl(url)) return undefined;
    const body = propertyOf(init, "body");
    const stringify = body && resolveValue(body);
    if (stringify?.kind !== "expression") return undefined;
    const { node } = stringify.ref;
    if (node.type !== "CallExpression" || !isJsonStringify(node.callee)) return undefined;
    const [object] = node.arguments;
    return object && { ...stringify.ref, node: object };
  };

  /** The values the built-in shapes find: the SDK method, raw HTTP, the standalone function. */
  const builtIn = (call: Call, name: string): readonly SlugValue[] => {
    if (name === "createSession") {
      const callee = unwrap(call.callee);
      const receiver = callee.type === "MemberExpression" ? unwrap(callee.object) : undefined;
      if (receiver?.type === "MemberExpression" && staticKeyName(receiver) === "portal") return bodyFields(argument(call, 0));
    }
    // Before fetch: the standalone function may be imported under that name.
    if (standaloneCalls().has(call)) return bodyFields(argument(call, 1));
    return name === "fetch" || name === "Request" ? bodyFields(fetchBody(call)) : NONE;
  };

  /** The values the user's own wrappers (the `callees` option) of this last name name in this call. */
  const wrapped = (call: Call, wrappers: readonly { segments: string[]; callee: Callee }[]): SlugValue[] => {
    const { names } = chainNames(call.callee);
    const values: SlugValue[] = [];
    for (const { segments, callee } of wrappers) {
      if (names.length < segments.length || segments.some((segment, i) => names[names.length - segments.length + i] !== segment)) continue;
      const sent = argument(call, callee.argument ?? 0);
      if (!sent) continue;
      if (callee.property === undefined) {
        values.push({ ref: sent, accepts: "slug" });
        continue;
      }
      const ref = propertyOf(sent, callee.property);
      if (ref) values.push({ ref, accepts: ACCEPTS.get(callee.property) ?? "slug" });
    }
    return values;
  };

  return (call) => {
    const name = lastName(call.callee);
    if (name === undefined) return NONE;
    const found = builtIn(call, name);
    const wrappers = byLastName.get(name);
    if (!wrappers) return found;
    // A wrapper may share its name with a built-in shape (`http.fetch`): both are asked, and a
    // value either finds is judged once.
    const values = [...found];
    for (const value of wrapped(call, wrappers)) if (!values.some((known) => known.ref.node === value.ref.node)) values.push(value);
    return values;
  };
}

/** The names the global object goes by. */
const GLOBAL_OBJECTS = ["globalThis", "window", "self", "global"];

/** `JSON.stringify`, however it is reached: directly, or through the global object. */
function isJsonStringify(callee: TSESTree.Node): boolean {
  const { names, rooted } = chainNames(callee);
  return (
    rooted && names.slice(-2).join(".") === "JSON.stringify" && (names.length === 2 || (names.length === 3 && GLOBAL_OBJECTS.includes(names[0] as string)))
  );
}
