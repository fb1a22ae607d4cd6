// The project's fixture of Unkey's createSession request schema demands what Unkey's OpenAPI
// bundle demands, and scripts/unkey-spec/schema-facts.mjs, which says so, tells a changed limit,
// scope or field from a reworded description.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { CREATE_SESSION_REQUEST, jsonSchemaFacts, openApiSchemaFacts } from "../scripts/unkey-spec/schema-facts.mjs";
import { root } from "./support/workspace.js";
import { requestSchema } from "./support/unkey-request-schema.js";

/** The excerpt of Unkey's bundle this workplace keeps beside the repository (read-only, not part of it). */
const REFERENCE = join(root, "..", "shared", "reference", "unkey-openapi-createSession-request.yaml");

type Schema = Record<string, unknown>;
const fixture = requestSchema as Schema;

/** The fixture as a whole OpenAPI bundle would hold it, `edit`ed: under components.schemas, its `$ref` pointing into them. */
function bundleOf(edit: (schemas: Record<string, Schema>) => void = () => {}): string {
  const body = structuredClone(fixture);
  const defs = body.$defs as Record<string, Schema>;
  // What names the fixture as a document of its own; a bundle's schema has none of it.
  for (const keyword of ["$defs", "$schema", "$id", "$comment", "title"]) delete body[keyword];
  const schemas: Record<string, Schema> = {
    [CREATE_SESSION_REQUEST]: { ...body, properties: { ...(body.properties as Schema), portal: { $ref: "#/components/schemas/ResourceIdentifier" } } },
    ...defs,
  };
  edit(schemas);
  return stringify({ openapi: "3.1.0", info: { title: "Unkey API", version: "2.0.0" }, paths: {}, components: { schemas } });
}

/** One property of the request body in a bundle being edited. */
const property = (schemas: Record<string, Schema>, name: string): Schema =>
  (schemas[CREATE_SESSION_REQUEST]?.properties as Record<string, Schema>)[name] as Schema;

describe("the fixture of Unkey's request schema", () => {
  it.skipIf(!existsSync(REFERENCE))("demands what the excerpt of Unkey's OpenAPI bundle (commit fc99b6b925b9) demands", () => {
    expect(jsonSchemaFacts(fixture)).toEqual(openApiSchemaFacts(readFileSync(REFERENCE, "utf8")));
  });

  it("names its source in $comment", () => {
    expect(fixture.$comment).toMatch(/unkeyed\/unkey svc\/api\/openapi\/openapi-generated\.yaml at commit fc99b6b925b9/);
  });
});

describe("schema facts", () => {
  it("are the same for a whole bundle, its `$ref`s into components.schemas, as for the fixture's `$defs`", () => {
    expect(openApiSchemaFacts(bundleOf())).toEqual(jsonSchemaFacts(fixture));
  });

  it("leave out what only describes: descriptions, examples, defaults, titles", () => {
    const reworded = bundleOf((schemas) => {
      property(schemas, "externalId").description = "Reworded.";
      property(schemas, "externalId").example = "someone";
      property(schemas, "preview").default = true;
      (schemas.ResourceIdentifier as Schema).title = "Identifier";
    });
    expect(openApiSchemaFacts(reworded)).toEqual(jsonSchemaFacts(fixture));
  });

  it.each<[string, (schemas: Record<string, Schema>) => void]>([
    [
      "a limit",
      (schemas) => {
        property(schemas, "externalId").maxLength = 512;
      },
    ],
    [
      "a scope",
      (schemas) => {
        ((property(schemas, "scopes").items as Schema).enum as string[]).push("keys:delete");
      },
    ],
    [
      "a field",
      (schemas) => {
        ((schemas[CREATE_SESSION_REQUEST] as Schema).properties as Record<string, Schema>).metadata = { type: "object" };
      },
    ],
    [
      "the portal's pattern, behind its $ref",
      (schemas) => {
        (schemas.ResourceIdentifier as Schema).pattern = "^[a-z0-9-]+$";
      },
    ],
    [
      "a keyword no schema here uses yet",
      (schemas) => {
        property(schemas, "scopes").uniqueItems = true;
      },
    ],
  ])("tell %s changed", (_, edit) => {
    expect(openApiSchemaFacts(bundleOf(edit))).not.toEqual(jsonSchemaFacts(fixture));
  });

  it("keep a `$ref`'s sibling keywords beside what it refers to, as JSON Schema 2020-12 applies both", () => {
    const narrowed = bundleOf((schemas) => {
      property(schemas, "portal").maxLength = 64;
    });
    const facts = openApiSchemaFacts(narrowed) as { properties: Record<string, unknown> };
    expect(facts.properties.portal).toEqual({ allOf: [{ type: "string", minLength: 3, maxLength: 255, pattern: "^[a-zA-Z0-9_-]+$" }, { maxLength: 64 }] });
  });

  it("say which `$ref` leads nowhere, or round in a circle, and which schema a document lacks", () => {
    const dangling = bundleOf((schemas) => {
      delete schemas.ResourceIdentifier;
    });
    const circular = bundleOf((schemas) => {
      schemas.ResourceIdentifier = { $ref: "#/components/schemas/ResourceIdentifier" };
    });
    expect(() => openApiSchemaFacts(dangling)).toThrow("Nothing is found at #/components/schemas/ResourceIdentifier");
    expect(() => openApiSchemaFacts(circular)).toThrow("refers to itself through #/components/schemas/ResourceIdentifier");
    expect(() => openApiSchemaFacts(bundleOf(), "V2KeysCreateKeyRequestBody")).toThrow("No schema named V2KeysCreateKeyRequestBody");
  });
});
