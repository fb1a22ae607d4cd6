import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validatePortalRef } from "./ref.js";
import { validatePortalSlug } from "./validate.js";

describe("validatePortalRef", () => {
  it("accepts a portal ID by the ID rule", () => {
    expect(validatePortalRef("pc_3Kd9xQ2")).toEqual({ valid: true, kind: "id", value: "pc_3Kd9xQ2" });
  });

  it("gives a malformed or unknown ID no suggestion key when no known portal is near", () => {
    expect(validatePortalRef("pc_ab-c")).not.toHaveProperty("suggestion");
    expect(validatePortalRef("pc_ab-c", { portals: ["billing-portal"] })).not.toHaveProperty("suggestion");
    expect(validatePortalRef("pc_abc", { portals: ["pc_xyz123456"] })).not.toHaveProperty("suggestion");
  });

  it("accepts a slug by the slug rules", () => {
    expect(validatePortalRef("billing-portal")).toEqual({ valid: true, kind: "slug", value: "billing-portal" });
  });

  it.each([
    ["pc_", 3, 3, 'Nothing follows "pc_": a portal ID has letters and digits after it'],
    ["pc_ab-c", 5, 6, '"-" at index 5 is not allowed in a portal ID: "pc_" then letters and digits'],
    ["pc_ab_c", 5, 6, '"_" at index 5 is not allowed in a portal ID: "pc_" then letters and digits'],
    ["pc_\u{1f600}x", 3, 5, '"\\u{1f600}" at index 3 is not allowed in a portal ID: "pc_" then letters and digits'],
    ["pc_a\ud800", 4, 5, '"\\u{d800}" at index 4 is not allowed in a portal ID: "pc_" then letters and digits'],
  ])("rejects the malformed ID %j at its span", (input, index, end, message) => {
    expect(validatePortalRef(input)).toEqual({ valid: false, kind: "id", issues: [{ code: "invalid_portal_id", message, index, end }] });
  });

  it("holds an ID to the server's 255 characters, at the characters past them", () => {
    const longest = `pc_${"a".repeat(252)}`;
    expect(validatePortalRef(longest)).toEqual({ valid: true, kind: "id", value: longest });
    expect(validatePortalRef(`${longest}b`)).toEqual({
      valid: false,
      kind: "id",
      issues: [{ code: "too_long", message: `"pc_${"a".repeat(37)}…" is too long for a portal ID: 256 characters, at most 255`, index: 255, end: 256 }],
    });
  });

  it("puts a bad character past the 255th after the length, in reading order", () => {
    const result = validatePortalRef(`pc_${"a".repeat(260)}-`);
    expect(result.valid ? [] : result.issues.map(({ code, index }) => [code, index])).toEqual([
      ["too_long", 255],
      ["invalid_portal_id", 263],
    ]);
  });

  it("reports a bad character and the length of one ID together", () => {
    const result = validatePortalRef(`pc_a-${"b".repeat(300)}`);
    expect(result.valid ? [] : result.issues.map(({ code, index, end }) => [code, index, end])).toEqual([
      ["invalid_portal_id", 4, 5],
      ["too_long", 255, 305],
    ]);
  });

  it("judges what the newer server lets through by the slug rules", () => {
    for (const slug of ["My-Portal", "my--portal", "-portal", "my_portal"]) {
      const result = validatePortalRef(slug);
      expect(result).toMatchObject({ valid: false, kind: "slug" });
    }
    expect(validatePortalRef("My-Portal")).toMatchObject({ suggestion: "my-portal" });
  });

  it("says a non-string is not a string, of no kind", () => {
    expect(validatePortalRef(7)).toMatchObject({ valid: false, kind: undefined, issues: [{ code: "not_a_string" }] });
  });
});

/** Whether offset `at` falls between the two halves of a surrogate pair. */
const insidePair = (text: string, at: number): boolean =>
  at > 0 && at < text.length && /[\ud800-\udbff]/.test(text[at - 1] as string) && /[\udc00-\udfff]/.test(text[at] as string);

describe("spans", () => {
  it("start the too_long span of a slug or an ID at a whole character", () => {
    expect(validatePortalSlug(`${"a".repeat(63)}😀`)).toMatchObject({
      issues: expect.arrayContaining([expect.objectContaining({ code: "too_long", index: 63, end: 65 })]),
    });
    expect(validatePortalRef(`pc_${"a".repeat(251)}😀`)).toMatchObject({
      issues: expect.arrayContaining([expect.objectContaining({ code: "too_long", index: 254, end: 256 })]),
    });
  });

  it("never cut a surrogate pair, for any text by either rule", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.string({ unit: fc.constantFrom("a", "-", "_", "A", " ", "😀", "\ud800", "\udc00"), maxLength: 300 }),
      fc.string({ unit: fc.constantFrom("a", "😀"), minLength: 60, maxLength: 70 }),
      fc.string({ unit: fc.constantFrom("a", "😀"), minLength: 250, maxLength: 260 }).map((tail) => `pc_${tail}`),
    );
    fc.assert(
      fc.property(text, (input) => {
        for (const result of [validatePortalSlug(input), validatePortalRef(input)]) {
          if (result.valid) continue;
          for (const found of result.issues) {
            if (!("index" in found) || found.index === undefined) continue;
            expect(insidePair(input, found.index), `${found.code} starts inside a pair`).toBe(false);
            expect(insidePair(input, found.end as number), `${found.code} ends inside a pair`).toBe(false);
          }
        }
      }),
      { numRuns: 3_000 },
    );
  });
});
