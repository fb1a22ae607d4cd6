import { describe, expect, it } from "vitest";
import { CREATE_SESSION_API, type ApiDescription } from "./create-session.js";
import { API, apiFacts, errorName } from "./facts.js";

describe("the facts read from the API's description", () => {
  it("list every field once, each older field beside the newer one it became", () => {
    expect(API.fields).toEqual(["slug", "portal", "externalId", "permissions", "scopes", "preview", "returnUrl"]);
    expect(API.only).toEqual({ older: ["slug", "permissions"], newer: ["portal", "scopes", "returnUrl"] });
  });

  it("group the required fields by generation, either name where the generation is not known", () => {
    expect(API.requiredGroups("older")).toEqual([["slug"], ["externalId"], ["permissions"]]);
    expect(API.requiredGroups("newer")).toEqual([["portal"], ["externalId"], ["scopes"]]);
    for (const unknown of [undefined, "mixed"] as const) {
      expect(API.requiredGroups(unknown)).toEqual([["portal", "slug"], ["externalId"], ["scopes", "permissions"]]);
    }
  });

  it("pair the renamed fields both ways, and only those", () => {
    expect(["slug", "portal", "permissions", "scopes", "externalId"].map(API.counterpart)).toEqual(["portal", "slug", "scopes", "permissions", undefined]);
    expect(API.renamed("slug")).toBe("portal");
    expect(API.renamed("portal")).toBeUndefined();
  });

  it("name each generation's portal field and 404", () => {
    expect([API.portalField("older"), API.portalField("newer")]).toEqual(["slug", "portal"]);
    expect(API.notFoundGeneration("portal_config_not_found")).toBe("older");
    expect(API.notFoundGeneration(errorName("https://unkey.com/docs/errors/unkey/data/portal_not_found"))).toBe("newer");
    expect(API.notFoundGeneration("constructor")).toBeUndefined();
  });

  it("answer nothing for a name that is no field, an own property of Object's included", () => {
    for (const name of ["constructor", "toString", "__proto__", "portalId"]) {
      expect(API.field(name)).toBeUndefined();
      expect(API.counterpart(name)).toBeUndefined();
    }
    expect(API.legacyScopes.get("constructor")).toBeUndefined();
    expect(API.isScope("constructor")).toBe(false);
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
  });
});
