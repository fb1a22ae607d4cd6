/**
 * A change of Unkey's API is one edit of its description: here the description gains a scope and
 * an optional field, and the request guard, the keys' check, the field check and the zod schemas
 * all take them, with nothing else changed. (The lint rules take them too: see the plugin's
 * `api-change.test.ts`; the body's types: `facts.test-d.ts`.)
 */
import { describe, expect, it, vi } from "vitest";
// Imported whole, before any test: vitest hoists the mock above these imports, so every module
// they load reads the edited description (and the mutation run counts their loading as loading,
// not as part of a test).
import { checkCreateSessionRequest } from "../request/guard.js";
import { checkCreateSessionKeys } from "../request/keys.js";
import { checkCreateSessionField } from "../request/fields.js";
import { createSessionRequestSchema, newerCreateSessionRequestSchema } from "../zod/request.js";
import type * as Described from "./create-session.js";

vi.mock("./create-session.js", async (importOriginal) => {
  const actual = await importOriginal<typeof Described>();
  const { newer } = actual.CREATE_SESSION_API.generations;
  return {
    ...actual,
    CREATE_SESSION_API: {
      ...actual.CREATE_SESSION_API,
      // The one edit: a scope, and a field of a kind the checks already know.
      scopes: [...actual.CREATE_SESSION_API.scopes, "keys:delete"],
      generations: {
        ...actual.CREATE_SESSION_API.generations,
        newer: {
          ...newer,
          fields: { ...newer.fields, expiresIn: { kind: "text", required: false, minLength: 1, maxLength: 20, holds: "how long the session lasts" } },
        },
      },
    },
  };
});

const body = { portal: "billing-portal", externalId: "user_1", scopes: ["keys:read", "keys:delete"], expiresIn: "1h" };

describe("a scope and a field added to the API's description", () => {
  it("are taken by the request guard", () => {
    expect(checkCreateSessionRequest(body)).toMatchObject({ valid: true, generation: "newer", issues: [] });
    const tooLong = checkCreateSessionRequest({ ...body, expiresIn: "x".repeat(21) });
    expect(tooLong.issues.map(({ path, code }) => ({ path, code }))).toEqual([{ path: ["expiresIn"], code: "too_long" }]);
  });

  it("are known to the keys' check, which guesses the new field from a misspelling", () => {
    const { issues } = checkCreateSessionKeys(["portal", "externalId", "scopes", "expires_in"]);
    expect(issues.map(({ path, code, suggestion }) => ({ path, code, suggestion }))).toEqual([
      { path: ["expires_in"], code: "unknown_field", suggestion: "expiresIn" },
    ]);
  });

  it("are judged by the field check, and the scope is listed in the words for an unknown one", () => {
    expect(checkCreateSessionField("scopes", ["keys:delete"])).toEqual([]);
    const [unknown] = checkCreateSessionField("scopes", ["keys:destroy"]);
    expect(unknown?.code).toBe("unknown_scope");
    expect(unknown?.message).toContain("keys:delete");
  });

  it("are in the zod schemas", () => {
    expect(newerCreateSessionRequestSchema.safeParse(body).success).toBe(true);
    expect(createSessionRequestSchema.safeParse(body).success).toBe(true);
    const wrong = newerCreateSessionRequestSchema.safeParse({ ...body, expiresIn: 7 });
    expect(wrong.error?.issues.map(({ path }) => path)).toEqual([["expiresIn"]]);
  });
});
