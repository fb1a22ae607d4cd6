// npm run check:unkey-spec -- <openapi.yaml>
// Compares the project's one description of Unkey's createSession API (CREATE_SESSION_API in the
// built core) with the request-body schema in an OpenAPI document of Unkey's (a whole bundle, such
// as svc/api/openapi/openapi-generated.yaml in unkeyed/unkey, or an excerpt of its schemas), and
// prints each difference: a field, a scope, a limit. Exit 0 when they agree, 1 when they differ,
// 2 when the document cannot be read or the core is not built.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { descriptionSchema } from "./unkey-spec/description-schema.mjs";
import { differences } from "./unkey-spec/differences.mjs";
import { openApiSchemaFacts, schemaFacts } from "./unkey-spec/schema-facts.mjs";

const core = new URL("../packages/portal-slug/dist/esm/index.js", import.meta.url);

function fail(message) {
  console.error(`check:unkey-spec: ${message}`);
  process.exit(2);
}

const [file, ...rest] = process.argv.slice(2);
if (!file || rest.length || file === "--help") fail("usage: npm run check:unkey-spec -- <openapi.yaml>, the OpenAPI document of Unkey's API to compare with");
if (!existsSync(fileURLToPath(core))) fail("the core is not built: run npm run demo (or npm run build) first");

let text;
try {
  text = readFileSync(file, "utf8");
} catch (error) {
  fail(`cannot read ${file}: ${error.code ?? error.message}`);
}
let spec;
try {
  spec = openApiSchemaFacts(text);
} catch (error) {
  fail(`${file}: ${error.message}`);
}

const { CREATE_SESSION_API } = await import(core.href);
const lines = differences(
  spec,
  schemaFacts(descriptionSchema(CREATE_SESSION_API), () => undefined),
);
if (!lines.length) {
  console.log(`The description of portal.createSession agrees with ${file}.`);
  process.exit(0);
}
console.log(
  `${lines.length} difference${lines.length === 1 ? "" : "s"} between ${file} and the description of portal.createSession (packages/portal-slug/src/api/create-session.ts):`,
);
for (const line of lines) console.log(`- ${line}`);
process.exit(1);
