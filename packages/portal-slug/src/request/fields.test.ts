// One field of a createSession body at a time, as checkCreateSessionField and the zod schemas ask.
import { describe, expect, it } from "vitest";
import { checkCreateSessionField, unknownField } from "./fields.js";

const codes = (field: string, value: unknown) => checkCreateSessionField(field, value).map((found) => found.code);

describe("checkCreateSessionField: lengths", () => {
  it("counts U+FFFF, the last character of the BMP, as one character", () => {
    expect(checkCreateSessionField("externalId", "\uffff".repeat(257))).toMatchObject([
      { code: "too_long", message: expect.stringContaining(": 257 characters, at most 256") },
    ]);
    expect(checkCreateSessionField("externalId", "\uffff".repeat(256))).toEqual([]);
  });
});

describe("checkCreateSessionField: the portal field", () => {
  it("says a malformed ID in the newer portal is a malformed ID, not one sent in the older slug", () => {
    const [found] = checkCreateSessionField("portal", "pc_ab-c");
    expect(found?.code).toBe("invalid_portal_id");
    expect(found?.message).toBe('"-" at index 5 is not allowed in a portal ID: "pc_" then letters and digits');
  });
});

describe("checkCreateSessionField: scopes", () => {
  it("takes a root-key permission only when the whole entry is one", () => {
    expect(codes("scopes", ["api.*.read_key", "9api.*.read_key", "api.*.read_key.now"])).toEqual(["legacy_permission", "unknown_scope", "unknown_scope"]);
  });

  it("reads an entry of more than 300 characters for no permission or near miss, and one of 300 for both", () => {
    const entry = (length: number) => `api.${"x".repeat(length - 13)}.read_key`;
    expect(checkCreateSessionField("scopes", [entry(301)])).toMatchObject([{ code: "unknown_scope" }]);
    expect(checkCreateSessionField("scopes", [entry(301)])[0]).not.toHaveProperty("suggestion");
    expect(checkCreateSessionField("scopes", [entry(300)])).toMatchObject([{ code: "legacy_permission", suggestion: "keys:read" }]);
  });

  it("guesses a scope from exactly two words, whatever separates or surrounds them", () => {
    expect(checkCreateSessionField("scopes", [" read keys "])).toMatchObject([{ code: "unknown_scope", suggestion: "keys:read" }]);
    expect(checkCreateSessionField("scopes", ["read keys now"])).toMatchObject([{ code: "unknown_scope" }]);
    expect(checkCreateSessionField("scopes", ["read keys now"])[0]).not.toHaveProperty("suggestion");
  });

  it("lists 11 issues whole, and cuts 12 to 10 and a count", () => {
    expect(
      codes(
        "scopes",
        Array.from({ length: 11 }, (_, i) => `bad${i}`),
      ),
    ).toEqual(Array.from({ length: 11 }, () => "unknown_scope"));
    const twelve = checkCreateSessionField(
      "scopes",
      Array.from({ length: 12 }, (_, i) => `bad${i}`),
    );
    expect(twelve).toHaveLength(11);
    expect(twelve[10]).toMatchObject({ code: "more_issues", severity: "error" });
  });

  it("counts the warnings past the first ones as a warning when none of them is an error", () => {
    const duplicates = checkCreateSessionField(
      "scopes",
      Array.from({ length: 13 }, () => "keys:read"),
    );
    expect(duplicates).toHaveLength(11);
    expect(duplicates[10]).toMatchObject({ code: "more_issues", severity: "warning", message: "And 2 more issues in scopes, not listed: 2 warnings" });
  });
});

describe("checkCreateSessionField: preview and returnUrl", () => {
  it("finds nothing wrong with an optional field left undefined", () => {
    expect(checkCreateSessionField("preview", undefined)).toEqual([]);
    expect(checkCreateSessionField("returnUrl", undefined)).toEqual([]);
  });

  it("reads a host and port without a scheme as a URL that is not absolute, not as a scheme of its own", () => {
    expect(checkCreateSessionField("returnUrl", "localhost:3000/back")).toMatchObject([
      { code: "invalid_url", message: expect.stringContaining("is not an absolute URL") },
    ]);
  });

  it("wants the URL to start with its scheme and //, not only to hold them", () => {
    expect(checkCreateSessionField("returnUrl", "https:example.com/?next=https://x.example")).toMatchObject([
      { code: "invalid_url", message: expect.stringContaining("is not an absolute URL") },
    ]);
  });

  it("names a first misplaced character of one unit alone, U+FFFF too", () => {
    expect(checkCreateSessionField("returnUrl", "https://example.com/a|b")[0]?.message).toContain('has "|" at index 21: a URL holds it only percent-encoded');
    expect(checkCreateSessionField("returnUrl", "https://example.com/\uffffb")[0]?.message).toContain(
      'has "\\u{ffff}" at index 20: a URL holds it only percent-encoded',
    );
  });

  it("names the first character a URL may not hold as it is, whole, counts the others, and suggests the URL encoded", () => {
    expect(checkCreateSessionField("returnUrl", "https://example.com/😀|x|")).toEqual([
      {
        path: ["returnUrl"],
        code: "invalid_url",
        severity: "error",
        message:
          '"https://example.com/\\u{1f600}|x|" has "\\u{1f600}" at index 20 (and 2 more): a URL holds it only percent-encoded; write "https://example.com/%F0%9F%98%80%7Cx%7C"',
        suggestion: "https://example.com/%F0%9F%98%80%7Cx%7C",
      },
    ]);
  });
});

describe("unknownField", () => {
  it("names a field of the other generation as such, and any other key as unknown", () => {
    expect(unknownField("portal", "older").message).toContain('"portal" belongs to the newer body, not the older one');
    expect(unknownField("slug", "newer").message).toContain('"slug" belongs to the older body, not the newer one');
    expect(unknownField("colour", "older")).toEqual({
      message: '"colour" is not a createSession field, and the current server rejects a body with unknown fields',
    });
  });

  it("guesses no field for a key of more than 300 characters, and does for one of 300", () => {
    expect(unknownField(`externalId${"-".repeat(291)}`, "newer")).not.toHaveProperty("suggestion");
    expect(unknownField(`externalId${"-".repeat(290)}`, "newer")).toHaveProperty("suggestion", "externalId");
  });

  it("guesses no typo in a key of fewer than 5 letters", () => {
    expect(unknownField("slg", "older")).not.toHaveProperty("suggestion");
    expect(unknownField("externlId", "newer")).toHaveProperty("suggestion", "externalId");
  });
});
