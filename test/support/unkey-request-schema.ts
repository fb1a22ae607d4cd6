// Unkey's createSession request schema, as the project's fixture writes it, compiled with ajv as
// Unkey's server applies it: every keyword, `format: uri` asserted (ajv-formats' RFC 3986 check
// stands for the server's Go one), all errors listed.
import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** The fixture, parsed. */
export const requestSchema: unknown = JSON.parse(readFileSync(new URL("../fixtures/unkey-spec/create-session-request.schema.json", import.meta.url), "utf8"));

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv, ["uri"]);
const validate = ajv.compile(requestSchema as object);

/** What a body is once sent: `JSON.stringify` drops `undefined` fields, as a fetch or the SDK would. */
export const sentAsJson = (body: unknown): unknown => {
  const text = JSON.stringify(body);
  return text === undefined ? undefined : JSON.parse(text);
};

/** The schema's complaints about a body already in its sent form, none when it accepts it. */
export function schemaErrors(sent: unknown): readonly ErrorObject[] {
  return validate(sent) ? [] : [...(validate.errors ?? [])];
}
