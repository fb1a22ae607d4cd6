/**
 * A rule's options checked against its `meta.schema` where no ESLint checks them: Deno has no
 * rule options, so the plugin's factory takes them, and a mistaken one must stop the run with
 * what to change, as ESLint's own check would, not leave the rule to misread it. Only the JSON
 * Schema the rules' schemas are written in is read (a test holds every rule's schema to it, and
 * the answers to ajv's); a keyword outside it is a mistake of this plugin, and throws.
 */
import { kindOf } from "portal-slug";

/** A JSON Schema, as much of one as this check reads; a keyword it does not read is kept to be found. */
export interface OptionSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, OptionSchema>>;
  readonly required?: readonly string[] | boolean;
  readonly additionalProperties?: boolean | OptionSchema;
  readonly items?: OptionSchema | readonly OptionSchema[];
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly minLength?: number;
  readonly minimum?: number;
  readonly [keyword: string]: unknown;
}

/** The keywords this check reads; `description` and `default` say nothing about validity. */
const KEYWORDS = new Set([
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "enum",
  "pattern",
  "minLength",
  "minimum",
  "description",
  "default",
]);

/** Whether `items` is one schema for every item, the one form of it read here. */
const oneSchema = (items: OptionSchema["items"]): items is OptionSchema => typeof items === "object" && !Array.isArray(items);

/** The keywords `schema` and the schemas inside it use that this check does not read. */
export function unreadKeywords(schema: OptionSchema): string[] {
  const own = Object.keys(schema).filter((keyword) => !KEYWORDS.has(keyword));
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) own.push("additionalProperties (other than false)");
  if (schema.items !== undefined && !oneSchema(schema.items)) own.push("items (other than one schema)");
  if (Array.isArray(schema.type)) own.push("type (a list)");
  const inner = [...Object.values(schema.properties ?? {}), ...(oneSchema(schema.items) ? [schema.items] : [])];
  return [...own, ...inner.flatMap(unreadKeywords)];
}

/** How a key is written after a path: `.name`, or `["a-b"]` for a key no identifier spells. */
export const keyPath = (key: string): string => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`);

/** `names` quoted and joined for a sentence: `"a", "b" and "c"`. */
export const listed = (names: readonly unknown[]): string => {
  const quoted = names.map((name) => JSON.stringify(name));
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}` : (quoted[0] ?? "nothing");
};

const isPlainObject = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether `value` is of the JSON Schema `type`. */
function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "object":
      return isPlainObject(value);
    case "array":
      return Array.isArray(value);
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "null":
      return value === null;
    default:
      return typeof value === type;
  }
}

/** What `type` is called after "Expected". */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  object: "an object",
  array: "an array",
  integer: "an integer",
  number: "a number",
  string: "a string",
  boolean: "true or false",
  null: "null",
};

/**
 * The first problem of `value` against `schema`, said as `path: what is wrong` in the one voice
 * of docs/messages.md; `undefined` when the value is valid.
 */
export function schemaProblem(value: unknown, schema: OptionSchema, path: string): string | undefined {
  const unread = unreadKeywords(schema);
  if (unread.length) throw new Error(`option-schema.ts does not read ${unread.join(", ")}: teach it, or write the schema without`);
  const { type } = schema;
  if (typeof type === "string" && !hasType(value, type)) {
    const got = type === "integer" && typeof value === "number" ? String(value) : kindOf(value);
    return `${path}: Expected ${TYPE_NAMES[type] ?? type}, got ${got}`;
  }
  if (schema.enum && !schema.enum.some((allowed) => allowed === value)) return `${path}: ${JSON.stringify(value)} is none of ${listed(schema.enum)}`;
  if (typeof value === "string") {
    if (schema.minLength !== undefined && [...value].length < schema.minLength)
      return `${path}: Expected at least ${schema.minLength} character${schema.minLength === 1 ? "" : "s"}, got ${JSON.stringify(value)}`;
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value))
      return `${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`;
  }
  if (typeof value === "number" && schema.minimum !== undefined && value < schema.minimum) return `${path}: Expected ${schema.minimum} or more, got ${value}`;
  if (Array.isArray(value) && oneSchema(schema.items)) {
    for (const [index, item] of value.entries()) {
      const problem = schemaProblem(item, schema.items, `${path}[${index}]`);
      if (problem) return problem;
    }
  }
  if (isPlainObject(value)) {
    const properties = schema.properties ?? {};
    const missing = (Array.isArray(schema.required) ? schema.required : []).find((key) => value[key] === undefined);
    if (missing !== undefined) return `${path}: Missing ${JSON.stringify(missing)}`;
    for (const [key, item] of Object.entries(value)) {
      // Own keys only: `valueOf` or `constructor` is no property the schema names.
      const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
      // As ajv reads a known key: one whose value is `undefined` is absent; an unknown key is one all the same.
      if (property && item === undefined) continue;
      if (property) {
        const problem = schemaProblem(item, property, `${path}${keyPath(key)}`);
        if (problem) return problem;
      } else if (schema.additionalProperties === false) {
        return `${path}${keyPath(key)}: Not known here, where the keys are ${listed(Object.keys(properties))}`;
      }
    }
  }
  return undefined;
}
