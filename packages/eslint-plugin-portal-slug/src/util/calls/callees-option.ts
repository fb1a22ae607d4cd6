/**
 * The `callees` option both rules take: the user's own functions that send a createSession body
 * (or, for valid-slug, the slug itself), named by the end of their member chain. One schema, so
 * that the rules accept and reject the same names.
 */
import type { JSONSchema4 } from "@typescript-eslint/utils/json-schema";

/** One entry of the `callees` option, as both rules take it. */
export interface Callee {
  /** The callee's dotted name, matched against the end of the call's member chain. */
  readonly name: string;
  /** Which argument (from 0) the rule reads: the body, or (for valid-slug) the slug itself; default 0. */
  readonly argument?: number;
}

/** A callee's dotted name: identifiers joined by dots, as the end of a member chain is written. */
const NAME: JSONSchema4 = {
  type: "string",
  description: "Dotted name matched against the end of the callee's member chain, e.g. billing.openPortal",
  pattern: "^[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*$",
};

/** The `callees` array's schema: `name`, `argument` (described by the rule) and the rule's own further properties. */
export function calleesSchema(description: string, argument: string, more: Readonly<Record<string, JSONSchema4>> = {}): JSONSchema4 {
  return {
    type: "array",
    description,
    items: {
      type: "object",
      properties: { name: NAME, argument: { type: "integer", minimum: 0, description: argument }, ...more },
      required: ["name"],
      additionalProperties: false,
    },
  };
}
