import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PORTAL_SCOPES, checkCreateSessionRequest, detectCreateSessionGeneration, type CreateSessionIssue, type CreateSessionRequestResult } from "./index.js";

/** The SPEC's oracle for a valid slug, and the ID rule of `ref.ts`. */
const SLUG = /^(?=.{3,64}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The ID rule as the server's pattern bounds it: `pc_`, letters and digits, 255 characters in all. */
const ID = /^(?=.{4,255}$)pc_[a-zA-Z0-9]+$/;
const WHOLE_BODY = ["not_an_object", "unreadable", "mixed_generations"];
/** The codes that may stand on the empty path besides the whole body's: the count of unknown fields not listed. */
const COUNTS = ["more_issues"];

const older = { slug: "my-portal", externalId: "user_123", permissions: ["keys:read"] };
const newer = { portal: "pc_3Kd9xQ2", externalId: "user_123", scopes: ["keys:read", "analytics:read"] };

const codes = (result: CreateSessionRequestResult) => result.issues.map((found) => [found.path, found.code, found.severity]);
const errors = (result: CreateSessionRequestResult) => result.issues.filter((found) => found.severity === "error");

/** What holds for every answer, whatever the body. */
function expectWellFormed(body: unknown, result: CreateSessionRequestResult): void {
  expect(result.valid).toBe(!result.issues.some((found) => found.severity === "error"));
  for (const found of result.issues) {
    expect(found.message.length).toBeGreaterThan(0);
    expect(["error", "warning"]).toContain(found.severity);
    expect(found.path.length === 0).toBe(WHOLE_BODY.includes(found.code) || (COUNTS.includes(found.code) && found.message.includes("unknown fields")));
  }
  if (result.valid) {
    // The body as read and checked: what JSON.stringify sends of it, in a plain object.
    expect(JSON.stringify(result.value)).toBe(JSON.stringify(body));
    expect(["older", "newer"]).toContain(result.generation);
  }
}

describe("checkCreateSessionRequest: the two generations", () => {
  it("accepts the older body (SDK up to 2.5.0), with SDK 2.5.0's preview", () => {
    expect(checkCreateSessionRequest(older)).toEqual({ valid: true, generation: "older", value: older, issues: [] });
    expect(checkCreateSessionRequest({ ...older, preview: false })).toMatchObject({ valid: true, generation: "older" });
  });

  it("accepts the newer body (SDK 2.5.1) with an ID or a slug, and every optional field", () => {
    const full = { ...newer, preview: true, returnUrl: "https://example.com/back" };
    expect(checkCreateSessionRequest(full)).toEqual({ valid: true, generation: "newer", value: full, issues: [] });
    expect(checkCreateSessionRequest({ ...newer, portal: "billing-portal" })).toMatchObject({ valid: true, generation: "newer" });
  });

  it("flags the docs page's own example: a root-key permission in permissions", () => {
    const result = checkCreateSessionRequest({ slug: "my-portal", externalId: "user_123", permissions: ["api.*.read_key"] });
    expect(result).toMatchObject({ valid: false, generation: "older" });
    expect(result.issues).toEqual([
      {
        path: ["permissions", 0],
        code: "legacy_permission",
        severity: "error",
        suggestion: "keys:read",
        message:
          '"api.*.read_key" is a root-key permission, as the docs page shows, not a portal scope: the server rejects these since "scopes" came in; ask for keys:read, keys:create, keys:reroll or analytics:read; write "keys:read"',
      },
    ]);
  });

  it("says a body with fields of both generations mixes them, once, on the whole body", () => {
    const result = checkCreateSessionRequest({ slug: "my-portal", externalId: "u", scopes: ["keys:read"], returnUrl: "https://a.example" });
    expect(result.generation).toBe("mixed");
    expect(codes(result)).toEqual([[[], "mixed_generations", "error"]]);
    expect(result.issues[0]?.message).toBe(
      'The body mixes the two generations: "slug" from the older, "scopes", "returnUrl" from the newer; send "slug" with "permissions" (the docs page, SDK up to 2.5.0), or "portal" with "scopes" (SDK 2.5.1, the current server)',
    );
  });

  it("judges a body with fields of neither as the newer one, naming the older names too", () => {
    const result = checkCreateSessionRequest({ externalId: "u" });
    expect(result.generation).toBeUndefined();
    expect(codes(result)).toEqual([
      [["portal"], "missing_field", "error"],
      [["scopes"], "missing_field", "error"],
    ]);
    expect(result.issues[0]?.message).toBe('Missing "portal" (or "slug" in the older body): the portal\'s ID (pc_…) or slug');
    expect(codes(checkCreateSessionRequest({}))).toHaveLength(3);
  });

  it("names a missing field by the generation's own name", () => {
    expect(codes(checkCreateSessionRequest({ slug: "my-portal", externalId: "u" }))).toEqual([[["permissions"], "missing_field", "error"]]);
    expect(codes(checkCreateSessionRequest({ scopes: ["keys:read"], externalId: "u" }))).toEqual([[["portal"], "missing_field", "error"]]);
  });

  it("counts an own key as sent, but a required undefined value as missing, as JSON.stringify drops it", () => {
    expect(checkCreateSessionRequest({ ...newer, portal: undefined })).toMatchObject({
      generation: "newer",
      issues: [{ path: ["portal"], code: "missing_field" }],
    });
    expect(checkCreateSessionRequest({ ...newer, preview: undefined, returnUrl: undefined })).toMatchObject({ valid: true });
    expect(checkCreateSessionRequest({ ...older, returnUrl: undefined }).generation).toBe("mixed");
  });

  it("reads own fields only: what a prototype or a class getter holds, JSON.stringify does not send", () => {
    class Body {
      get portal() {
        return "my-portal";
      }
    }
    const inherited = Object.create({ portal: "my-portal", externalId: "u", scopes: ["keys:read"] }) as object;
    expect(JSON.stringify(inherited)).toBe("{}");
    expect(codes(checkCreateSessionRequest(inherited))).toEqual([
      [["portal"], "missing_field", "error"],
      [["externalId"], "missing_field", "error"],
      [["scopes"], "missing_field", "error"],
    ]);
    expect(codes(checkCreateSessionRequest(Object.assign(new Body(), { externalId: "u", scopes: ["keys:read"] })))).toEqual([
      [["portal"], "missing_field", "error"],
    ]);
    const hidden = Object.defineProperty({ externalId: "u", scopes: ["keys:read"] }, "portal", { value: "my-portal", enumerable: false });
    expect(JSON.stringify(hidden)).toBe('{"externalId":"u","scopes":["keys:read"]}');
    expect(codes(checkCreateSessionRequest(hidden))).toEqual([[["portal"], "missing_field", "error"]]);
  });
});

describe("detectCreateSessionGeneration", () => {
  it("reads the generation from the fields only one of them has, a key sent as undefined too", () => {
    expect(detectCreateSessionGeneration(older)).toBe("older");
    expect(detectCreateSessionGeneration({ permissions: undefined })).toBe("older");
    expect(detectCreateSessionGeneration(newer)).toBe("newer");
    expect(detectCreateSessionGeneration({ returnUrl: undefined })).toBe("newer");
    expect(detectCreateSessionGeneration({ slug: "a", scopes: [] })).toBe("mixed");
    expect(detectCreateSessionGeneration({ externalId: "u", preview: true })).toBeUndefined();
  });

  it("reads own enumerable fields only, as JSON.stringify sends them", () => {
    expect(detectCreateSessionGeneration(Object.create({ slug: "a" }))).toBeUndefined();
    expect(detectCreateSessionGeneration(Object.defineProperty({}, "portal", { value: "a", enumerable: false }))).toBeUndefined();
  });

  it("finds no generation in what is no object, a function with a body's fields among them", () => {
    for (const value of [null, undefined, "slug", 42, Object.assign(() => undefined, { portal: "a", scopes: [] })]) {
      expect(detectCreateSessionGeneration(value)).toBeUndefined();
    }
  });

  it("finds no generation in a body whose fields cannot be read", () => {
    const revoked = Proxy.revocable({ slug: "a" }, {});
    revoked.revoke();
    expect(detectCreateSessionGeneration(revoked.proxy)).toBeUndefined();
  });
});

describe("checkCreateSessionRequest: the portal field", () => {
  it.each([
    ["My-Portal", "uppercase", 0, 1, "my-portal"],
    ["my--portal", "consecutive_hyphens", 2, 4, "my-portal"],
    ["-portal", "leading_hyphen", 0, 1, "portal"],
  ])("catches %j, which the newer server's own check lets through to a 404", (portal, code, index, end, suggestion) => {
    const result = checkCreateSessionRequest({ ...newer, portal });
    expect(result.issues).toEqual([expect.objectContaining({ path: ["portal"], code, severity: "error", index, end, suggestion })]);
  });

  it("carries every slug issue of the older slug, each with the suggestion", () => {
    const result = checkCreateSessionRequest({ ...older, slug: "My_Portal" });
    expect(result.issues).toEqual([
      {
        path: ["slug"],
        severity: "error",
        code: "uppercase",
        index: 0,
        end: 1,
        suggestion: "my-portal",
        message: '"M" at index 0 (and 1 more) is uppercase: slugs are lowercase; write "my-portal"',
      },
      {
        path: ["slug"],
        severity: "error",
        code: "underscore",
        index: 2,
        end: 3,
        suggestion: "my-portal",
        message: '"_" at index 2 is an underscore: join words with "-"; write "my-portal"',
      },
    ]);
  });

  it("judges a portal ID by the ID rule", () => {
    expect(checkCreateSessionRequest({ ...newer, portal: "pc_ab-c" }).issues).toEqual([
      expect.objectContaining({ path: ["portal"], code: "invalid_portal_id", index: 5, end: 6 }),
    ]);
  });

  it("says an ID in the older slug is a generation mix-up, without a misleading suggestion", () => {
    const [found, ...rest] = checkCreateSessionRequest({ ...older, slug: "pc_abc" }).issues;
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ code: "underscore", path: ["slug"] });
    expect(found?.message).toContain('only the newer body\'s "portal" takes');
    expect(found).not.toHaveProperty("suggestion");
  });

  it("says a non-string portal is not a string", () => {
    expect(codes(checkCreateSessionRequest({ ...newer, portal: 42 }))).toEqual([[["portal"], "not_a_string", "error"]]);
  });
});

describe("checkCreateSessionRequest: the other fields", () => {
  it.each([
    ["", "too_short", '"" is empty: an externalId has 1 to 256 characters'],
    ["x".repeat(257), "too_long", `"${"x".repeat(40)}…" is too long: 257 characters, at most 256`],
    ["😀".repeat(257), "too_long", `"${"\\u{1f600}".repeat(40)}…" is too long: 257 characters, at most 256`],
    [7, "not_a_string", "Expected a string, got a number"],
  ])("rejects the externalId %#", (externalId, code, message) => {
    expect(checkCreateSessionRequest({ ...newer, externalId }).issues).toEqual([{ path: ["externalId"], code, severity: "error", message }]);
  });

  it("counts externalId in characters, not UTF-16 units", () => {
    expect(checkCreateSessionRequest({ ...newer, externalId: "x".repeat(256) }).valid).toBe(true);
    expect(checkCreateSessionRequest({ ...newer, externalId: "😀".repeat(256) }).valid).toBe(true);
  });

  it.each([
    [[], [[["scopes"], "too_short", "error"]]],
    ["keys:read", [[["scopes"], "wrong_type", "error"]]],
    [["keys:read", 3], [[["scopes", 1], "not_a_string", "error"]]],
    [["admin"], [[["scopes", 0], "unknown_scope", "error"]]],
    [["keys:read", "analytics:read", "keys:read"], [[["scopes", 2], "duplicate_scope", "warning"]]],
    [
      ["api.*.create_key", "api.api_1.read_analytics"],
      [
        [["scopes", 0], "legacy_permission", "error"],
        [["scopes", 1], "legacy_permission", "error"],
      ],
    ],
  ])("checks the scopes %j", (scopes, expected) => {
    expect(codes(checkCreateSessionRequest({ ...newer, scopes }))).toEqual(expected);
  });

  it("reads a hole in a sparse array as the null JSON would send", () => {
    const scopes = ["keys:read"];
    scopes[2] = "keys:create";
    expect(codes(checkCreateSessionRequest({ ...newer, scopes }))).toEqual([[["scopes", 1], "not_a_string", "error"]]);
  });

  it.each([
    ["keys.read", "keys:read"],
    ["KEYS:READ", "keys:read"],
    ["read:keys", "keys:read"],
    ["analytics_read", "analytics:read"],
    ["api.*.read_key", "keys:read"],
    ["API.*.READ_KEY", "keys:read"],
    ["api.*.read_analytics", "analytics:read"],
    // A typo: one edit from one scope.
    ["keys:reed", "keys:read"],
    ["analytic:read", "analytics:read"],
    ["Keys:Rerol", "keys:reroll"],
    ["keys:creates", "keys:create"],
  ])("suggests a scope for the near miss %j", (scope, suggestion) => {
    expect(checkCreateSessionRequest({ ...newer, scopes: [scope] }).issues[0]?.suggestion).toBe(suggestion);
  });

  it.each(["keys:re", "key:rxad", "keysread2", `keys:read${"d".repeat(280)}`])("guesses no scope for %j, two edits or more from every one", (scope) => {
    const [found] = checkCreateSessionRequest({ ...newer, scopes: [scope] }).issues;
    expect(found).toMatchObject({ code: "unknown_scope" });
    expect(found).not.toHaveProperty("suggestion");
  });

  it("quotes a long or invisible value escaped and cut to 40 characters", () => {
    const [found] = checkCreateSessionRequest({ ...newer, scopes: [`\u200B${"k".repeat(60)}`] }).issues;
    expect(found?.message).toBe(`"\\u{200b}${"k".repeat(39)}…" is not a scope: use keys:read, keys:create, keys:reroll or analytics:read`);
  });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])("reads api.*.%s as a root-key permission with no scope behind it", (action) => {
    // The action is looked up by name: an Object.prototype name must not be found there.
    const result = checkCreateSessionRequest({ ...newer, scopes: [`api.*.${action}`] });
    expect(codes(result)).toEqual([[["scopes", 0], "legacy_permission", "error"]]);
    expect(result.issues[0]).not.toHaveProperty("suggestion");
    expect(result.issues[0]?.message).not.toContain("(here");
  });

  it("offers no single scope where a root-key permission stands behind two", () => {
    const [found] = checkCreateSessionRequest({ ...newer, scopes: ["api.*.create_key"] }).issues;
    expect(found).not.toHaveProperty("suggestion");
    expect(found?.message).toContain('(here "keys:create" or "keys:reroll")');
  });

  it("only warns on SDK 2.5.0's empty permissions, and on duplicates: valid stays true", () => {
    const empty = checkCreateSessionRequest({ ...older, permissions: [] });
    expect(empty).toMatchObject({ valid: true, generation: "older" });
    expect(codes(empty)).toEqual([[["permissions"], "too_short", "warning"]]);
    const twice = checkCreateSessionRequest({ ...newer, scopes: ["keys:read", "keys:read"] });
    expect(twice.valid).toBe(true);
    expect(twice.issues[0]?.message).toBe('"keys:read" is already at index 0: a duplicate grants nothing more');
  });

  it.each([["true"], [null], [1]])("rejects the preview %j", (preview) => {
    expect(codes(checkCreateSessionRequest({ ...newer, preview }))).toEqual([[["preview"], "wrong_type", "error"]]);
  });

  it.each([["https://example.com/back?to=1#top"], ["http://localhost:3000/back"], ["HTTPS://EXAMPLE.COM"], [`https://example.com/${"a".repeat(480)}`]])(
    "accepts the returnUrl %s",
    (returnUrl) => {
      expect(checkCreateSessionRequest({ ...newer, returnUrl }).issues).toEqual([]);
    },
  );

  it.each([
    ["/back", "invalid_url", '"/back" is not an absolute URL: write it whole, as https://example.com/back'],
    ["example.com/back", "invalid_url", '"example.com/back" is not an absolute URL: write it whole, as https://example.com/back'],
    ["https:example.com", "invalid_url", '"https:example.com" is not an absolute URL: write it whole, as https://example.com/back'],
    ["https://", "invalid_url", '"https://" is not an absolute URL: write it whole, as https://example.com/back'],
    ["/back?to=https://example.com", "invalid_url", '"/back?to=https://example.com" is not an absolute URL: write it whole, as https://example.com/back'],
    ...["https://x.example:99999/", "https://x.example:abc/", "https://[::1/", "http://ex|ample.com/"].map((url): [string, string, string] => [
      url,
      "invalid_url",
      `"${url}" has a host or port no URL can have: a host name or address, then a port of 0 to 65535 after a ":"`,
    ]),
    ["javascript:alert(1)", "invalid_url", '"javascript:alert(1)" has the scheme javascript: use http or https'],
    ["mailto:someone@example.com", "invalid_url", '"mailto:someone@example.com" has the scheme mailto: use http or https'],
    ["data:text/html,hi", "invalid_url", '"data:text/html,hi" has the scheme data: use http or https'],
    ["ftp://example.com/x", "invalid_url", '"ftp://example.com/x" has the scheme ftp: use http or https'],
    [" https://example.com", "invalid_url", '" https://example.com" has whitespace at index 0: a URL has none'],
    [`https://example.com/${"a".repeat(481)}`, "too_long", `"https://example.com/${"a".repeat(20)}…" is too long: 501 characters, at most 500`],
    [5, "not_a_string", "Expected a string, got a number"],
  ])("rejects the returnUrl %#: %s", (returnUrl, code, message) => {
    expect(checkCreateSessionRequest({ ...newer, returnUrl }).issues).toEqual([{ path: ["returnUrl"], code, severity: "error", message }]);
  });

  it("rejects unknown fields one by one, with the known field each probably meant", () => {
    const { externalId, ...rest } = newer;
    const result = checkCreateSessionRequest({ ...rest, externalID: externalId, return_url: "https://a.example", foo: 1 });
    expect(result.issues.map((found) => [found.path, found.code, found.suggestion])).toEqual([
      [["externalID"], "unknown_field", "externalId"],
      [["return_url"], "unknown_field", "returnUrl"],
      [["foo"], "unknown_field", undefined],
    ]);
    expect(result.issues[2]?.message).toBe('"foo" is not a createSession field, and the current server rejects a body with unknown fields');
  });
});

describe("checkCreateSessionRequest: what is not a body", () => {
  it.each([
    [null, "null"],
    [["x"], "an array"],
    [42, "a number"],
    ['{"slug":"my-portal"}', "a string (check the body before JSON.stringify, not after)"],
  ])("says %j is not an object", (body, kind) => {
    expect(checkCreateSessionRequest(body)).toEqual({
      valid: false,
      generation: undefined,
      issues: [{ path: [], code: "not_an_object", severity: "error", message: `Expected the createSession body as an object, got ${kind}` }],
    });
  });

  it("answers for a body whose reading throws", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("no");
        },
        get: () => {
          throw new Error("no");
        },
      },
    );
    const result = checkCreateSessionRequest(hostile);
    expect(codes(result)).toEqual([[[], "unreadable", "error"]]);
    expect(result).toMatchObject({ valid: false, generation: undefined });
  });

  it("answers a valid body with the fields it read and checked, however a getter or proxy answers a later read", () => {
    for (const bad of [1, 2, 3]) {
      let reads = 0;
      const body = {
        get portal() {
          reads++;
          return reads === bad ? "Evil_Portal" : "my-portal";
        },
        externalId: "u",
        scopes: ["keys:read"],
      };
      const result = checkCreateSessionRequest(body);
      expect(reads).toBe(1);
      if (bad === 1)
        expect(result).toMatchObject({
          valid: false,
          issues: [
            { path: ["portal"], code: "uppercase" },
            { path: ["portal"], code: "underscore" },
          ],
        });
      else expect(result).toMatchObject({ valid: true, value: { portal: "my-portal", externalId: "u", scopes: ["keys:read"] } });
    }
    const scopes = ["keys:read"];
    let listReads = 0;
    const shifting = new Proxy(scopes, { get: (target, key) => (key === "0" && ++listReads > 1 ? "keys:write" : Reflect.get(target, key)) });
    const result = checkCreateSessionRequest({ portal: "my-portal", externalId: "u", scopes: shifting });
    expect(result).toMatchObject({ valid: true, value: { scopes: ["keys:read"] } });
    expect(result.valid && result.generation === "newer" && result.value.scopes).not.toBe(shifting);
    expect(JSON.stringify(result.valid && result.value)).toBe('{"portal":"my-portal","externalId":"u","scopes":["keys:read"]}');
  });

  it("reads at most 1,000 entries of a list and calls a longer one too long, however long it claims to be", () => {
    const longest = checkCreateSessionRequest({ ...newer, scopes: Array.from({ length: 1_000 }, () => "keys:read") });
    expect(longest.valid).toBe(true);
    for (const scopes of [Array.from({ length: 200_000 }, () => "keys:read"), new Array(2 ** 32 - 1), new Array(8e6)]) {
      const result = checkCreateSessionRequest({ ...newer, scopes });
      expect(result.valid).toBe(false);
      expect(result.issues[0]).toEqual({
        path: ["scopes"],
        code: "too_long",
        severity: "error",
        message: `Too many entries: ${scopes.length}, and a check reads at most 1000: a session needs each of the 4 scopes once at most`,
      });
      expect(result.issues.length).toBeLessThanOrEqual(12);
    }
    // A length that is no number is no entries, as an empty list.
    const nameless = new Proxy(["keys:read"], { get: (target, key) => (key === "length" ? "many" : Reflect.get(target, key)) });
    expect(codes(checkCreateSessionRequest({ ...newer, scopes: nameless }))).toEqual([[["scopes"], "too_short", "error"]]);
    const endless = new Proxy(["keys:read"], { get: (target, key) => (key === "length" ? Infinity : Reflect.get(target, key)) });
    expect(checkCreateSessionRequest({ ...newer, scopes: endless }).issues[0]).toMatchObject({ path: ["scopes"], code: "too_long" });
  });

  it("lists the first 10 issues of a list and counts the rest in one more", () => {
    const result = checkCreateSessionRequest({ ...newer, scopes: ["keys:read", ...Array.from({ length: 30 }, () => "keys:read"), 1, 2] });
    expect(result.valid).toBe(false);
    expect(result.issues.map((found) => [found.path, found.code, found.severity])).toEqual([
      ...Array.from({ length: 10 }, (_, i) => [["scopes", i + 1], "duplicate_scope", "warning"]),
      [["scopes"], "more_issues", "error"],
    ]);
    expect(result.issues[10]?.message).toBe("And 22 more issues in scopes, not listed: 2 errors and 20 warnings");
  });

  it("lists the first 10 unknown fields and counts the rest", () => {
    const body = { ...newer, ...Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`extra${i}`, i])) };
    const result = checkCreateSessionRequest(body);
    expect(result.issues.filter((found) => found.code === "unknown_field")).toHaveLength(10);
    expect(result.issues.at(-1)).toEqual({ path: [], code: "more_issues", severity: "error", message: "And 15 more unknown fields, not listed: 15 errors" });
  });
});

/** Values that are right for a field, and values that are wrong in every way the checks know. */
const fieldValue = fc.oneof(
  fc.constantFrom("my-portal", "pc_abc1", "My-Portal", "", "user_1", "https://example.com", "/back", "keys:read"),
  fc.constantFrom(true, false, null, undefined, 0),
  fc.array(fc.constantFrom(...PORTAL_SCOPES, "api.*.read_key", "keys.read", "x"), { maxLength: 5 }),
  // Root-key permission shapes with any action, Object.prototype's names among them.
  fc.array(
    fc.oneof(
      fc.stringMatching(/^[a-zA-Z_]{1,6}\.[^.\s]{1,4}\.[a-zA-Z_]{1,16}$/),
      fc.constantFrom("constructor", "__proto__", "toString", "valueOf").map((action) => `api.*.${action}`),
    ),
    { maxLength: 3 },
  ),
  fc.anything(),
);
const nearBody = fc.dictionary(
  fc.oneof(fc.constantFrom("slug", "portal", "externalId", "permissions", "scopes", "preview", "returnUrl"), fc.string({ maxLength: 12 })),
  fieldValue,
  { maxKeys: 8 },
);

describe("checkCreateSessionRequest: properties", () => {
  it("never throws, and every answer keeps its own promises, whatever it is given", () => {
    const anything = fc.anything({
      withBigInt: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withNullPrototype: true,
      withBoxedValues: true,
      withSparseArray: true,
    });
    fc.assert(
      fc.property(fc.oneof(anything, nearBody), (body) => {
        const result = checkCreateSessionRequest(body);
        expectWellFormed(body, result);
        // "unreadable" is for getters and proxy traps that throw; none of these values has one,
        // so finding it would mean the check itself threw and hid it.
        expect(result.issues.map((found) => found.code)).not.toContain("unreadable");
      }),
      { numRuns: 3_000 },
    );
  });

  it("says any string is not an object", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (body) => {
        expect(codes(checkCreateSessionRequest(body))).toEqual([[[], "not_an_object", "error"]]);
      }),
    );
  });

  it("puts every field issue on a key the body has, or on a missing required one", () => {
    fc.assert(
      fc.property(nearBody, (body) => {
        for (const found of checkCreateSessionRequest(body).issues) {
          const key = found.path[0] as string | undefined;
          if (key === undefined) continue;
          if (found.code === "missing_field") expect(body[key]).toBeUndefined();
          else expect(Object.hasOwn(body, key)).toBe(true);
        }
      }),
      { numRuns: 3_000 },
    );
  });

  it("accepts the portal exactly when the slug oracle or the ID rule does", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 70 }), fc.stringMatching(/^(pc_)?[a-zA-Z0-9_-]{0,20}$/), fc.stringMatching(/^pc_[a-zA-Z0-9]{248,256}$/)),
        (portal) => {
          const expected = portal.startsWith("pc_") ? ID.test(portal) : SLUG.test(portal);
          expect(checkCreateSessionRequest({ ...newer, portal }).valid).toBe(expected);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it("accepts an externalId exactly when it has 1 to 256 characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (externalId) => {
        const length = [...externalId].length;
        expect(checkCreateSessionRequest({ ...newer, externalId }).valid).toBe(length >= 1 && length <= 256);
      }),
    );
  });

  it("errs at exactly the entries outside the vocabulary and warns at exactly the repeats", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PORTAL_SCOPES), fc.string({ maxLength: 15 })), { minLength: 1, maxLength: 8 }), (scopes) => {
        const result = checkCreateSessionRequest({ ...newer, scopes });
        const at = (issues: readonly CreateSessionIssue[]) => issues.map((found) => found.path[1]);
        const outside = scopes.flatMap((scope, i) => ((PORTAL_SCOPES as readonly string[]).includes(scope) ? [] : [i]));
        const repeats = scopes.flatMap((scope, i) => (!outside.includes(i) && scopes.indexOf(scope) < i ? [i] : []));
        expect(at(errors(result))).toEqual(outside);
        expect(at(result.issues.filter((found) => found.severity === "warning"))).toEqual(repeats);
      }),
    );
  });

  it("accepts every well-formed body of either generation", () => {
    const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/).filter((text) => SLUG.test(text));
    const common = {
      externalId: fc.string({ minLength: 1, maxLength: 256 }),
      preview: fc.boolean(),
    };
    const scopes = fc.uniqueArray(fc.constantFrom(...PORTAL_SCOPES), { minLength: 1 });
    const olderBody = fc.record({ slug, permissions: scopes, ...common }, { requiredKeys: ["slug", "permissions", "externalId"] });
    const newerBody = fc.record(
      {
        portal: fc.oneof(slug, fc.stringMatching(/^pc_[a-zA-Z0-9]{1,20}$/)),
        scopes,
        returnUrl: fc.webUrl({ validSchemes: ["http", "https"] }).filter((url) => url.length <= 500),
        ...common,
      },
      { requiredKeys: ["portal", "scopes", "externalId"] },
    );
    fc.assert(
      fc.property(fc.oneof(olderBody, newerBody), (body) => {
        const result = checkCreateSessionRequest(body);
        expect(result).toMatchObject({ valid: true, generation: "slug" in body ? "older" : "newer", issues: [] });
      }),
      { numRuns: 3_000 },
    );
  });
});
