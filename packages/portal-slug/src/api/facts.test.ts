import { describe, expect, it, vi } from "vitest";
import { CREATE_SESSION_API, type ApiDescription } from "./create-session.js";
import { API, apiFacts, errorName } from "./facts.js";

describe("the facts read from the API's description", () => {
  // API is read when the module loads; the same answers read inside a test hold each step of the reading.
  const both = () => [API, apiFacts(CREATE_SESSION_API)];

  it("list every field once, each older field beside the newer one it became", () => {
    for (const facts of both()) {
      expect(facts.fields).toEqual(["slug", "portal", "externalId", "permissions", "scopes", "preview", "returnUrl"]);
      expect(facts.only).toEqual({ older: ["slug", "permissions"], newer: ["portal", "scopes", "returnUrl"] });
    }
  });

  it("group the required fields by generation, either name where the generation is not known", () => {
    for (const facts of both()) {
      expect(facts.requiredGroups("older")).toEqual([["slug"], ["externalId"], ["permissions"]]);
      expect(facts.requiredGroups("newer")).toEqual([["portal"], ["externalId"], ["scopes"]]);
      for (const unknown of [undefined, "mixed"] as const) {
        // Strictly: a field without a counterpart is a group of one, not one beside `undefined`.
        expect(facts.requiredGroups(unknown)).toStrictEqual([["portal", "slug"], ["externalId"], ["scopes", "permissions"]]);
      }
    }
  });

  it("pair the renamed fields both ways, and only those", () => {
    for (const facts of both()) {
      expect(["slug", "portal", "permissions", "scopes", "externalId"].map(facts.counterpart)).toEqual(["portal", "slug", "scopes", "permissions", undefined]);
      expect(facts.renamed("slug")).toBe("portal");
      expect(facts.renamed("portal")).toBeUndefined();
    }
  });

  it("name each generation's portal field and 404", () => {
    for (const facts of both()) {
      expect([facts.portalField("older"), facts.portalField("newer")]).toEqual(["slug", "portal"]);
      expect(facts.notFoundGeneration("portal_config_not_found")).toBe("older");
      expect(facts.notFoundGeneration(errorName("https://unkey.com/docs/errors/unkey/data/portal_not_found"))).toBe("newer");
      expect(facts.notFoundGeneration("constructor")).toBeUndefined();
    }
  });

  it("answer nothing for a name that is no field, an own property of Object's included", () => {
    for (const facts of both()) {
      for (const name of ["constructor", "toString", "__proto__", "portalId"]) {
        expect(facts.field(name)).toBeUndefined();
        expect(facts.counterpart(name)).toBeUndefined();
      }
      expect(facts.legacyScopes.get("constructor")).toBeUndefined();
      expect(facts.isScope("constructor")).toBe(false);
    }
  });

  it("describe each field, a field both generations have by the newer one's description, and say what is a scope", () => {
    for (const facts of both()) {
      expect(facts.field("slug")?.kind).toBe("slug");
      expect(facts.field("portal")?.kind).toBe("portal");
      expect(facts.fieldOf("older", "permissions")?.minItems).toBe(0);
      expect(facts.field("scopes")?.minItems).toBe(1);
      expect(facts.fieldOf("older", "portal")).toBeUndefined();
      expect(facts.ofKind("newer", "url")).toBe("returnUrl");
      expect(facts.ofKind("older", "url")).toBeUndefined();
      expect(facts.legacyScopes.get("create_key")).toEqual(["keys:create", "keys:reroll"]);
      expect(["keys:read", "analytics:read", "keys.read", ""].map(facts.isScope)).toEqual([true, true, false, false]);
    }
  });

  it("answer as they do here in a module loaded afresh, as a process's first import reads it", async () => {
    // The module, and the description it reads, are loaded once for the whole test run otherwise.
    vi.resetModules();
    const fresh = await import("./facts.js");
    expect(fresh.API.only).toEqual({ older: ["slug", "permissions"], newer: ["portal", "scopes", "returnUrl"] });
    expect(fresh.API.field("toString")).toBeUndefined();
    expect(fresh.errorName("err:unkey:data:portal_not_found")).toBe("portal_not_found");
    expect(fresh.errorName("https://unkey.com/docs/errors/unkey/data/portal_config_not_found")).toBe("portal_config_not_found");
    expect(fresh.API.description.portalId).toEqual({ prefix: "pc_", maxLength: 255 });
  });

  it("follow another description: a field that only one generation has, and a field renamed", () => {
    const described: ApiDescription = {
      ...CREATE_SESSION_API,
      generations: {
        older: CREATE_SESSION_API.generations.older,
        newer: {
          ...CREATE_SESSION_API.generations.newer,
          fields: { ...CREATE_SESSION_API.generations.newer.fields, experience: { kind: "boolean", required: true, holds: "the portal's look" } },
        },
      },
      renames: [...CREATE_SESSION_API.renames, ["preview", "experience"]],
    };
    const facts = apiFacts(described);
    expect(facts.fields).toEqual(["slug", "portal", "externalId", "permissions", "scopes", "preview", "experience", "returnUrl"]);
    expect(facts.requiredGroups("newer")).toContainEqual(["experience"]);
    expect(facts.counterpart("experience")).toBe("preview");
    // preview, which experience replaced, is optional: only the newer name meets the requirement.
    expect(facts.requiredGroups(undefined)).toContainEqual(["experience"]);
  });

  it("ask for a required field on its own where the generation is not known, when the other body has no required counterpart", () => {
    const described: ApiDescription = {
      ...CREATE_SESSION_API,
      generations: {
        older: {
          ...CREATE_SESSION_API.generations.older,
          fields: { ...CREATE_SESSION_API.generations.older.fields, workspace: { kind: "text", required: true, holds: "the workspace" } },
        },
        newer: {
          ...CREATE_SESSION_API.generations.newer,
          fields: { ...CREATE_SESSION_API.generations.newer.fields, region: { kind: "text", required: true, holds: "the region" } },
        },
      },
      // A rename from a field the older body no longer describes pairs nothing.
      renames: [...CREATE_SESSION_API.renames, ["retired", "region"]],
    };
    const facts = apiFacts(described);
    expect(facts.requiredGroups(undefined)).toStrictEqual([["portal", "slug"], ["externalId"], ["scopes", "permissions"], ["region"], ["workspace"]]);
    expect(facts.requiredGroups("older")).toContainEqual(["workspace"]);
  });
});
