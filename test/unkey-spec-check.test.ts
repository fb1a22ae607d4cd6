// `npm run check:unkey-spec -- <openapi.yaml>`: the project's one description of Unkey's API held
// against an OpenAPI document, and every difference said. Run on the project's fixture written as
// a bundle (agreement), on copies of it changed as Unkey might change its API (each change named),
// and on documents that cannot be read.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { CREATE_SESSION_API } from "portal-slug";
import { describe, expect, it } from "vitest";
import { descriptionSchema } from "../scripts/unkey-spec/description-schema.mjs";
import { jsonSchemaFacts, schemaFacts } from "../scripts/unkey-spec/schema-facts.mjs";
import { root } from "./support/workspace.js";
import { requestSchema } from "./support/unkey-request-schema.js";

type Schema = Record<string, unknown>;
const folder = mkdtempSync(join(tmpdir(), "unkey-spec-check-"));

/** The fixture as Unkey's OpenAPI bundle holds its schemas, `edit`ed first, written to a file. */
function bundle(name: string, edit: (body: Schema, schemas: Record<string, Schema>) => void = () => {}): string {
  const { $defs, ...body } = structuredClone(requestSchema) as Schema & { $defs: Record<string, Schema> };
  const text = JSON.stringify(body).replaceAll("#/$defs/", "#/components/schemas/");
  const schemas = { V2PortalCreateSessionRequestBody: JSON.parse(text) as Schema, ...$defs };
  edit(schemas.V2PortalCreateSessionRequestBody, schemas);
  const file = join(folder, `${name}.yaml`);
  writeFileSync(file, stringify({ openapi: "3.1.0", info: { title: "Unkey", version: "2" }, paths: {}, components: { schemas } }));
  return file;
}

const properties = (body: Schema) => body.properties as Record<string, Schema>;

function check(...args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ["scripts/check-unkey-spec.mjs", ...args], { cwd: root, encoding: "utf8" });
  return { status, stdout, stderr };
}

describe("the description of Unkey's API", () => {
  it("implies the schema the project's fixture of Unkey's schema states", () => {
    expect(schemaFacts(descriptionSchema(CREATE_SESSION_API), () => undefined)).toEqual(jsonSchemaFacts(requestSchema));
  });
});

describe("npm run check:unkey-spec", () => {
  // The excerpt of Unkey's bundle this workplace keeps beside the repository; a plain clone has none.
  const reference = join(root, "..", "shared", "reference", "unkey-openapi-createSession-request.yaml");
  it.skipIf(!existsSync(reference))("agrees with the excerpt of Unkey's own bundle (commit fc99b6b925b9), exit 0", () => {
    expect(check(reference).status).toBe(0);
  });

  it("agrees with the fixture written as an OpenAPI bundle, exit 0", () => {
    const file = bundle("same");
    expect(check(file)).toEqual({ status: 0, stdout: `The description of portal.createSession agrees with ${file}.\n`, stderr: "" });
  });

  it.each([
    [
      "a new scope",
      (body: Schema) => ((properties(body).scopes?.items as Schema).enum as string[]).push("keys:delete"),
      ['scopes[]: Unkey\'s spec adds the value "keys:delete"'],
    ],
    [
      "a new field",
      (body: Schema) => (properties(body).expiresIn = { type: "integer", minimum: 60 }),
      ["expiresIn: a field in Unkey's spec that the description lacks"],
    ],
    ["a field dropped", (body: Schema) => delete properties(body).preview, ["preview: a field in the description that Unkey's spec lacks"]],
    [
      "a limit changed",
      (body: Schema) => ((properties(body).externalId as Schema).maxLength = 512),
      ["externalId: maxLength is 512 in Unkey's spec, 256 in the description"],
    ],
    ["a field now required", (body: Schema) => (body.required as string[]).push("returnUrl"), ['the body: Unkey\'s spec adds the required field "returnUrl"']],
    [
      "the portal's pattern, through its $ref",
      (_: Schema, schemas: Record<string, Schema>) => ((schemas.ResourceIdentifier as Schema).pattern = "^[a-z0-9_-]+$"),
      ['portal: pattern is "^[a-z0-9_-]+$" in Unkey\'s spec, "^[a-zA-Z0-9_-]+$" in the description'],
    ],
    ["a new keyword", (body: Schema) => ((properties(body).scopes as Schema).maxItems = 4), ["scopes: Unkey's spec has maxItems 4, the description none"]],
  ])("names %s, exit 1", (name, edit, expected) => {
    const file = bundle(name.replaceAll(/\W+/g, "-"), edit);
    const { status, stdout } = check(file);
    expect(status).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      `${expected.length} difference${expected.length === 1 ? "" : "s"} between ${file} and the description of portal.createSession (packages/portal-slug/src/api/create-session.ts):`,
    );
    expect(lines.slice(1)).toEqual(expected.map((line) => `- ${line}`));
  });

  it("says why it cannot compare, exit 2: no argument, a missing file, no such schema, a $ref to nothing", () => {
    const none = join(folder, "none.yaml");
    writeFileSync(none, stringify({ openapi: "3.1.0", components: { schemas: { Other: { type: "string" } } } }));
    const dangling = bundle("dangling", (_, schemas) => delete schemas.ResourceIdentifier);
    const outcomes = [check(), check(join(folder, "missing.yaml")), check(none), check(dangling)];
    expect(outcomes.map(({ status }) => status)).toEqual([2, 2, 2, 2]);
    expect(outcomes.map(({ stderr }) => stderr.split("\n")[0])).toEqual([
      "check:unkey-spec: usage: npm run check:unkey-spec -- <openapi.yaml>, the OpenAPI document of Unkey's API to compare with",
      `check:unkey-spec: cannot read ${join(folder, "missing.yaml")}: ENOENT`,
      `check:unkey-spec: ${none}: No schema named V2PortalCreateSessionRequestBody in the document's components.schemas (nor at its top, as in an excerpt).`,
      `check:unkey-spec: ${dangling}: Nothing is found at #/components/schemas/ResourceIdentifier: check that the document holds that schema.`,
    ]);
  });
});
