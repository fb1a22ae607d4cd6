import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as z from "zod";
import { createSessionRequestSchema, newerCreateSessionRequestSchema, olderCreateSessionRequestSchema } from "./request.js";
import { PORTAL_SCOPES, checkCreateSessionRequest, type NewerCreateSessionRequest, type OlderCreateSessionRequest } from "../request/index.js";

const older = { slug: "my-portal", externalId: "user_123", permissions: ["keys:read"] };
const newer = { portal: "pc_3Kd9xQ2", externalId: "user_123", scopes: ["keys:read"], preview: true, returnUrl: "https://example.com/back" };

/** Each issue's path, code (ours from params for custom issues) and message. */
const issuesOf = (result: { error?: z.ZodError | undefined }) =>
  (result.error?.issues ?? []).map((found) => [found.path, found.code === "custom" ? (found.params as { code: string }).code : found.code, found.message]);

describe("olderCreateSessionRequestSchema and newerCreateSessionRequestSchema", () => {
  it("parse each generation to the core's types", () => {
    const parsedOlder = olderCreateSessionRequestSchema.parse({ ...older, preview: false });
    const parsedNewer = newerCreateSessionRequestSchema.parse(newer);
    expect(parsedOlder).toEqual({ ...older, preview: false });
    expect(parsedNewer).toEqual(newer);
    expectTypeOf(parsedOlder).toExtend<OlderCreateSessionRequest>();
    expectTypeOf(parsedNewer).toExtend<NewerCreateSessionRequest>();
  });

  it("carry the core's words, code and suggestion for a field, at the field's path", () => {
    const result = newerCreateSessionRequestSchema.safeParse({ ...newer, scopes: ["keys:read", "keys.read"] });
    expect(result.error?.issues).toEqual([
      {
        code: "custom",
        path: ["scopes", 1],
        message: '"keys.read" is not a scope: use keys:read, keys:create, keys:reroll or analytics:read; write "keys:read"',
        params: { code: "unknown_scope", index: undefined, end: undefined, suggestion: "keys:read" },
      },
    ]);
    expect(issuesOf(olderCreateSessionRequestSchema.safeParse({ ...older, permissions: ["api.*.read_key"] }))[0]?.slice(0, 2)).toEqual([
      ["permissions", 0],
      "legacy_permission",
    ]);
  });

  it("reject every kind of bad field the core rejects", () => {
    const bad = { portal: "My-Portal", externalId: "", scopes: [], preview: "yes", returnUrl: "/back" };
    expect(issuesOf(newerCreateSessionRequestSchema.safeParse(bad)).map(([path, code]) => [path, code])).toEqual([
      [["portal"], "uppercase"],
      [["externalId"], "too_short"],
      [["scopes"], "too_short"],
      [["preview"], "invalid_type"],
      [["returnUrl"], "invalid_url"],
    ]);
  });

  it("let through what the core only warns about", () => {
    expect(olderCreateSessionRequestSchema.safeParse({ ...older, permissions: [] }).success).toBe(true);
    expect(newerCreateSessionRequestSchema.safeParse({ ...newer, scopes: ["keys:read", "keys:read"] }).success).toBe(true);
  });

  it("reject unknown keys with the core's message, naming a field of the other generation as such", () => {
    expect(issuesOf(newerCreateSessionRequestSchema.safeParse({ ...newer, externalID: "u" }))).toEqual([
      [[], "unrecognized_keys", '"externalID" is not a createSession field, and the current server rejects a body with unknown fields; write "externalId"'],
    ]);
    expect(issuesOf(olderCreateSessionRequestSchema.safeParse({ ...older, scopes: ["keys:read"] }))).toEqual([
      [[], "unrecognized_keys", '"scopes" belongs to the newer body, not the older one: send "slug" with "permissions" (the docs page, SDK up to 2.5.0)'],
    ]);
  });

  it("keep zod's code for a missing or mistyped field, with the core's message", () => {
    const body = { portal: 7, scopes: ["keys:read", 3], preview: "yes" };
    const core = checkCreateSessionRequest(body).issues.map((found) => [found.path, found.message]);
    const zod = issuesOf(newerCreateSessionRequestSchema.safeParse(body));
    // A list's entries are the core's to judge, so a non-string one has the core's code.
    expect(zod.map(([, code]) => code)).toEqual(["invalid_type", "invalid_type", "not_a_string", "invalid_type"]);
    expect(zod.map(([path, , message]) => [path, message])).toEqual(core);
    expect(core.map(([, message]) => message)).toEqual([
      "Expected a string, got a number",
      'Missing "externalId": the end user\'s ID in your system, 1 to 256 characters',
      "Expected a string, got a number",
      "Expected a boolean, got a string",
    ]);
  });

  it("say, as the core does, that an ID in the older body's slug belongs to the newer body", () => {
    const [found] = issuesOf(olderCreateSessionRequestSchema.safeParse({ ...older, slug: "pc_abc1" }));
    expect(found?.[2]).toBe(checkCreateSessionRequest({ ...older, slug: "pc_abc1" }).issues[0]?.message);
    expect(found?.[2]).toContain("this looks like a portal ID");
  });
});

describe("the strict schemas", () => {
  it("keep every entry's issue when one entry of a list is not a string", () => {
    const body = { portal: "my-portal", externalId: "u", scopes: [null, "api.*.read_key"] };
    expect(issuesOf(newerCreateSessionRequestSchema.safeParse(body))).toEqual(
      checkCreateSessionRequest(body).issues.map((found) => [found.path, found.code, found.message]),
    );
  });

  it.each([null, [], "{}", 5])("say a body that is no object is none, as the core does: %j", (body) => {
    const [found] = issuesOf(olderCreateSessionRequestSchema.safeParse(body));
    expect(found?.[1]).toBe("invalid_type");
    expect(found?.[2]).toBe(checkCreateSessionRequest(body).issues[0]?.message);
  });
});

describe("createSessionRequestSchema", () => {
  it("answers for a list claiming four billion entries with the core's bounded issues", () => {
    const endless = new Proxy(["keys:read"], { get: (target, key) => (key === "length" ? 2 ** 32 - 1 : Reflect.get(target, key)) });
    for (const scopes of [new Array(2 ** 32 - 1), endless, new Array(8e6)]) {
      const parsed = createSessionRequestSchema.safeParse({ ...newer, scopes });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]).toMatchObject({ path: ["scopes"], params: { code: "too_long" } });
      expect(parsed.error?.issues.length).toBeLessThanOrEqual(12);
    }
  });

  it("parses either generation, typed as either", () => {
    expect(createSessionRequestSchema.parse(older)).toEqual(older);
    expect(createSessionRequestSchema.parse(newer)).toEqual(newer);
    expectTypeOf(createSessionRequestSchema.parse(older)).toExtend<OlderCreateSessionRequest | NewerCreateSessionRequest>();
  });

  it("judges a body by its generation's rules, in the core's words", () => {
    expect(issuesOf(createSessionRequestSchema.safeParse({ ...older, slug: "My-Portal" })).map(([path, code]) => [path, code])).toEqual([
      [["slug"], "uppercase"],
    ]);
    // A body of neither generation: the core names both fields a required one may have.
    expect(issuesOf(createSessionRequestSchema.safeParse({ externalId: "u" }))).toEqual([
      [["portal"], "missing_field", 'Missing "portal" (or "slug" in the older body): the portal\'s ID (pc_…) or slug'],
      [
        ["scopes"],
        "missing_field",
        'Missing "scopes" (or "permissions" in the older body): at least one of keys:read, keys:create, keys:reroll or analytics:read',
      ],
    ]);
  });

  it("says what the core says of a mixed body, every field's issue included", () => {
    const body = { slug: "My-Portal", externalId: "u", scopes: ["keys:read", "bad"] };
    const issues = issuesOf(createSessionRequestSchema.safeParse(body));
    expect(issues).toEqual(checkCreateSessionRequest(body).issues.map((found) => [found.path, found.code, found.message]));
    expect(issues.map(([path, code]) => [path, code])).toEqual([
      [[], "mixed_generations"],
      [["slug"], "uppercase"],
      [["scopes", 1], "unknown_scope"],
    ]);
    expect(issues[0]?.[2]).toMatch(/^The body mixes the two generations: "slug" from the older, "scopes" from the newer; send /);
  });

  it("parses only what the body sends, as the core reads it", () => {
    const body = Object.assign(Object.create({ returnUrl: "ftp://x/" }) as object, newer) as Record<string, unknown>;
    delete body.returnUrl;
    expect(checkCreateSessionRequest(body).valid).toBe(true);
    const parsed = createSessionRequestSchema.safeParse(body);
    expect(parsed.success).toBe(true);
    expect(parsed.data).not.toHaveProperty("returnUrl");
  });

  it("keeps the paths when nested in another schema", () => {
    const wrapper = z.object({ body: createSessionRequestSchema });
    expect(wrapper.safeParse({ body: { ...newer, scopes: ["nope"] } }).error?.issues[0]?.path).toEqual(["body", "scopes", 0]);
  });

  it("accepts exactly the bodies the core calls valid", () => {
    const key = fc.oneof(fc.constantFrom("slug", "portal", "externalId", "permissions", "scopes", "preview", "returnUrl"), fc.string({ maxLength: 10 }));
    const value = fc.oneof(
      fc.constantFrom("my-portal", "pc_abc1", "My-Portal", "", "user_1", "https://example.com", "/back", "keys:read", true, null, undefined),
      fc.array(fc.constantFrom(...PORTAL_SCOPES, "api.*.read_key", "keys.read"), { maxLength: 4 }),
      fc.anything(),
    );
    // Well-formed bodies (duplicates and empty permissions included: warnings only), then at most one change.
    const scopes = (minLength: number) => fc.array(fc.constantFrom(...PORTAL_SCOPES), { minLength, maxLength: 5 });
    const wellFormed = fc.oneof(
      fc.record(
        { slug: fc.constantFrom("my-portal", "1st-portal"), externalId: fc.constantFrom("u", "user_123"), permissions: scopes(0), preview: fc.boolean() },
        { requiredKeys: ["slug", "externalId", "permissions"] },
      ),
      fc.record(
        {
          portal: fc.constantFrom("pc_abc1", "billing-portal"),
          externalId: fc.constantFrom("u", "user_123"),
          scopes: scopes(1),
          preview: fc.constantFrom(true, false, undefined),
          returnUrl: fc.constantFrom("https://example.com/back", "http://localhost:3000", undefined),
        },
        { requiredKeys: ["portal", "externalId", "scopes"] },
      ),
    );
    const body = fc.oneof(
      wellFormed,
      fc.tuple(wellFormed, key, value).map(([base, name, changed]) => ({ ...base, [name]: changed })),
      fc.dictionary(key, value, { maxKeys: 7 }),
      fc.anything(),
    );
    fc.assert(
      fc.property(body, (input) => {
        const core = checkCreateSessionRequest(input);
        const result = createSessionRequestSchema.safeParse(input);
        expect(result.success).toBe(core.valid);
        if (result.success) expect(result.data).toEqual(input);
      }),
      { numRuns: 5_000 },
    );
  });
});
