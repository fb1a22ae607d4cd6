/** The name Unkey's OpenAPI bundle gives the createSession request body's schema. */
export declare const CREATE_SESSION_REQUEST: "V2PortalCreateSessionRequestBody";

/**
 * The facts of `schema`: its validation keywords (annotations such as `description` left out),
 * with each `$ref` replaced by the facts of the schema `resolve` finds for it. Throws on a `$ref`
 * that `resolve` cannot find or that refers to itself.
 */
export declare function schemaFacts(schema: unknown, resolve: (ref: string) => unknown): unknown;

/**
 * The facts of the schema named `name` (default {@link CREATE_SESSION_REQUEST}) in an OpenAPI
 * document's text, YAML or JSON: a whole bundle (`components.schemas`) or an excerpt of that map.
 * Throws when the document has no such schema.
 */
export declare function openApiSchemaFacts(text: string, name?: string): unknown;

/** The facts of a JSON Schema document whose `$ref`s point into its own `$defs` (or `definitions`). */
export declare function jsonSchemaFacts(schema: unknown): unknown;
