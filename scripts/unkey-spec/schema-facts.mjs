// What a JSON Schema demands of a value, without what it only says about it: the validation
// keywords, with every `$ref` followed and written in place. Two schemas that demand the same have
// equal facts however they are laid out (a `$ref` to `$defs` or to an OpenAPI bundle's
// `components.schemas`) and whatever their descriptions say, so the project's own fixture can be
// held to Unkey's OpenAPI bundle, and a newer bundle compared with an older one.
import { parse } from "yaml";

/** The name Unkey's OpenAPI bundle gives the createSession request body's schema. */
export const CREATE_SESSION_REQUEST = "V2PortalCreateSessionRequestBody";

/**
 * Keywords that describe and demand nothing. Any other keyword is kept, known or not: a keyword a
 * newer bundle starts using must show up as a difference, not vanish.
 */
const ANNOTATIONS = new Set([
  "$schema",
  "$id",
  "$comment",
  "$defs",
  "definitions",
  "title",
  "description",
  "default",
  "example",
  "examples",
  "deprecated",
  "readOnly",
  "writeOnly",
  "externalDocs",
  "xml",
]);

/** Keywords whose value is a map from names to schemas. */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "dependentSchemas"]);

/** Keywords whose value is a list of schemas. */
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);

/** Keywords whose value is one schema (a boolean `additionalProperties` is a plain value, copied as it is). */
const SCHEMAS = new Set([
  "items",
  "additionalProperties",
  "not",
  "contains",
  "propertyNames",
  "if",
  "then",
  "else",
  "unevaluatedItems",
  "unevaluatedProperties",
]);

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The facts of `schema`: its validation keywords, with each `$ref` replaced by the facts of the
 * schema `resolve` finds for it. A `$ref` with sibling keywords keeps them beside the referenced
 * schema's under `allOf`, as 2020-12 applies both. Throws on a `$ref` that `resolve` cannot find
 * or that refers to itself, since the facts would be wrong or endless.
 *
 * @param {unknown} schema
 * @param {(ref: string) => unknown} resolve
 * @returns {unknown}
 */
export function schemaFacts(schema, resolve) {
  return factsOf(schema, resolve, []);
}

/** {@link schemaFacts}, knowing the `$ref`s followed on the way here (`seen`). */
function factsOf(schema, resolve, seen) {
  if (!isObject(schema)) return schema;
  const facts = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword) || keyword === "$ref") continue;
    if (SCHEMA_MAPS.has(keyword) && isObject(value)) {
      facts[keyword] = Object.fromEntries(Object.entries(value).map(([name, each]) => [name, factsOf(each, resolve, seen)]));
    } else if (SCHEMA_LISTS.has(keyword) && Array.isArray(value)) {
      facts[keyword] = value.map((each) => factsOf(each, resolve, seen));
    } else if (SCHEMAS.has(keyword)) {
      facts[keyword] = factsOf(value, resolve, seen);
    } else {
      facts[keyword] = value;
    }
  }
  const ref = schema.$ref;
  if (typeof ref !== "string") return facts;
  if (seen.includes(ref)) throw new Error(`The schema refers to itself through ${ref}: its facts have no end.`);
  const target = resolve(ref);
  if (target === undefined) throw new Error(`Nothing is found at ${ref}: check that the document holds that schema.`);
  const referenced = factsOf(target, resolve, [...seen, ref]);
  return Object.keys(facts).length ? { allOf: [referenced, facts] } : referenced;
}

/** The last segment of a local `$ref` (`#/components/schemas/ResourceIdentifier` → `ResourceIdentifier`), unescaped as JSON Pointer says. */
const lastSegment = (ref) =>
  ref.startsWith("#/")
    ? ref
        .slice(ref.lastIndexOf("/") + 1)
        .replaceAll("~1", "/")
        .replaceAll("~0", "~")
    : undefined;

/**
 * The facts of the schema named `name` in an OpenAPI document's text (YAML or JSON): a whole bundle,
 * whose schemas are under `components.schemas`, or an excerpt of that map, as in the project's
 * reference. Throws, saying what is missing, when the document has no such schema.
 *
 * @param {string} text
 * @param {string} [name]
 * @returns {unknown}
 */
export function openApiSchemaFacts(text, name = CREATE_SESSION_REQUEST) {
  const document = parse(text);
  const schemas = isObject(document) && isObject(document.components) && isObject(document.components.schemas) ? document.components.schemas : document;
  if (!isObject(schemas) || !isObject(schemas[name]))
    throw new Error(`No schema named ${name} in the document's components.schemas (nor at its top, as in an excerpt).`);
  return schemaFacts(schemas[name], (ref) => {
    const target = lastSegment(ref);
    return ref.startsWith("#/components/schemas/") && target !== undefined && Object.hasOwn(schemas, target) ? schemas[target] : undefined;
  });
}

/**
 * The facts of a JSON Schema document whose `$ref`s point into its own `$defs` (or draft-07 `definitions`).
 *
 * @param {unknown} schema
 * @returns {unknown}
 */
export function jsonSchemaFacts(schema) {
  return schemaFacts(schema, (ref) => {
    const match = /^#\/(\$defs|definitions)\/([^/]+)$/.exec(ref);
    const defs = match && isObject(schema) ? schema[match[1]] : undefined;
    const target = match && lastSegment(ref);
    return isObject(defs) && target !== undefined && Object.hasOwn(defs, target) ? defs[target] : undefined;
  });
}
