// util/values/: from an expression to every value it can statically be (the second question of every rule).
/**
 * What a createSession body statically holds: the keys it sends, the expression each key's
 * value is, and whether that is all of it. A spread is opened when it is an object literal (in
 * this file or a module), a key written before a part this analysis cannot read keeps its place
 * but loses its value (the part may overwrite it), and a body that is no object literal at all
 * (a parameter, a call's result) has no shape: the rules say nothing about it.
 *
 * Each object literal is read once, however many bodies send or spread it: a body is its parts
 * in order, a spread among them the shape already read of the object it spreads. A rule that
 * asks for one key looks it up from the last part back, and never builds the rest; the whole
 * list of keys is built once a shape, on first need.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { createCache, type Cache } from "../cache.js";
import { refTo, type Ref, type Scope } from "./scope.js";
import { lookupBudget, MAX_HOPS, resolveValue, type Budget } from "./static-values.js";
import { staticKeyName } from "../syntax.js";

/** One key a body sends. */
export interface BodyField {
  readonly key: string;
  /** The property that writes it last, read in its module's scope: where a report about the key stands. */
  readonly property: Ref<TSESTree.Property>;
  /** Its value, when a later part of the body cannot have changed it and it is a value (not a getter). */
  readonly value: Ref | undefined;
}

/** What a body holds, as far as it can be read. */
export interface BodyShape {
  /** The object literal the body is. */
  readonly object: Ref<TSESTree.ObjectExpression>;
  /** The field `key`, when the body certainly sends it: what {@link fields} holds for it, found without building the rest. */
  field(key: string): BodyField | undefined;
  /** Every key it certainly sends, in the order last written. */
  readonly fields: ReadonlyMap<string, BodyField>;
  /** Whether those are all the keys it sends: no spread or computed key this analysis cannot read. */
  readonly complete: boolean;
  /** The body told apart into the objects it spreads and the keys of its own, where that is certain: see {@link BodySplit}. */
  readonly split: BodySplit | undefined;
}

/**
 * A body that spreads objects and writes keys of its own (`{ ...BASE, externalId }`), told apart
 * so that a rule judges the objects' fields once for every body that spreads them, and each body
 * for its own keys. Its other parts (`...x`, `[k]: v`) go with the spreads, as the shared fields
 * already say what they leave of them; an object literal spread in place (`...{ externalId }`)
 * is its keys, written there. The body's fields are then three runs side by side: the own keys
 * written before the spreads that nothing after writes again, the spread fields that no own key
 * after them overrides, and the own keys written after them. A body with an own key between two
 * spreads (which would fall between their fields) is not told apart: `split` is undefined, and
 * it is judged whole, as is every body that spreads nothing or writes nothing of its own.
 */
export interface BodySplit {
  /**
   * The fields of the objects the body spreads, less those its own keys after them override: one
   * map for every body that spreads the same objects (and unknown parts) in the same order and
   * overrides the same of their keys.
   */
  readonly spread: ReadonlyMap<string, BodyField>;
  /** The own keys written before the spreads and not written again after, last writer of each, in the order last written; without their values where an unknown part may overwrite them. */
  readonly before: ReadonlyMap<string, BodyField>;
  /** The own keys written after the spreads, last writer of each, in the order last written. */
  readonly after: ReadonlyMap<string, BodyField>;
}

/** One part of an object literal, as read: a key it writes, an object literal it spreads, or a part that may write any key. */
type Part =
  | { readonly kind: "field"; readonly field: BodyField }
  /** `inPlace`: the object spread is a literal written in the spread itself (`...{ a: 1 }`). */
  | { readonly kind: "spread"; readonly shape: ObjectShape; readonly inPlace: boolean }
  | { readonly kind: "unknown" };

const UNKNOWN: Part = { kind: "unknown" };

/** A field whose value a later part may have overwritten: its place is known, its value is not. */
const overwritable = (field: BodyField): BodyField => (field.value ? { ...field, value: undefined } : field);

/**
 * The shape of one object literal, from its parts. A key is looked up from the last part back,
 * which costs the parts it walks and no more; once the walks have cost what building every field
 * costs (a body sent by many calls, a spread object read by many bodies), the fields are built
 * and each lookup is one. A body written at one call is asked a key or two, and never built.
 */
class ObjectShape implements BodyShape {
  readonly complete: boolean;
  /** How many writes building every field takes: the writes of its own keys and of each spread object's fields. */
  readonly #writes: number;
  /** How many parts the lookups have walked so far. */
  #walked = 0;
  #fields: ReadonlyMap<string, BodyField> | undefined;
  #split: { readonly split: BodySplit | undefined } | undefined;

  constructor(
    readonly object: Ref<TSESTree.ObjectExpression>,
    /** Its parts in order, read by {@link splitOf} too (an object spread in place is its parts). */
    readonly parts: readonly Part[],
  ) {
    let complete = true;
    let writes = 0;
    for (const part of parts) {
      if (part.kind === "field") writes++;
      else if (part.kind === "unknown") complete = false;
      else {
        writes += part.shape.#writes;
        complete &&= part.shape.complete;
      }
    }
    this.complete = complete;
    this.#writes = writes;
  }

  field(key: string): BodyField | undefined {
    if (this.#fields || this.#walked > this.#writes) return this.fields.get(key);
    // The last writer wins; an unknown part after it may have overwritten its value.
    let overwritten = false;
    for (let i = this.parts.length - 1; i >= 0; i--) {
      this.#walked++;
      const part = this.parts[i] as Part;
      if (part.kind === "unknown") {
        overwritten = true;
        continue;
      }
      const found = part.kind === "field" ? (part.field.key === key ? part.field : undefined) : part.shape.field(key);
      if (found) return overwritten ? overwritable(found) : found;
      if (part.kind === "spread" && !part.shape.complete) overwritten = true;
    }
    return undefined;
  }

  get fields(): ReadonlyMap<string, BodyField> {
    return (this.#fields ??= sharedFields(this.parts) ?? allFields(this.parts));
  }

  get split(): BodySplit | undefined {
    return (this.#split ??= { split: splitOf(this.parts) }).split;
  }
}

/** The parts of a body with each object literal spread in place (`...{ a: 1 }`) replaced by its own parts: spreading it writes what writing them does. */
function* inPlace(parts: readonly Part[]): Generator<Part> {
  for (const part of parts) {
    if (part.kind === "spread" && part.inPlace) yield* inPlace(part.shape.parts);
    else yield part;
  }
}

/** Whether a part may write keys no one can name, and so overwrite the values of the keys written before it. */
const writesAnyKey = (part: Part): boolean => part.kind === "unknown" || (part.kind === "spread" && !part.shape.complete);

/** The body of `parts` told apart into its spreads and its own keys, or `undefined` where that is not certain (see {@link BodySplit}). */
function splitOf(parts: readonly Part[]): BodySplit | undefined {
  // Most bodies spread nothing: nothing to tell apart, and nothing to build to see it.
  if (!parts.some((part) => part.kind === "spread")) return undefined;
  const others: Part[] = [];
  const before = new Map<string, BodyField>();
  const after = new Map<string, BodyField>();
  for (const part of inPlace(parts)) {
    if (part.kind === "field") {
      const own = others.length ? after : before;
      own.delete(part.field.key);
      own.set(part.field.key, part.field);
    } else if (after.size) return undefined;
    else others.push(part);
  }
  if (!before.size && !after.size) return undefined;
  const spread = sharedFields(others);
  if (!spread) return undefined;
  // A key written before the spreads and again by them or after them is the later writer's, in
  // its place; the others keep their places, but not their values past a part that may write any key.
  const overwritten = others.some(writesAnyKey);
  const kept = new Map<string, BodyField>();
  for (const [key, field] of before) if (!spread.has(key) && !after.has(key)) kept.set(key, overwritten ? overwritable(field) : field);
  return { spread: overriddenBy(spread, after), before: kept, after };
}

/** The spread fields less some of their keys, by those keys (sorted, as JSON), for each map of spread fields. */
const remainders = createCache<ReadonlyMap<string, BodyField>, Map<string, ReadonlyMap<string, BodyField>>>("file");

/**
 * The spread fields that the own keys written after them leave: the map itself when they
 * override none, else one map for every body that overrides the same keys of it, made once
 * (`{ ...BASE, p0: 1 }` written at each call). Each own key is looked up once.
 */
function overriddenBy(spread: ReadonlyMap<string, BodyField>, after: ReadonlyMap<string, BodyField>): ReadonlyMap<string, BodyField> {
  const overridden = [...after.keys()].filter((key) => spread.has(key));
  if (!overridden.length) return spread;
  const id = JSON.stringify(overridden.sort());
  const byKeys = remainders.get(spread) ?? remainders.set(spread, new Map());
  const kept = byKeys.get(id);
  if (kept) return kept;
  const left = new Map([...spread].filter(([key]) => !after.has(key)));
  byKeys.set(id, left);
  return left;
}

/** The fields of a body that spreads a run of parts, and the runs that continue it by one part. */
interface Run {
  fields?: ReadonlyMap<string, BodyField>;
  readonly next: Map<ObjectShape | Part, Run>;
}

/**
 * Runs by the first object a body spreads, which holds them (weakly) for as long as it lives. A
 * run is followed from there through every part, unknown ones too (all alike, since none tells
 * which keys it writes), so that two bodies meet only when their parts are the same.
 */
const runs = createCache<ObjectShape, Run>("file");

/**
 * The fields of a body that only spreads objects (and may hold unknown parts): one map for every
 * body that spreads the same objects in the same order (`{ ...BASE, ...OVERRIDES }` written at
 * each call), so that a rule that judges the whole body judges it once. A body that writes a key
 * of its own, or spreads no object it can read, has fields of its own: `undefined`.
 */
function sharedFields(parts: readonly Part[]): ReadonlyMap<string, BodyField> | undefined {
  let anchor: ObjectShape | undefined;
  for (const part of parts) {
    if (part.kind === "field") return undefined;
    if (part.kind === "spread") anchor ??= part.shape;
  }
  if (!anchor) return undefined;
  let run = runs.get(anchor) ?? runs.set(anchor, { next: new Map() });
  for (const part of parts) {
    const key = part.kind === "spread" ? part.shape : part;
    const next = run.next.get(key) ?? { next: new Map() };
    run.next.set(key, next);
    run = next;
  }
  return (run.fields ??= allFields(parts));
}

/**
 * Every field the parts write, last writer of each key, in the order last written, in one pass:
 * each write is numbered, and a value written before the last unknown part is dropped at the end.
 */
function allFields(parts: readonly Part[]): ReadonlyMap<string, BodyField> {
  const fields = new Map<string, BodyField>();
  const writtenAt = new Map<string, number>();
  let writes = 0;
  let lastUnknown = -1;
  const write = (field: BodyField): void => {
    fields.delete(field.key);
    fields.set(field.key, field);
    writtenAt.set(field.key, writes++);
  };
  for (const part of parts) {
    if (part.kind === "field") write(part.field);
    else if (part.kind === "unknown") lastUnknown = writes;
    else {
      // An unknown part inside the spread object comes after every write before the spread;
      // the spread's own fields already say what it left them.
      if (!part.shape.complete) lastUnknown = writes;
      for (const field of part.shape.fields.values()) write(field);
    }
  }
  if (lastUnknown < 0) return fields;
  for (const [key, field] of fields) if ((writtenAt.get(key) ?? 0) < lastUnknown) fields.set(key, overwritable(field));
  return fields;
}

/** Whether a property sets the object's prototype (`__proto__: x`) rather than a key. */
const setsPrototype = (property: TSESTree.Property): boolean =>
  !property.computed && !property.shorthand && property.kind === "init" && staticKeyName(property) === "__proto__";

/** Whether a spread argument adds no key: `...null`, `...undefined`, `...false` and the like. */
const addsNothing = (node: TSESTree.Node): boolean =>
  (node.type === "Literal" && typeof node.value !== "string") || (node.type === "Identifier" && node.name === "undefined");

/** An object literal read, and the spreads reading it cost; `shape` is `undefined` when `toJSON` makes the sent body something else. */
interface Read {
  readonly shape: ObjectShape | undefined;
  readonly cost: number;
}

/** The reads of one object literal, by how deep in a chain of spreads it was reached. */
type Reads = (Read | undefined)[];

/** The reads of one object literal: as the linted file's, or as a module's, by the linted file's expression that leads there. */
interface ObjectReads {
  readonly here: Reads;
  byUse?: Cache<TSESTree.Node, Reads>;
}

/** Each object literal read, by the scope it is read in (one a file's analysis and module), then by its node. */
const reads = createCache<Scope, Cache<TSESTree.Node, ObjectReads>>("file");

/** The reads of `literal`, one for each depth it was reached at. */
function readsOf({ node, scope, use }: Ref): Reads {
  const inScope = reads.get(scope) ?? reads.set(scope, createCache("file"));
  const object = inScope.get(node) ?? inScope.set(node, { here: [] });
  if (!use) return object.here;
  const byUse = (object.byUse ??= createCache("file"));
  return byUse.get(use) ?? byUse.set(use, []);
}

/**
 * The shape of an object literal reached `hops` spreads deep, with what is left of the lookup's
 * budget. A read kept from before is taken when the budget left covers what it cost, so that it
 * is the read this budget would make; one that ran out of budget depends on what was left, and
 * is not kept.
 */
function readObject(literal: Ref<TSESTree.ObjectExpression>, hops: number, budget: Budget): ObjectShape | undefined {
  const kept = readsOf(literal);
  const read = kept[hops];
  if (read && read.cost <= Math.max(budget.spreads, 0)) {
    budget.spreads -= read.cost;
    return read.shape;
  }
  const before = budget.spreads;
  const shape = readParts(literal, hops, budget);
  if (budget.spreads >= 0) kept[hops] = { shape, cost: before - budget.spreads };
  return shape;
}

/** Reads one object literal's parts, opening its spreads; `undefined` when `toJSON` makes the sent body something else. */
function readParts(literal: Ref<TSESTree.ObjectExpression>, hops: number, budget: Budget): ObjectShape | undefined {
  const parts: Part[] = [];
  for (const part of literal.node.properties) {
    if (part.type === "SpreadElement") {
      if (addsNothing(part.argument)) continue;
      const spread = hops < MAX_HOPS && budget.spreads-- > 0 ? resolveValue(refTo(literal, part.argument), budget, hops + 1) : undefined;
      if (spread?.kind === "expression" && spread.ref.node.type === "ObjectExpression") {
        const shape = readObject(spread.ref as Ref<TSESTree.ObjectExpression>, hops + 1, budget);
        if (!shape) return undefined;
        parts.push({ kind: "spread", shape, inPlace: spread.ref.node === part.argument });
      } else if (!(spread?.kind === "expression" && addsNothing(spread.ref.node))) parts.push(UNKNOWN);
      continue;
    }
    if (setsPrototype(part)) continue;
    const key = staticKeyName(part);
    if (key === undefined) {
      parts.push(UNKNOWN);
      continue;
    }
    // What JSON.stringify sends is what toJSON returns, which is no literal's business.
    if (key === "toJSON") return undefined;
    const value = part.kind === "init" && !part.method ? refTo(literal, part.value) : undefined;
    parts.push({ kind: "field", field: { key, property: refTo(literal, part), value } });
  }
  return new ObjectShape(literal, parts);
}

/** The shape of the body `ref` is, or `undefined` when it is not an object literal this analysis can read. */
export function readBody(ref: Ref, budget: Budget = lookupBudget()): BodyShape | undefined {
  const value = resolveValue(ref, budget);
  if (value.kind !== "expression" || value.ref.node.type !== "ObjectExpression") return undefined;
  return readObject(value.ref as Ref<TSESTree.ObjectExpression>, 0, budget);
}
