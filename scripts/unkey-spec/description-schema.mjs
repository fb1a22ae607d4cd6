// The JSON Schema that the project's description of Unkey's API (CREATE_SESSION_API in the core)
// implies for the body the current server takes: the newer generation's fields, each by its kind.
// Held against Unkey's own schema by check-unkey-spec.mjs, and against the project's fixture by the
// suite, so that the description and Unkey's API cannot part without a test saying where.

/** The schema of one field, by its kind. */
function fieldSchema(field, scopes) {
  const limits = {
    ...(field.minLength !== undefined && { minLength: field.minLength }),
    ...(field.maxLength !== undefined && { maxLength: field.maxLength }),
  };
  switch (field.kind) {
    case "portal":
    case "slug":
      return { type: "string", ...limits, ...(field.pattern !== undefined && { pattern: field.pattern }) };
    case "text":
      return { type: "string", ...limits };
    case "url":
      return { type: "string", format: "uri", ...limits };
    case "boolean":
      return { type: "boolean" };
    case "scopes":
      return { type: "array", items: { type: "string", enum: [...scopes] }, ...(field.minItems && { minItems: field.minItems }) };
    default:
      throw new Error(`The description has a field of kind ${JSON.stringify(field.kind)}, which this script cannot write as a schema.`);
  }
}

/**
 * The request body's schema, as the description states the current (newer) generation: its
 * required fields, every field's schema, and no other field.
 *
 * @param {import("portal-slug").ApiDescription} description
 */
export function descriptionSchema(description) {
  const { fields } = description.generations.newer;
  return {
    type: "object",
    required: Object.keys(fields).filter((name) => fields[name].required),
    properties: Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, fieldSchema(field, description.scopes)])),
    additionalProperties: false,
  };
}
