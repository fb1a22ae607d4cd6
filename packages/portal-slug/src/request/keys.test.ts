import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { API } from "../api/facts.js";
import { checkCreateSessionField, checkCreateSessionKeys, checkCreateSessionRequest, scopeForPermission } from "./index.js";

const paths = (issues: readonly { path: readonly (string | number)[]; code: string; suggestion?: string }[]) =>
  issues.map(({ path, code, suggestion }) => [path, code, suggestion]);

describe("checkCreateSessionKeys", () => {
  it("says the dashboard snippet's misspelt key once, at the key, not also as a missing field", () => {
    const { generation, issues } = checkCreateSessionKeys(["portalId", "externalId", "permissions"]);
    expect(generation).toBe("older");
    expect(paths(issues)).toEqual([[["portalId"], "unknown_field", "portal"]]);
  });

  it("calls a field missing when no misspelt key stands for it", () => {
    expect(paths(checkCreateSessionKeys(["portal_id", "externalId", "scope"]).issues)).toEqual([
      [["portal_id"], "unknown_field", "portal"],
      [["scope"], "unknown_field", "scopes"],
    ]);
    expect(paths(checkCreateSessionKeys(["user", "externalId", "scopes"]).issues)).toEqual([
      [["portal"], "missing_field", undefined],
      [["user"], "unknown_field", undefined],
    ]);
  });

  it.each([
    ["portalId", "portal"],
    ["portal_id", "portal"],
    ["externalID", "externalId"],
    ["external_id", "externalId"],
    ["scope", "scopes"],
    ["permission", "permissions"],
    ["returnURL", "returnUrl"],
    ["return_url", "returnUrl"],
    ["extrnalId", "externalId"],
    ["reutrnUrl", "returnUrl"],
    ["previews", "preview"],
  ])("takes %s for %s", (key, field) => {
    // The body's other fields: the one the key stands for (and its older twin) left out, which the key stands in for.
    const others = ["portal", "externalId", "scopes"].filter((name) => name !== field && name !== API.counterpart(field));
    const found = checkCreateSessionKeys([...others, key]).issues;
    expect(paths(found)).toEqual([[[key], "unknown_field", field]]);
    expect(found[0]?.message).toMatch(new RegExp(`; write "${field}"$`));
  });

  it.each([
    ["portalId", ["portal", "externalId", "scopes"], "portal"],
    ["portalId", ["slug", "externalId", "permissions"], "slug"],
    ["externalID", ["portal", "externalId", "scopes"], "externalId"],
    ["scope", ["portal", "externalId", "scopes"], "scopes"],
  ])("names %s beside the field it stands for, sent already, with no rename", (key, body, sent) => {
    const [found, ...more] = checkCreateSessionKeys([...body, key]).issues;
    expect(more).toEqual([]);
    expect(found).toEqual({
      path: [key],
      code: "unknown_field",
      severity: "error",
      message: `"${key}" is not a createSession field, and the current server rejects a body with unknown fields; the body sends "${sent}" as well: keep one of the two`,
    });
  });

  it.each([["user"], ["pre"], ["foo"], ["constructor"], ["__proto__"], ["_"]])("guesses nothing for %s", (key) => {
    const [found] = checkCreateSessionKeys(["portal", "externalId", "scopes", key]).issues;
    expect(found).toMatchObject({ path: [key], code: "unknown_field" });
    expect(found).not.toHaveProperty("suggestion");
  });

  it("calls nothing missing when the keys may not be all the body sends", () => {
    expect(checkCreateSessionKeys(["externalId"], { complete: false }).issues).toEqual([]);
    expect(paths(checkCreateSessionKeys(["externalId"]).issues)).toEqual([
      [["portal"], "missing_field", undefined],
      [["scopes"], "missing_field", undefined],
    ]);
  });

  it("counts a key sent as undefined for the generation, not for the field", () => {
    const { generation, issues } = checkCreateSessionKeys(["slug", "externalId", "permissions"], { unset: ["slug"] });
    expect(generation).toBe("older");
    expect(paths(issues)).toEqual([[["slug"], "missing_field", undefined]]);
  });

  it("calls no field missing that a misspelt key stands for, by its own name or the other generation's", () => {
    expect(paths(checkCreateSessionKeys(["portl", "externalId", "permissions"]).issues)).toEqual([[["portl"], "unknown_field", "portal"]]);
    // A field both generations have: no other name stands for it.
    expect(paths(checkCreateSessionKeys(["portal", "externalID", "scopes"]).issues)).toEqual([[["externalID"], "unknown_field", "externalId"]]);
  });

  it("says a mix once, on the whole body", () => {
    expect(paths(checkCreateSessionKeys(["slug", "externalId", "scopes"]).issues)).toEqual([[[], "mixed_generations", undefined]]);
  });

  it("answers for keys or options whose reading throws: no generation, one error on the whole body", () => {
    const unreadable = {
      generation: undefined,
      issues: [{ path: [], code: "unreadable", severity: "error", message: "Reading the body threw (a getter or a proxy trap), so it cannot be checked" }],
    };
    const keys = {
      [Symbol.iterator]: () => {
        throw new Error("no");
      },
    };
    const options = {
      get unset(): string[] {
        throw new Error("no");
      },
    };
    expect(checkCreateSessionKeys(keys as unknown as string[])).toEqual(unreadable);
    expect(checkCreateSessionKeys(["portal"], options)).toEqual(unreadable);
  });
});

describe("checkCreateSessionField", () => {
  it("checks a field at the path it has in a body", () => {
    expect(paths(checkCreateSessionField("scopes", ["keys:read", "keys.read"]))).toEqual([[["scopes", 1], "unknown_scope", "keys:read"]]);
    expect(paths(checkCreateSessionField("externalId", ""))).toEqual([[["externalId"], "too_short", undefined]]);
    expect(paths(checkCreateSessionField("preview", "yes"))).toEqual([[["preview"], "wrong_type", undefined]]);
  });

  it("has no value check for a key of neither generation, an inherited name included", () => {
    expect(checkCreateSessionField("portalId", "pc_1")).toEqual([]);
    expect(checkCreateSessionField("toString", 1)).toEqual([]);
  });

  it("never throws, on a scope list that throws when read", () => {
    const hostile = new Proxy([], {
      get() {
        throw new Error("no");
      },
    });
    expect(paths(checkCreateSessionField("scopes", hostile))).toEqual([[["scopes"], "unreadable", undefined]]);
  });
});

describe("scopeForPermission", () => {
  it.each([
    ["keys:read", "keys:read"],
    ["api.*.read_key", "keys:read"],
    ["API.*.READ_API", "keys:read"],
    ["api.*.read_analytics", "analytics:read"],
    ["api.*.create_key", undefined],
    ["keys.read", undefined],
    ["whatever", undefined],
  ])("maps %s to %s", (entry, scope) => {
    expect(scopeForPermission(entry)).toBe(scope);
  });
});

describe("the parts and the whole agree", () => {
  const fields = ["slug", "portal", "externalId", "permissions", "scopes", "preview", "returnUrl", "portalId", "scope", "x"];
  const values = fc.oneof(
    fc.constantFrom(undefined, "", "my-portal", "My-Portal", "pc_1", "keys:read", "https://a.example", "/back", true, 3),
    fc.array(fc.constantFrom("keys:read", "keys.read", "api.*.read_key", 1), { maxLength: 3 }),
  );
  const bodies = fc.dictionary(fc.constantFrom(...fields), values, { maxKeys: 8 });
  const key = (found: { path: readonly (string | number)[]; code: string; message: string; severity: string }) =>
    JSON.stringify([found.path, found.code, found.message, found.severity]);

  it("gives every body the guard's issues: its keys' and each sent field's", () => {
    fc.assert(
      fc.property(bodies, (body) => {
        const keys = Object.keys(body);
        const unset = keys.filter((name) => body[name] === undefined);
        const parts = [
          ...checkCreateSessionKeys(keys, { unset }).issues,
          ...keys.flatMap((name) => (body[name] === undefined ? [] : checkCreateSessionField(name, body[name]))),
        ];
        expect(parts.map(key).sort()).toEqual(checkCreateSessionRequest(body).issues.map(key).sort());
      }),
    );
  });
});
