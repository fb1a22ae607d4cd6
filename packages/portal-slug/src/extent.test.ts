// How far a value's problems reach, from the checks' own runs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extentOfIssues } from "./extent.js";
import { validatePortalRef } from "./ref.js";
import { scanPortalSlug } from "./scan.js";
import { validatePortalSlug } from "./validate.js";

const issuesOf = (input: string) => {
  const result = validatePortalSlug(input);
  return result.valid ? [] : result.issues;
};

describe("extentOfIssues", () => {
  it.each([
    ["Billing_Portal", 0, 9],
    ["My-Portal", 0, 4],
    ["my--portal", 2, 4],
    ["a--b---c", 1, 7],
    ["my portal", 2, 3],
    ["-my_portal-", 0, 11],
    ["ok-😀-x-😀", 3, 10],
  ])("reaches from the first offending character of %j to the end of the last", (input, index, end) => {
    expect(extentOfIssues(input, issuesOf(input))).toEqual({ index, end });
  });

  it("covers only the runs of the issues given", () => {
    const [uppercase, underscore] = scanPortalSlug("A_b_C");
    expect(extentOfIssues("A_b_C", [underscore!])).toEqual({ index: 1, end: 4 });
    expect(extentOfIssues("A_b_C", [uppercase!])).toEqual({ index: 0, end: 5 });
  });

  it("reaches the end for a slug too long, and nothing for problems without a place", () => {
    const long = `a${"b".repeat(70)}`;
    expect(extentOfIssues(long, issuesOf(long))).toEqual({ index: 64, end: 71 });
    expect(extentOfIssues(`A${long}`, issuesOf(`A${long}`))).toEqual({ index: 0, end: 72 });
    expect(extentOfIssues("ab", issuesOf("ab"))).toBeUndefined();
    const unknown = validatePortalSlug("biling-portal", { portals: ["billing-portal"] });
    expect(extentOfIssues("biling-portal", unknown.valid ? [] : unknown.issues)).toBeUndefined();
    expect(extentOfIssues(42 as unknown as string, [{ code: "not_a_string" }])).toBeUndefined();
  });

  it("marks nothing for a value that is no string, whatever places its issues name", () => {
    expect(extentOfIssues(42 as unknown as string, [{ code: "too_long", index: 0, end: 3 }])).toBeUndefined();
  });

  it("reads no place from an issue that has an index without an end, or an end without an index", () => {
    expect(extentOfIssues("abcdef", [{ code: "too_long", index: 2 }])).toBeUndefined();
    expect(extentOfIssues("abcdef", [{ code: "too_long", end: 4 }])).toBeUndefined();
  });

  it("takes the span of an issue the checks have no runs for as it is given, an empty one at the start too", () => {
    expect(extentOfIssues("abc", [{ code: "custom", index: 1, end: 2 }])).toEqual({ index: 1, end: 2 });
    expect(extentOfIssues("abc", [{ code: "custom", index: 0, end: 0 }])).toEqual({ index: 0, end: 0 });
  });

  it("reads a portal ID's bad characters by the ID rule, a surrogate pair whole", () => {
    const id = (input: string) => {
      const result = validatePortalRef(input);
      return extentOfIssues(input, result.valid ? [] : result.issues);
    };
    expect(id("pc_ab-c_d")).toEqual({ index: 5, end: 8 });
    expect(id("pc_a😀b😀")).toEqual({ index: 4, end: 9 });
    // U+FFFF, the last character of the BMP, is one unit.
    expect(id("pc_a\uffffb\uffff")).toEqual({ index: 4, end: 7 });
    expect(id("pc_abc")).toBeUndefined();
  });

  it("holds every offending character and starts and ends on one, on any text", () => {
    // The oracle: a character is offending when it is no slug character, or is a hyphen the
    // slug rules reject where it stands (first, last, or beside another).
    const offending = (text: string, at: number): boolean =>
      !/[a-z0-9-]/.test(text[at] as string) || (text[at] === "-" && (at === 0 || at === text.length - 1 || text[at - 1] === "-" || text[at + 1] === "-"));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", "-", "_", "A", " ", "é"), maxLength: 40 }), (text) => {
        const extent = extentOfIssues(text, scanPortalSlug(text));
        const places = [...text].map((_, at) => at).filter((at) => offending(text, at));
        expect(extent).toEqual(places.length ? { index: places[0], end: (places.at(-1) as number) + 1 } : undefined);
      }),
    );
  });
});
