/**
 * From an expression to every string it can statically be, each with the node where that string
 * is written, and (for the fields of a body that are not strings) every other literal, array or
 * object it can be. Unknown means unknown: a value this analysis cannot pin down yields nothing,
 * never a guess, so that a rule cannot report a false positive.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import type { LiteralTypes } from "./literal-types.js";
import { refTo, type Ref } from "./scope.js";
import { lookupBudget, memberOf, resolveValue, type Budget } from "./static-values.js";

/** A string the expression can be, where it is written, and the scope that is read in. */
export type StaticString =
  /** A whole value written in one literal: a string, or a template without expressions. */
  | { readonly kind: "literal"; readonly value: string; readonly ref: Ref<TSESTree.StringLiteral | TSESTree.TemplateLiteral> }
  /** A template with expressions: only its static parts (quasis) are known. */
  | { readonly kind: "template"; readonly ref: Ref<TSESTree.TemplateLiteral> }
  /**
   * A template with expressions, or a `+` of strings, each of whose parts is one value this
   * analysis knows (`${ENV}-billing` with `const ENV = "Prod"`): the whole value they make.
   */
  | { readonly kind: "composed"; readonly value: string; readonly ref: Ref<TSESTree.TemplateLiteral | TSESTree.BinaryExpression> }
  /** A member of the literal type of an expression of the linted file, known from type information only. */
  | { readonly kind: "type"; readonly value: string; readonly node: TSESTree.Node };

/** A value an expression can be that is no string: another literal, or an array or object literal to read on. */
export type StaticOther =
  | { readonly kind: "other"; readonly value: boolean | number | bigint | null | undefined; readonly ref: Ref }
  | { readonly kind: "array"; readonly ref: Ref<TSESTree.ArrayExpression> }
  | { readonly kind: "object"; readonly ref: Ref<TSESTree.ObjectExpression> };

/** Any value an expression can statically be. */
export type StaticValue = StaticString | StaticOther;

/**
 * What a check can be given for a static value: the value itself when it is known (`exact`), else
 * one of its kind, which tells no more than its type: a template is some string, an array or
 * object literal some array or object.
 */
export function checkable(value: StaticValue): { readonly value: unknown; readonly exact: boolean } {
  switch (value.kind) {
    case "literal":
    case "composed":
    case "type":
    case "other":
      return { value: value.value, exact: true };
    case "template":
      return { value: "", exact: false };
    case "array":
      return { value: [], exact: false };
    case "object":
      return { value: {}, exact: false };
  }
}

/** How many sub-expressions one value may branch into before the rest counts as unknown. */
const MAX_VISITS = 64;

/**
 * What the checker knows of an expression the syntax could not pin down, added to `found`;
 * false when it knows nothing. Only the linted file's nodes have types: for a value followed
 * into a module, the file's expression that leads there is asked (`import { S }`, where S's
 * initializer calls a function).
 */
function typed(here: Ref, literalTypes: LiteralTypes | undefined, found: StaticValue[]): boolean {
  const node = here.scope.module ? here.use : here.node;
  const members = node && literalTypes?.(node);
  for (const member of members ?? []) found.push({ kind: "type", value: member, node: node as TSESTree.Node });
  return members !== undefined;
}

/**
 * What the checker knows of an expression the syntax says nothing of (`a * b`, a call, an enum
 * member's initializer `"Bad" + read()`), else of the expression written where it was followed
 * from (`Ref.D`, whose type is that member's literal); false when neither has a literal type.
 */
const typedAsWritten = (written: Ref, here: Ref, literalTypes: LiteralTypes | undefined, found: StaticValue[]): boolean =>
  typed(here, literalTypes, found) || (written.node !== here.node && typed(written, literalTypes, found));

/**
 * What the checker knows of a name the syntax could not follow further (a parameter, say), asked
 * first of the expression as it is sent: `target as PortalName` is sent as a `PortalName`
 * whatever `target`'s own type holds, and a name's type where it is used is narrowed by the code
 * around it. Then of the name itself, should the expression sent have a wider type.
 */
function typedAsSent(written: Ref, here: Ref, literalTypes: LiteralTypes | undefined, found: StaticValue[]): boolean {
  // `x!` is sent as `x` is but for null and undefined, which the checker's answer leaves out
  // anyway: asked of `x`, and reported there.
  const sent = written.node.type === "TSNonNullExpression" ? refTo(written, written.node.expression) : written;
  return typed(sent, literalTypes, found) || (sent.node !== here.node && typed(here, literalTypes, found));
}

/**
 * The keys `OBJ[key]` can name: each string literal the checker says `key` is one of (`region:
 * Region`, with `type Region = "eu" | "us"`), or else each string the syntax says it can only be
 * (`const KEY = "eu"`, `eu ? "eu" : "us"`), in a file without type information as in an imported
 * module, whose nodes have no types.
 */
function possibleKeys(here: Ref<TSESTree.MemberExpression>, literalTypes: LiteralTypes | undefined): readonly string[] | undefined {
  const { property } = here.node;
  const typed = literalTypes && !here.scope.module ? literalTypes(property) : undefined;
  if (typed?.length) return typed;
  // A key that leads back to itself (`const K = P[K]`, written mid-edit) is no key: followed once.
  if (keysFollowed.has(property)) return undefined;
  keysFollowed.add(property);
  try {
    const keys = new Set<string>();
    for (const key of everyStaticString(refTo(here, property))) {
      if (key.kind === "template") return undefined;
      keys.add(key.value);
    }
    return [...keys];
  } finally {
    keysFollowed.delete(property);
  }
}

/** The computed keys being followed now, one question inside another. */
const keysFollowed = new Set<TSESTree.Node>();

/**
 * `OBJ[key]` where `key` can only be some strings ({@link possibleKeys}): the value each of them
 * names in `OBJ`, as `OBJ.eu` and `OBJ.us` would be followed, so that each is judged where it is
 * written. `undefined` when the key can be anything; `complete` is false when a key names nothing
 * this analysis can read.
 */
function keyedMembers(
  here: Ref<TSESTree.MemberExpression>,
  literalTypes: LiteralTypes | undefined,
  budget: Budget,
): { refs: Ref[]; complete: boolean } | undefined {
  const { node } = here;
  const keys = node.computed ? possibleKeys(here, literalTypes) : undefined;
  if (!keys?.length) return undefined;
  const object = resolveValue(refTo(here, node.object), budget);
  const refs: Ref[] = [];
  let complete = keys.length <= MAX_VISITS;
  for (const key of keys.slice(0, MAX_VISITS)) {
    const member = memberOf(object, key, budget);
    if (typeof member !== "object" || member.kind !== "expression") complete = false;
    // A value written in another module is reported at this expression, as `OBJ.us` is at its own.
    else refs.push(member.ref.scope.module ? { ...member.ref, use: node } : member.ref);
  }
  return { refs, complete };
}

/**
 * How far a value put together from parts is read. Each part read, however deep, spends one of
 * {@link MAX_PARTS} (consts built of templates of consts could otherwise multiply the work), and
 * a part that is itself put together is read at most {@link MAX_DEPTH} deep; past either, the
 * value is unknown.
 */
interface Allowance {
  parts: number;
}
const MAX_PARTS = 64;
const MAX_DEPTH = 8;

/** What {@link onlyPrimitive} answers for a part that is not one known primitive. */
const UNKNOWN = Symbol("unknown part");

/** The one value `ref` can statically be, when it is one primitive; else {@link UNKNOWN}. */
function onlyPrimitive(ref: Ref, literalTypes: LiteralTypes | undefined, allowance: Allowance, depth: number): unknown {
  if (--allowance.parts < 0 || depth > MAX_DEPTH) return UNKNOWN;
  const { found, complete } = collect(ref, literalTypes, allowance, depth);
  const [only] = found;
  if (!complete || found.length !== 1 || !only) return UNKNOWN;
  return only.kind === "array" || only.kind === "object" || only.kind === "template" ? UNKNOWN : only.value;
}

/** How many strings a template of typed parts is judged as at most: `${plan}_${region}_portal` with a few of each. */
const MAX_TEMPLATE_MEMBERS = 32;

/**
 * Each string a template with expressions can make, as JavaScript turns each part into text: one
 * when every expression is one value this analysis knows; several when, in the linted file, some
 * are instead one of the string literals their type says (`${plan}_portal` with `plan: "free" |
 * "pro"`), as `as const` would type it. `undefined` when a part can be anything, or past
 * {@link MAX_TEMPLATE_MEMBERS} strings.
 */
function templateMembers(
  template: Ref<TSESTree.TemplateLiteral>,
  literalTypes: LiteralTypes | undefined,
  allowance: Allowance,
  depth: number,
): string[] | undefined {
  const { quasis, expressions } = template.node;
  // Only the linted file's nodes have types.
  const typesOf = literalTypes && !template.scope.module ? literalTypes : undefined;
  let members = [""];
  for (const [i, quasi] of quasis.entries()) {
    if (quasi.value.cooked == null) return undefined;
    const cooked = quasi.value.cooked;
    members = members.map((member) => member + cooked);
    const expression = expressions[i];
    if (!expression) continue;
    const value = onlyPrimitive(refTo(template, expression), literalTypes, allowance, depth + 1);
    const parts = value === UNKNOWN ? typesOf?.(expression) : [String(value)];
    if (!parts?.length || members.length * parts.length > MAX_TEMPLATE_MEMBERS) return undefined;
    members = members.flatMap((member) => parts.map((part) => member + part));
  }
  return members;
}

/**
 * The string `a + b + …` makes, when each operand is one value this analysis knows and the sum
 * is a concatenation from its first `+` (a string on either side); else `undefined`. The chain is
 * read along its left side, so a long one costs no depth.
 */
function sumValue(sum: Ref<TSESTree.BinaryExpression>, literalTypes: LiteralTypes | undefined, allowance: Allowance, depth: number): string | undefined {
  const operands: TSESTree.Node[] = [];
  let left: TSESTree.Node = sum.node;
  for (; left.type === "BinaryExpression" && left.operator === "+"; left = left.left) {
    // More operands than the allowance reads: unknown, without walking the rest of a long sum at every call.
    if (operands.length >= allowance.parts) return undefined;
    operands.push(left.right);
  }
  operands.push(left);
  let text: unknown;
  for (let i = operands.length - 1; i >= 0; i--) {
    const value = onlyPrimitive(refTo(sum, operands[i] as TSESTree.Node), literalTypes, allowance, depth + 1);
    if (value === UNKNOWN) return undefined;
    if (i === operands.length - 1) text = value;
    // A number added to a number is a number: only a string on either side joins text.
    else if (typeof text === "string" || typeof value === "string") text = String(text) + String(value);
    else return undefined;
  }
  return typeof text === "string" ? text : undefined;
}

/**
 * Every value `ref` can statically be, and whether that is all it can be: a branch this
 * analysis cannot pin down (`cond ? "a" : read()`) adds nothing and makes the answer incomplete.
 * The branches wait on a stack, first branch on top, so that the values come in reading order.
 */
function collect(ref: Ref, literalTypes?: LiteralTypes, allowance: Allowance = { parts: MAX_PARTS }, depth = 0): { found: StaticValue[]; complete: boolean } {
  const found: StaticValue[] = [];
  let complete = true;
  // One allowance of spreads for the whole value, however many members it reads.
  const budget = lookupBudget();
  const pending = [ref];
  for (let visits = 1; pending.length; visits++) {
    if (visits > MAX_VISITS) return { found, complete: false };
    const written = pending.pop() as Ref;
    const value = resolveValue(written, budget);
    if (value.kind === "module") {
      complete = false;
      continue;
    }
    const here = value.ref;
    const node = here.node;
    switch (node.type) {
      case "Literal":
        if (typeof node.value === "string") found.push({ kind: "literal", value: node.value, ref: here as Ref<TSESTree.StringLiteral> });
        else if (!(node.value instanceof RegExp) && !("regex" in node)) found.push({ kind: "other", value: node.value, ref: here });
        else complete = false;
        break;
      case "ArrayExpression":
        found.push({ kind: "array", ref: here as Ref<TSESTree.ArrayExpression> });
        break;
      case "ObjectExpression":
        found.push({ kind: "object", ref: here as Ref<TSESTree.ObjectExpression> });
        break;
      case "Identifier":
        // What is left of a name after following it: `undefined` is a value only as the global.
        if (node.name === "undefined" && here.scope.isGlobal(node)) found.push({ kind: "other", value: undefined, ref: here });
        else if (!typedAsSent(written, here, literalTypes, found)) complete = false;
        break;
      case "TemplateLiteral": {
        const [quasi] = node.quasis;
        const template = here as Ref<TSESTree.TemplateLiteral>;
        if (node.expressions.length > 0) {
          const members = templateMembers(template, literalTypes, allowance, depth);
          const [only] = members?.length === 1 ? members : [];
          // A template whose one value the syntax cannot put together may still have a literal type
          // as it is sent (`as const`, or a const declared with it): its members are judged; else
          // each string its typed parts make, as a literal type's members are; else its static parts alone.
          if (only !== undefined) found.push({ kind: "composed", value: only, ref: template });
          else if (written.node === here.node || !typedAsSent(written, here, literalTypes, found)) {
            if (members) for (const member of members) found.push({ kind: "type", value: member, node });
            else found.push({ kind: "template", ref: template });
          }
        } else if (quasi?.value.cooked != null) found.push({ kind: "literal", value: quasi.value.cooked, ref: template });
        else complete = false;
        break;
      }
      case "BinaryExpression": {
        const sum = node.operator === "+" ? sumValue(here as Ref<TSESTree.BinaryExpression>, literalTypes, allowance, depth) : undefined;
        if (sum !== undefined) found.push({ kind: "composed", value: sum, ref: here as Ref<TSESTree.BinaryExpression> });
        else if (!typedAsWritten(written, here, literalTypes, found)) complete = false;
        break;
      }
      case "UnaryExpression": {
        // `-1`: a negative number is written as a minus before its literal, in JSON as here.
        const { argument } = node;
        const number = argument.type === "Literal" && (typeof argument.value === "number" || typeof argument.value === "bigint") ? argument.value : undefined;
        if (node.operator === "-" && number !== undefined) found.push({ kind: "other", value: -number, ref: here });
        else if (!typed(here, literalTypes, found)) complete = false;
        break;
      }
      case "ConditionalExpression":
        pending.push(refTo(here, node.alternate), refTo(here, node.consequent));
        break;
      case "LogicalExpression":
        // `x ?? "fallback"` and `x || "fallback"` can be either side; `a && b` can be `a`'s falsy value.
        if (node.operator !== "&&") pending.push(refTo(here, node.right), refTo(here, node.left));
        else complete = false;
        break;
      case "MemberExpression": {
        // A member the syntax could not name: each key its key's type can be, followed to where
        // its value is written (and judged there), first; else the member's own literal type,
        // which `as const` gives it, judged here.
        const keyed = keyedMembers(here as Ref<TSESTree.MemberExpression>, literalTypes, budget);
        if (!keyed?.complete && typed(here, literalTypes, found)) break;
        if (!keyed?.complete) complete = false;
        // Reversed, so that the first key's value is taken first.
        if (keyed) pending.push(...keyed.refs.reverse());
        break;
      }
      default:
        if (!typedAsWritten(written, here, literalTypes, found)) complete = false;
    }
  }
  return { found, complete };
}

/**
 * The strings `ref` can statically be, for judging a value: each one that is known is sent in
 * some run, so it is checked even when another branch is unknown.
 */
export function staticStrings(ref: Ref, literalTypes?: LiteralTypes): StaticString[] {
  // Most values are a string written in place: that is all they can be.
  const { node } = ref;
  if (node.type === "Literal" && typeof node.value === "string") return [{ kind: "literal", value: node.value, ref: ref as Ref<TSESTree.StringLiteral> }];
  return collect(ref, literalTypes).found.filter(isString);
}

const isString = (value: StaticValue): value is StaticString =>
  value.kind === "literal" || value.kind === "template" || value.kind === "composed" || value.kind === "type";

/**
 * The strings `ref` can statically be, only when they are all it can be; otherwise none. For
 * deciding what a call is (its URL, say), where one unknown branch may be anything.
 */
export function everyStaticString(ref: Ref): StaticString[] {
  const { found, complete } = collect(ref);
  return complete && found.every(isString) ? (found as StaticString[]) : [];
}

/**
 * Every value `ref` can statically be, and whether that is all: for a field whose value need
 * not be a string (`preview: "yes"`, `scopes: "keys:read"`), where a wrong type is the finding.
 */
export function staticValues(ref: Ref, literalTypes?: LiteralTypes): { readonly values: readonly StaticValue[]; readonly complete: boolean } {
  // Most values are a string written in place: that is all they can be.
  const { node } = ref;
  if (node.type === "Literal" && typeof node.value === "string")
    return { values: [{ kind: "literal", value: node.value, ref: ref as Ref<TSESTree.StringLiteral> }], complete: true };
  const { found, complete } = collect(ref, literalTypes);
  return { values: found, complete };
}
