// util/calls/: which calls open a portal session, and the body each sends (the first question of every rule).
/**
 * Which calls open a portal session, and what each sends: the body of a built-in shape (the SDK
 * method, the standalone function, raw HTTP to the endpoint with `fetch` or a client's `post`), or
 * the argument of one of the user's own wrappers. Most calls in a codebase are not portal calls,
 * so every shape is ruled out by a name comparison before any scope or value is looked at.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { dirname } from "node:path";
import { CREATE_SESSION_FACTS } from "portal-slug";
import { createCache, lastAnswer } from "../cache.js";
import type { Callee } from "./callees-option.js";
import { isClientEndpointUrl, isEndpointUrl } from "./endpoint-url.js";
import { isPackageSpecifier, packageExportOf, type PackageExport, type Ref, type Scope } from "../values/scope.js";
import { findStandaloneCalls } from "./standalone-calls.js";
import { isStandaloneModule, SDK_METHOD, SDK_RECEIVER, STANDALONE_FUNCTION } from "./unkey-calls.js";
import { propertyOf, resolveValue } from "../values/static-values.js";
import { everyStaticString } from "../values/static-strings.js";
import { importedName, staticKeyName, staticText, unwrap } from "../syntax.js";
import { typeInformation, type TypeInformation } from "../type-information.js";

/** A call that may send a portal slug. */
export type Call = TSESTree.CallExpression | TSESTree.NewExpression;

/** How a body reaches Unkey: through the SDK (its method or its standalone function), or as raw HTTP. */
export type Via = "sdk" | "http";

/** The createSession body a call sends, and how. */
export interface SessionBody {
  readonly ref: Ref;
  readonly via: Via;
}

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
export function argumentAt(call: Call, index: number): TSESTree.Node | undefined {
  // Bounded by the arguments written, not by `index`, which an option may set to 2e9.
  for (let i = 0; i < call.arguments.length && i <= index; i++) if (call.arguments[i]?.type === "SpreadElement") return undefined;
  return call.arguments[index];
}

/** A rule's `callees` option, indexed by each wrapper's last name, the one part every call of it spells. */
export interface CalleeIndex<C extends Callee> {
  readonly byLastName: ReadonlyMap<string, readonly { readonly segments: readonly string[]; readonly callee: C }[]>;
}

/** The index of no wrapper, what most configs have: one for every file. */
const NO_CALLEES: CalleeIndex<never> = Object.freeze({ byLastName: new Map() });

/** Indexes a rule's `callees` option, once per file; without wrappers, not at all. */
export function indexCallees<C extends Callee>(callees: readonly C[]): CalleeIndex<C> {
  if (!callees.length) return NO_CALLEES;
  const byLastName = new Map<string, { segments: string[]; callee: C }[]>();
  for (const callee of callees) {
    const segments = callee.name.split(".");
    const last = segments[segments.length - 1] as string;
    byLastName.set(last, [...(byLastName.get(last) ?? []), { segments, callee }]);
  }
  return { byLastName };
}

/** The wrappers of the index whose dotted name ends the call's callee chain. */
export function matchingCallees<C extends Callee>(call: Call, { byLastName }: CalleeIndex<C>): readonly C[] {
  const name = byLastName.size ? lastName(call.callee) : undefined;
  const wrappers = name === undefined ? undefined : byLastName.get(name);
  if (!wrappers) return [];
  const { names } = chainNames(call.callee);
  return wrappers
    .filter(({ segments }) => names.length >= segments.length && segments.every((segment, i) => names[names.length - segments.length + i] === segment))
    .map(({ callee }) => callee);
}

/**
 * Prepares, once per file, the question "which createSession body does this call send?", for
 * the built-in shapes. Every rule of the plugin asks it of each call, one after the other: the
 * answer for the call asked last is kept, with nothing allocated for the many calls that are no
 * portal call.
 */
export function createSessionBodyFinder(sourceCode: Readonly<TSESLint.SourceCode>, scope: Scope, filename: string): (call: Call) => SessionBody | undefined {
  let standalone: Set<TSESTree.Node> | undefined;
  let reexports: Reexports | undefined;
  /** The names under which the standalone function may come from the project's own modules, read once, on first need. */
  const reexported = (): Reexports => (reexports ??= reexportsOf(sourceCode.ast, dirname(filename)));
  /** The calls of the imported standalone function in this file, found once, on first need. */
  const standaloneCalls = (): Set<TSESTree.Node> => (standalone ??= findStandaloneCalls(sourceCode));

  /** The argument at `index`, as a value read in the linted file. */
  const argument = (call: Call, index: number): Ref | undefined => {
    const node = argumentAt(call, index);
    return node && { node, scope };
  };

  /** The object `JSON.stringify(object)` turns into the text sent, when `text` is that call. */
  const stringified = (text: Ref | undefined): Ref | undefined => {
    const stringify = text && resolveValue(text);
    if (stringify?.kind !== "expression") return undefined;
    const { node } = stringify.ref;
    if (node.type !== "CallExpression" || !isJsonStringify(node.callee)) return undefined;
    const [object] = node.arguments;
    return object && object.type !== "SpreadElement" ? { ...stringify.ref, node: object } : undefined;
  };

  /** The object sent by `fetch(url, { body: JSON.stringify(object) })` when `url` is the endpoint. */
  const fetchBody = (call: Call): Ref | undefined => {
    const url = argument(call, 0);
    const init = argument(call, 1);
    if (!url || !init || !isEndpointUrl(url)) return undefined;
    return stringified(propertyOf(init, "body"));
  };

  /**
   * The object an HTTP client's `post(url, data)` sends when `url` is the endpoint: the options'
   * `json` (ky, got), `data` (Playwright's `request`) or `body: JSON.stringify(…)` (got), or else
   * axios's `data` itself or the object it stringifies. `post` is every router's and mock's name
   * too, so a call with a function among its arguments (a route's handler), a URL written as a
   * path alone, or an object that names no createSession field is none.
   */
  const postBody = (call: Call): Ref | undefined => {
    const url = argument(call, 0);
    const data = argument(call, 1);
    if (!url || !data || call.arguments.some(isFunction) || !isClientEndpointUrl(url)) return undefined;
    const body = propertyOf(data, "body");
    const sent = propertyOf(data, "json") ?? propertyOf(data, "data") ?? (body ? stringified(body) : (stringified(data) ?? data));
    return sent && namesSessionField(sent) ? sent : undefined;
  };

  /**
   * The object axios sends when called with one request config, `axios({ method: "post", url,
   * data })` or `axios.request(…)`, `url` the endpoint written with its host and `data` naming a
   * createSession field, as a `post` call's.
   */
  const requestConfigBody = (call: Call): Ref | undefined => {
    const config = call.arguments.length === 1 ? argument(call, 0) : undefined;
    const url = config && propertyOf(config, "url");
    const method = config && propertyOf(config, "method");
    const verb = method && everyStaticString(method);
    if (!url || !verb?.length || !verb.every((text) => text.kind === "literal" && text.value.toLowerCase() === "post")) return undefined;
    if (!isClientEndpointUrl(url)) return undefined;
    const data = propertyOf(config, "data");
    return data && namesSessionField(data) ? data : undefined;
  };

  const sent = (ref: Ref | undefined, via: Via): SessionBody | undefined => ref && { ref, via };
  /** The program's checker, asked only of calls that look like the SDK's method. */
  let types: TypeInformation | null | undefined;
  const typesOnce = (): TypeInformation | null => (types ??= typeInformation(sourceCode.parserServices) ?? null);

  const find = (call: Call): SessionBody | undefined => {
    const name = lastName(call.callee);
    if (name === undefined) return undefined;
    if (name === SDK_METHOD) {
      const callee = unwrap(call.callee);
      const receiver = callee.type === "MemberExpression" ? unwrap(callee.object) : undefined;
      if (receiver && isSdkReceiver(receiver, scope) && !implementedOutsideSdk(callee, typesOnce())) return sent(argument(call, 0), "sdk");
    }
    // Before fetch: the standalone function may be imported under that name.
    if (standaloneCalls().has(call) || isReexportedStandalone(call.callee, reexported(), scope)) return sent(argument(call, 1), "sdk");
    if (name === "post" && unwrap(call.callee).type === "MemberExpression") return sent(postBody(call), "http");
    if (name === "axios" || name === "request") return sent(requestConfigBody(call), "http");
    return name === "fetch" || name === "Request" ? sent(fetchBody(call), "http") : undefined;
  };

  return lastAnswer(find);
}

/** Whether an argument is a function written in place: a route's handler, a mock's reply. */
const isFunction = (node: TSESTree.Node): boolean => node.type === "ArrowFunctionExpression" || node.type === "FunctionExpression";

/** The keys of both generations of the body. */
const SESSION_FIELDS: ReadonlySet<string> = new Set(CREATE_SESSION_FACTS.fields);

/** Whether a value is an object literal (or a name of one) that names a createSession field, as a body sent does. */
function namesSessionField(ref: Ref): boolean {
  const value = resolveValue(ref);
  if (value.kind !== "expression" || value.ref.node.type !== "ObjectExpression") return false;
  return value.ref.node.properties.some((property) => property.type === "Property" && SESSION_FIELDS.has(staticKeyName(property) as string));
}

/** Whether a value is the SDK's `portal` member taken from a client: `unkey.portal`, `this.unkey.portal!`. */
function isPortalMember(node: TSESTree.Node | null | undefined): boolean {
  const value = node && unwrap(node);
  return value?.type === "MemberExpression" && staticKeyName(value) === SDK_RECEIVER;
}

/**
 * The SDK's `portal` member: `unkey.portal`, or a const that holds it, `const { portal } = unkey`,
 * `const { portal: billing } = unkey` or `const portal = unkey.portal`, or a field of the class
 * that holds it (`this.#portal` after `#portal = unkey.portal`), so that taking the member out
 * first does not hide the call. A parameter or a `let` may hold anything and is not followed.
 */
function isSdkReceiver(receiver: TSESTree.Node, scope: Scope): boolean {
  if (receiver.type === "MemberExpression") return staticKeyName(receiver) === SDK_RECEIVER || isFieldHoldingPortal(receiver);
  if (receiver.type !== "Identifier") return false;
  const binding = scope.binding(receiver);
  if (binding?.kind === "member") return binding.keys.at(-1) === SDK_RECEIVER;
  if (binding?.kind !== "value") return false;
  // `const sessions = this.#portal`: the const holds what the field holds.
  const held = unwrap(binding.value.node);
  return isPortalMember(held) || (held.type === "MemberExpression" && isFieldHoldingPortal(held));
}

/**
 * A class member's key as `this.<key>` spells it, as {@link staticKeyName} reads a key (`sessions`,
 * `["sessions"]`), and `#name` for a private one; undefined for a key no syntax names.
 */
function fieldKey(key: TSESTree.Node, computed: boolean): string | undefined {
  if (key.type === "PrivateIdentifier") return `#${key.name}`;
  return !computed && key.type === "Identifier" ? key.name : staticText(key);
}

/**
 * The class body whose instance `this` is where `node` stands: arrow functions and field
 * initializers keep the class's `this`, and any other function has one of its own (undefined).
 */
function enclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "ClassBody") return current;
    // In a static method or a static field's initializer, `this` is the class itself.
    if ((current.type === "MethodDefinition" || current.type === "PropertyDefinition") && current.static) return undefined;
    if (current.type === "FunctionExpression" && current.parent?.type === "MethodDefinition") continue;
    if (current.type === "FunctionDeclaration" || current.type === "FunctionExpression" || current.type === "StaticBlock") return undefined;
  }
  return undefined;
}

/**
 * `this.<field>` where the class sets the field to the SDK's `portal` member: its initializer
 * (`#portal = unkey.portal`, `readonly sessions = this.unkey.portal`) or the constructor's
 * `this.#portal = unkey.portal`. A service class that keeps the member so is as common as a const
 * that does, and its calls were passed in silence.
 */
function isFieldHoldingPortal(receiver: TSESTree.MemberExpression): boolean {
  if (unwrap(receiver.object).type !== "ThisExpression") return false;
  const name = fieldKey(receiver.property, receiver.computed);
  const body = name === undefined ? undefined : enclosingClassBody(receiver);
  if (!body) return false;
  for (const member of body.body) {
    if (member.type === "PropertyDefinition" && !member.static && fieldKey(member.key, member.computed) === name && isPortalMember(member.value)) return true;
    if (member.type !== "MethodDefinition" || member.kind !== "constructor") continue;
    for (const statement of member.value.body?.body ?? []) {
      const assigned = statement.type === "ExpressionStatement" ? statement.expression : undefined;
      if (assigned?.type !== "AssignmentExpression" || assigned.operator !== "=" || assigned.left.type !== "MemberExpression") continue;
      const target = assigned.left;
      if (unwrap(target.object).type === "ThisExpression" && fieldKey(target.property, target.computed) === name && isPortalMember(assigned.right)) return true;
    }
  }
  return false;
}

/** Where the SDK's own declarations live: a file of the `@unkey/api` package. */
const SDK_FILE = /[\\/]@unkey[\\/]api[\\/]/;

/** A file of an installed package, which no project writes to stand in for the SDK's types. */
const PACKAGE_FILE = /[\\/]node_modules[\\/]/;

/**
 * With type information, whether the method a call names is not the SDK's: implemented (a
 * function with a body) outside Unkey's SDK, or declared by another installed package (another
 * vendor's SDK, its `.d.ts` alone), by an object or class that also has a `portal` holding a
 * `createSession`, which the syntax cannot tell from the SDK. A method only typed in the project
 * (an interface, a `declare`, a module declaration standing in for the SDK's types) may be the
 * SDK's and is taken to be, as is one the checker cannot place (`any`, an unresolved import, the
 * SDK not installed), as without type information.
 */
function implementedOutsideSdk(method: TSESTree.Node, types: TypeInformation | null): boolean {
  const tsNode = types?.tsNodeOf(method);
  if (!types || !tsNode) return false;
  const { checker } = types;
  const declarations = checker.getNonNullableType(checker.getTypeAtLocation(tsNode)).getSymbol()?.getDeclarations();
  return (
    !!declarations?.length &&
    declarations.every((declaration) => {
      const file = declaration.getSourceFile().fileName;
      // Implemented in the project, or declared by another package (another vendor's SDK, its `.d.ts` alone).
      return !SDK_FILE.test(file) && (("body" in declaration && declaration.body !== undefined) || PACKAGE_FILE.test(file));
    })
  );
}

/** What a file imports from its own modules, through which the standalone function may come. */
interface Reexports {
  /** Each name it imports from one of them: the import's source, as written and as a node, and the name there. */
  readonly imports: ReadonlyMap<string, { readonly specifier: string; readonly source: TSESTree.Node; readonly name: string }>;
  /** The names of its namespace imports of them, whose members may be it. */
  readonly namespaces: ReadonlySet<string>;
  /** The linted file's folder, where its specifiers are resolved from. */
  readonly folder: string;
}

/**
 * Whether a name imported with a specifier from a folder is the standalone function, for the
 * lint run: the files of one folder import the same modules, and each answer reads a module
 * that re-exports it or not (resolved, stamped, its exports followed).
 */
const standaloneImports = createCache<string, boolean>("lint-run");

/** The package export that is the standalone function. */
const isStandalone = (origin: PackageExport | undefined): boolean => origin?.name === STANDALONE_FUNCTION && isStandaloneModule(origin.specifier);

/** Reads, once a file, its imports of its own modules, without loading any. */
function reexportsOf(program: TSESTree.Program, folder: string): Reexports {
  const imports = new Map<string, { specifier: string; source: TSESTree.Node; name: string }>();
  const namespaces = new Set<string>();
  for (const statement of program.body) {
    if (statement.type !== "ImportDeclaration" || statement.importKind === "type" || isPackageSpecifier(statement.source.value)) continue;
    for (const specifier of statement.specifiers) {
      const name = importedName(specifier);
      if (name === "*") namespaces.add(specifier.local.name);
      else if (name !== undefined) imports.set(specifier.local.name, { specifier: statement.source.value, source: statement.source, name });
    }
  }
  return { imports, namespaces, folder };
}

/**
 * The standalone function imported from a module of the project that re-exports it (a barrel
 * file's `export { portalCreateSession as openSession } from "@unkey/api/funcs/…"`), by its name
 * there or through the module's namespace (`lib.portalCreateSession`). Names are compared first:
 * a module is read only for a name the file imports from it and calls, and the scope is asked
 * only for a name that is the function, where an inner name may shadow it.
 */
function isReexportedStandalone(callee: TSESTree.Node, { imports, namespaces, folder }: Reexports, scope: Scope): boolean {
  const node = unwrap(callee);
  if (node.type === "Identifier") {
    const imported = imports.get(node.name);
    if (!imported) return false;
    const key = `${folder}\0${imported.specifier}\0${imported.name}`;
    const answer = standaloneImports.answer(key, () => isStandalone(packageExportOf(imported.source, imported.name, scope)));
    return answer && isStandalone(scope.packageImport?.(node));
  }
  if (node.type !== "MemberExpression") return false;
  const object = unwrap(node.object);
  const key = staticKeyName(node);
  if (object.type !== "Identifier" || key === undefined || !namespaces.has(object.name)) return false;
  const binding = scope.binding(object);
  return binding?.kind === "module" && isStandalone(binding.module.packageExport?.(key));
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
