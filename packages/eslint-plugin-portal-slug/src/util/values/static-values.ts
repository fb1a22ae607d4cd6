/**
 * From an expression to the expression it statically is: through `as`, `satisfies` and `!`,
 * `const` names and imports, members of object literals, modules and enums, elements of array
 * literals, spreads, `Object.freeze`, `require` and the linted file's own one-return functions.
 * What can change at run time, or what this analysis cannot see, is left as it stands, and a
 * caller reads it as unknown: never a guess.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { createCache } from "../cache.js";
import { refTo, type Binding, type FunctionLike, type ModuleExports, type Ref } from "./scope.js";
import { innerStatements, nameOf, objectMethod, staticKeyName, unwrap } from "../syntax.js";

/** How many names, members or calls are followed in a row before giving up: enough for real code, safe from cycles. */
export const MAX_HOPS = 8;

/**
 * How many spreads one question about a value may open in all. Depth alone is not enough:
 * eight objects that each spread the one before eight times are 8^8 paths, and a lookup runs
 * on every keystroke in an editor.
 */
const MAX_SPREADS = 64;

/** What one question about a value has left to spend; shared by every branch of it. */
export interface Budget {
  spreads: number;
}

/** A fresh allowance for one question about a value, however many lookups answering it takes. */
export const lookupBudget = (): Budget => ({ spreads: MAX_SPREADS });

/** What an expression statically is: an expression (which may itself be unknown, a parameter say) or a whole module. */
export type Value = { readonly kind: "expression"; readonly ref: Ref } | { readonly kind: "module"; readonly module: ModuleExports; readonly from: Ref };

/** A member's value, or why there is none: `absent` when no writer has it, `unknown` when one might. */
export type Member = Value | "absent" | "unknown";

const expression = (ref: Ref): Value => ({ kind: "expression", ref });

/** `ref`'s expression followed to the expression (or module) it statically is. */
export function resolveValue(ref: Ref, budget: Budget = lookupBudget(), hops = 0): Value {
  let current = ref;
  for (let hop = hops; hop < MAX_HOPS; hop++) {
    const node = unwrap(current.node);
    const here = node === current.node ? current : { ...current, node };
    let next: Value | undefined;
    switch (node.type) {
      case "Identifier": {
        const binding = here.scope.binding(node);
        next = binding && fromBinding(here, binding, budget, hop);
        break;
      }
      case "MemberExpression": {
        const key = staticKeyName(node);
        const member = key === undefined ? undefined : memberOf(resolveValue(refTo(here, node.object), budget, hop + 1), key, budget, hop + 1);
        next = typeof member === "object" ? member : undefined;
        break;
      }
      case "CallExpression":
        next = called(here as Ref<TSESTree.CallExpression>, budget, hop);
        break;
      case "AwaitExpression":
        // `await import("./config.js")`: the module itself.
        next = node.argument.type === "ImportExpression" ? moduleAt(here, node.argument.source) : undefined;
        break;
      default:
    }
    if (!next) return expression(here);
    if (next.kind === "module") return next;
    // A value the linted file reaches through a name or a member chain (`cfg.REGIONS.us`, a
    // destructured `require`) is reported at that name or chain, however deep the step out was.
    current =
      !here.scope.module && next.ref.scope.module && (node.type === "Identifier" || node.type === "MemberExpression") ? { ...next.ref, use: node } : next.ref;
  }
  return expression(current);
}

const followed = (from: Ref, node: TSESTree.Node | undefined): Value | undefined => (node ? expression(refTo(from, node)) : undefined);

/** What a name's binding leads to. */
function fromBinding(here: Ref, binding: Binding, budget: Budget, hop: number): Value | undefined {
  switch (binding.kind) {
    case "value":
      return expression(refTo(here, binding.value.node, binding.value.scope));
    case "module":
      return { kind: "module", module: binding.module, from: here };
    case "member": {
      let member: Member = resolveValue(refTo(here, binding.object.node, binding.object.scope), budget, hop + 1);
      for (const key of binding.keys) {
        if (typeof member !== "object") return undefined;
        member = memberOf(member, key, budget, hop + 1);
      }
      return typeof member === "object" ? member : undefined;
    }
  }
}

/** The module a string names in `here`'s scope, as a value. */
function moduleAt(here: Ref, source: TSESTree.Node): Extract<Value, { kind: "module" }> | undefined {
  const module = here.scope.imported(source);
  return module && { kind: "module", module, from: here };
}

/**
 * What `require(source)` returns: the module's exports, or its one value, which `require` returns
 * itself where an import sees it as the default export: a JSON module's, or a CommonJS module's
 * that sets `module.exports` to a string or a name holding one.
 */
function required(here: Ref, source: TSESTree.Node, budget: Budget, hop: number): Value | undefined {
  const loaded = moduleAt(here, source);
  if (!loaded) return undefined;
  if (loaded.module.path.endsWith(".json")) {
    const value = memberOf(loaded, "default", budget, hop + 1);
    return typeof value === "object" ? value : undefined;
  }
  const assigned = loaded.module.assignedValue?.();
  return assigned ? fromBinding(here, assigned, budget, hop) : loaded;
}

/**
 * What a call statically is: the object `Object.freeze(object)` freezes (the global `Object`),
 * the module a `require("./config")` loads (the global `require`, or one that `createRequire`
 * made, as an ES module makes its own), or the one value a call of the scope's own function
 * returns (`bodyFor(id)`), where calls are followed. Method calls other than `Object.freeze`
 * are none of these, and are told apart by their syntax before any name is looked up.
 */
function called(here: Ref<TSESTree.CallExpression>, budget: Budget, hop: number): Value | undefined {
  const { callee, arguments: args } = here.node;
  if (callee.type === "MemberExpression") {
    const object = unwrap(callee.object);
    const [argument] = args;
    const frozen = objectMethod(callee) === "freeze" && args.length === 1 && object.type === "Identifier";
    return frozen && argument?.type !== "SpreadElement" && here.scope.isGlobal(object) ? followed(here, argument) : undefined;
  }
  if (callee.type !== "Identifier") return undefined;
  const [source] = args;
  if (callee.name === "require" && source && args.length === 1 && here.scope.isGlobal(callee)) return required(here, source, budget, hop);
  // Resolved once, for both questions: a function of the file, or what createRequire made.
  const resolved = resolveValue(refTo(here, callee), budget, hop + 1);
  if (resolved.kind !== "expression") return undefined;
  const fn = resolved.ref.node;
  if (fn.type === "CallExpression") {
    const maker = unwrap(fn.callee);
    const makerName = maker.type === "Identifier" ? maker.name : maker.type === "MemberExpression" ? staticKeyName(maker) : undefined;
    return makerName === "createRequire" && source && args.length === 1 ? required(here, source, budget, hop) : undefined;
  }
  const local = here.scope.followsCalls && resolved.ref.scope === here.scope;
  return local && (fn.type === "FunctionDeclaration" || fn.type === "FunctionExpression" || fn.type === "ArrowFunctionExpression")
    ? followed(here, returnedValue(fn))
    : undefined;
}

/** Each function's one returned value, found once a file. */
const returns = createCache<FunctionLike, TSESTree.Node | undefined>("file");

/**
 * The expression a function returns, when it has exactly one `return` with a value (or is an
 * arrow with an expression body). Async functions and generators return something else.
 */
function returnedValue(fn: FunctionLike): TSESTree.Node | undefined {
  if (fn.async || fn.generator) return undefined;
  if (fn.body.type !== "BlockStatement") return fn.body;
  return returns.answer(fn, onlyReturn);
}

/** The value of a block-bodied function's one `return`, or `undefined` when it has none or several. */
function onlyReturn(fn: FunctionLike): TSESTree.Node | undefined {
  const found: TSESTree.ReturnStatement[] = [];
  if (fn.body.type === "BlockStatement") collectReturns(fn.body, found);
  return found.length === 1 ? (found[0]?.argument ?? undefined) : undefined;
}

/** The `return` statements of a function body, skipping nested functions (they are statements' expressions, never walked). */
function collectReturns(statement: TSESTree.Statement, found: TSESTree.ReturnStatement[]): void {
  // Two returns already make the answer "unknown": nothing more to learn.
  if (found.length > 1) return;
  if (statement.type === "ReturnStatement") found.push(statement);
  else for (const inner of innerStatements(statement)) collectReturns(inner, found);
}

/** The member `key` of a value: a property of an object literal, an element of an array literal, an export of a module, a member of an enum. */
export function memberOf(value: Value, key: string, budget: Budget = lookupBudget(), hops = 0): Member {
  if (value.kind === "module") {
    const binding = value.module.exported(key);
    return binding ? (fromBinding(value.from, binding, budget, hops) ?? "unknown") : "unknown";
  }
  const { ref } = value;
  const node = ref.node;
  if (node.type === "ObjectExpression") return findProperty(ref as Ref<TSESTree.ObjectExpression>, key, budget, hops);
  if (node.type === "ArrayExpression") return elementOf(ref as Ref<TSESTree.ArrayExpression>, key);
  if (node.type === "TSEnumDeclaration") {
    const member = node.body.members.find((candidate) => nameOf(candidate.id) === key);
    // A member without an initializer is a number.
    return member?.initializer ? expression(refTo(ref, member.initializer)) : "unknown";
  }
  return "unknown";
}

/** An array index as a key spells it: `0`, `12`, never `01` or `-1`. */
const INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * The element an array literal holds at index `key` (`ARR[0]`): unknown past a spread, which
 * moves every element after it, at a hole, and for any other key.
 */
function elementOf(ref: Ref<TSESTree.ArrayExpression>, key: string): Member {
  if (!INDEX.test(key)) return "unknown";
  const index = Number(key);
  const { elements } = ref.node;
  for (let i = 0; i < index && i < elements.length; i++) if (elements[i]?.type === "SpreadElement") return "unknown";
  const element = elements[index];
  return element && element.type !== "SpreadElement" ? expression(refTo(ref, element)) : "unknown";
}

/**
 * Where an object literal writes each key it names, and which of its parts may write any key:
 * read once a literal, so that a lookup walks only the parts after the key's last writer, not
 * every property of a large object.
 */
interface KeyIndex {
  /** The position of the last property that names each key. */
  readonly lastWriter: ReadonlyMap<string, number>;
  /** The positions of the spreads and computed keys, in order. */
  readonly open: readonly number[];
}

/** Each object literal's key index. */
const keyIndexes = createCache<TSESTree.ObjectExpression, KeyIndex>("file");

/** Indexes an object literal's keys, in one pass over its properties. */
function indexKeys(object: TSESTree.ObjectExpression): KeyIndex {
  const lastWriter = new Map<string, number>();
  const open: number[] = [];
  object.properties.forEach((property, i) => {
    const key = property.type === "Property" ? staticKeyName(property) : undefined;
    if (key === undefined) open.push(i);
    else lastWriter.set(key, i);
  });
  return { lastWriter, open };
}

/**
 * The value property `name` of an object literal holds: the last writer wins, as at run time.
 * A spread whose content cannot be read, or a computed key, may have set it, so that nothing
 * written before it is taken for the value.
 */
export function findProperty(ref: Ref<TSESTree.ObjectExpression>, name: string, budget: Budget = lookupBudget(), hops = 0): Member {
  const { properties } = ref.node;
  const { lastWriter, open } = keyIndexes.answer(ref.node, indexKeys);
  const written = lastWriter.get(name) ?? -1;
  // The parts after the last writer, last first: a computed key may be any key, a spread may hold it.
  for (let i = open.length - 1; i >= 0 && (open[i] as number) > written; i--) {
    const property = properties[open[i] as number] as TSESTree.ObjectLiteralElement;
    if (property.type === "Property") return "unknown";
    if (hops >= MAX_HOPS || budget.spreads-- <= 0) return "unknown";
    const found = memberOf(resolveValue(refTo(ref, property.argument), budget, hops + 1), name, budget, hops + 1);
    if (found !== "absent") return found;
  }
  const property = properties[written];
  if (property?.type !== "Property") return "absent";
  return property.kind === "init" ? expression(refTo(ref, property.value)) : "unknown";
}

/** The expression property `name` of `ref`'s object statically holds; `undefined` when unknown or absent. */
export function propertyOf(ref: Ref | undefined, name: string, budget: Budget = lookupBudget()): Ref | undefined {
  const member = ref && memberOf(resolveValue(ref, budget), name, budget);
  return typeof member === "object" && member.kind === "expression" ? member.ref : undefined;
}
