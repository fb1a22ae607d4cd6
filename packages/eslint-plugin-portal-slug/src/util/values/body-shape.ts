// util/values/: from an expression to every value it can statically be (the second question of every rule).
/**
 * What a createSession body statically holds: the keys it sends, the expression each key's
 * value is, and whether that is all of it. A spread is opened when it is an object literal (in
 * this file or a module), a key written before a part this analysis cannot read keeps its place
 * but loses its value (the part may overwrite it), and a body that is no object literal at all
 * (a parameter, a call's result) has no shape: the rules say nothing about it.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { refTo, type Ref } from "./scope.js";
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
  /** Every key it certainly sends, in the order last written. */
  readonly fields: ReadonlyMap<string, BodyField>;
  /** Whether those are all the keys it sends: no spread or computed key this analysis cannot read. */
  readonly complete: boolean;
}

/** Whether a property sets the object's prototype (`__proto__: x`) rather than a key. */
const setsPrototype = (property: TSESTree.Property): boolean =>
  !property.computed && !property.shorthand && property.kind === "init" && staticKeyName(property) === "__proto__";

/** Whether a spread argument adds no key: `...null`, `...undefined`, `...false` and the like. */
const addsNothing = (node: TSESTree.Node): boolean =>
  (node.type === "Literal" && typeof node.value !== "string") || (node.type === "Identifier" && node.name === "undefined");

/** The shape of the body `ref` is, or `undefined` when it is not an object literal this analysis can read. */
export function readBody(ref: Ref, budget: Budget = lookupBudget()): BodyShape | undefined {
  const value = resolveValue(ref, budget);
  if (value.kind !== "expression" || value.ref.node.type !== "ObjectExpression") return undefined;
  const object = value.ref as Ref<TSESTree.ObjectExpression>;
  const fields = new Map<string, BodyField>();
  let complete = true;
  /** A part that may set any key: every value written so far may be overwritten. */
  const unknownPart = () => {
    complete = false;
    for (const [key, field] of fields) fields.set(key, { ...field, value: undefined });
  };
  /** Reads one object literal's parts into `fields`, opening its spreads; false when `toJSON` makes the sent body something else. */
  const read = (literal: Ref<TSESTree.ObjectExpression>, hops: number): boolean => {
    for (const part of literal.node.properties) {
      if (part.type === "SpreadElement") {
        if (addsNothing(part.argument)) continue;
        const spread = hops < MAX_HOPS && budget.spreads-- > 0 ? resolveValue(refTo(literal, part.argument), budget, hops + 1) : undefined;
        if (spread?.kind === "expression" && spread.ref.node.type === "ObjectExpression") {
          if (!read(spread.ref as Ref<TSESTree.ObjectExpression>, hops + 1)) return false;
        } else if (!(spread?.kind === "expression" && addsNothing(spread.ref.node))) unknownPart();
        continue;
      }
      if (setsPrototype(part)) continue;
      const key = staticKeyName(part);
      if (key === undefined) {
        unknownPart();
        continue;
      }
      // What JSON.stringify sends is what toJSON returns, which is no literal's business.
      if (key === "toJSON") return false;
      const property = refTo(literal, part);
      const written = part.kind === "init" && !part.method ? refTo(literal, part.value) : undefined;
      fields.delete(key);
      fields.set(key, { key, property, value: written });
    }
    return true;
  };
  return read(object, 0) ? { object, fields, complete } : undefined;
}
