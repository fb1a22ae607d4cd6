import { describe, expect, it } from "vitest";
import { createPortalList } from "./portal-list.js";
import { unknownPortalIssue } from "./unknown-portal.js";

describe("unknownPortalIssue", () => {
  const list = createPortalList(["billing-portal", "dev-docs"]);

  it("names the closest known portal as message and suggestion", () => {
    expect(unknownPortalIssue(list, "biling-portal")).toEqual({
      code: "unknown_portal",
      suggestion: "billing-portal",
      message: '"biling-portal" is none of the 2 portals declared, and Unkey answers 404 for a portal it does not have; write "billing-portal"',
    });
  });

  it("lists a short list's portals when none is close, and counts a long one's", () => {
    expect(unknownPortalIssue(list, "analytics")?.message).toBe(
      '"analytics" is none of the 2 portals declared, and Unkey answers 404 for a portal it does not have; none is close: "billing-portal", "dev-docs"',
    );
    const long = createPortalList(["aaa", "bbb", "ccc", "ddd", "eee", "fff"]);
    expect(unknownPortalIssue(long, "zzzzzzz")?.message).toBe(
      '"zzzzzzz" is none of the 6 portals declared, and Unkey answers 404 for a portal it does not have; none of them is close',
    );
    expect(unknownPortalIssue(createPortalList(["aaa"]), "zzzzzzz")?.message).toMatch(/^"zzzzzzz" is not the portal declared, /);
  });

  // Each list is built inside its test: the mutation run credits a test only with the code it runs itself.
  it("lists up to five portals, in code-unit order whatever order they were written in, and counts six", () => {
    const five = createPortalList(["eee", "ddd", "ccc", "bbb", "aaa"]);
    expect(unknownPortalIssue(five, "zzzzzzz")?.message).toBe(
      '"zzzzzzz" is none of the 5 portals declared, and Unkey answers 404 for a portal it does not have; none is close: "aaa", "bbb", "ccc", "ddd", "eee"',
    );
    const six = createPortalList(["eee", "ddd", "ccc", "bbb", "aaa", "fff"]);
    expect(unknownPortalIssue(six, "zzzzzzz")?.message).toBe(
      '"zzzzzzz" is none of the 6 portals declared, and Unkey answers 404 for a portal it does not have; none of them is close',
    );
  });

  it("lists no ID where only a slug is taken (the older body's slug)", () => {
    const mixed = createPortalList(["pc_3Kd9xQ2", "dev-docs"]);
    const none = "is none of the 2 portals declared, and Unkey answers 404 for a portal it does not have";
    expect(unknownPortalIssue(mixed, "analytics", undefined, "slug")?.message).toBe(`"analytics" ${none}; none is close: "dev-docs"`);
    expect(unknownPortalIssue(mixed, "analytics")?.message).toBe(`"analytics" ${none}; none is close: "dev-docs", "pc_3Kd9xQ2"`);
    expect(unknownPortalIssue(createPortalList(["pc_3Kd9xQ2", "pc_abc"]), "analytics", undefined, "slug")?.message).toBe(
      `"analytics" is none of the 2 portals declared, and Unkey answers 404 for a portal it does not have; none of them is close`,
    );
  });

  it("is a request-body error at the path given", () => {
    expect(unknownPortalIssue(list, "devdocs", ["portal"])).toEqual({
      path: ["portal"],
      severity: "error",
      code: "unknown_portal",
      suggestion: "dev-docs",
      message: expect.stringMatching(/; write "dev-docs"$/),
    });
  });

  it("has nothing to say of a known value, a non-string or an empty list", () => {
    expect(unknownPortalIssue(list, "dev-docs")).toBeUndefined();
    expect(unknownPortalIssue(list, 42)).toBeUndefined();
    expect(unknownPortalIssue(createPortalList([]), "dev-docs")).toBeUndefined();
  });

  it("has no suggestion key when no known portal is close", () => {
    expect(unknownPortalIssue(createPortalList(["billing-portal"]), "analytics")).not.toHaveProperty("suggestion");
  });

  it("names no portal of a look-alike list that createPortalList did not build, since it cannot read them", () => {
    const lookAlike = { size: 2, has: () => false, closest: () => undefined, problems: [], [Symbol.iterator]: () => ([] as string[]).values() };
    expect(unknownPortalIssue(lookAlike, "analytics")?.message).toBe(
      '"analytics" is none of the 2 portals declared, and Unkey answers 404 for a portal it does not have; none of them is close',
    );
  });

  it("quotes a long or invisible value escaped and cut", () => {
    expect(unknownPortalIssue(list, `dev\u200b${"d".repeat(60)}`)?.message).toMatch(/^"dev\\u\{200b\}d{36}…" is none/);
  });
});
