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

  it.each([
    ["PC_3Kd9xQ2", [["invalid_portal_id", 0, 3, '"PC_" at index 0 starts a portal ID in capitals: "pc_" is lowercase']]],
    ["Pc_3Kd9xQ2", [["invalid_portal_id", 0, 3, '"Pc_" at index 0 starts a portal ID in capitals: "pc_" is lowercase']]],
    [" pc_3Kd9xQ2", [["invalid_portal_id", 0, 1, '" " at index 0 is not allowed in a portal ID: "pc_" then letters and digits']]],
    ["pc_3Kd9xQ2\n", [["invalid_portal_id", 10, 11, '"\\u{a}" at index 10 is not allowed in a portal ID: "pc_" then letters and digits']]],
    [
      "\t pC_3Kd9xQ2 ",
      [
        ["invalid_portal_id", 0, 2, '"\\u{9} " at index 0 is not allowed in a portal ID: "pc_" then letters and digits'],
        ["invalid_portal_id", 2, 5, '"pC_" at index 2 starts a portal ID in capitals: "pc_" is lowercase'],
        ["invalid_portal_id", 12, 13, '" " at index 12 is not allowed in a portal ID: "pc_" then letters and digits'],
      ],
    ],
  ])("judges the mistyped ID %j by the ID rule, and suggests the ID it meant, its case after the prefix kept", (input, issues) => {
    expect(validatePortalRef(input)).toEqual({
      valid: false,
      kind: "id",
      issues: issues.map(([code, index, end, message]) => ({ code, index, end, message })),
      suggestion: "pc_3Kd9xQ2",
    });
  });

  it("says everything wrong with a mistyped ID, where it stands, and suggests none when the rest is no ID either", () => {
    const result = validatePortalRef(` PC_a-${"b".repeat(300)}`);
    expect(result).not.toHaveProperty("suggestion");
    expect(result.valid ? [] : result.issues.map(({ code, index, end }) => [code, index, end])).toEqual([
      ["invalid_portal_id", 0, 1],
      ["invalid_portal_id", 1, 4],
      ["invalid_portal_id", 5, 6],
      // The ID's own 305 characters, from its prefix on, the first 255 of them allowed.
      ["too_long", 256, 306],
    ]);
    expect(result.valid ? [] : result.issues.map(({ message }) => message.slice(0, 17))).toEqual([
      '" " at index 0 is',
      '"PC_" at index 1 ',
      '"-" at index 5 is',
      `"PC_a-${"b".repeat(11)}`,
    ]);
    expect(result.valid ? "" : result.issues[3]?.message).toContain("305 characters, at most 255");
    expect(validatePortalRef("PC_")).toMatchObject({
      kind: "id",
      issues: [
        { index: 0, end: 3 },
        { index: 3, end: 3 },
      ],
    });
    // The ID's length is counted from its prefix: the space before it is not one of its 255.
    const longest = `pc_${"a".repeat(252)}`;
    expect(validatePortalRef(` ${longest}`)).toEqual({
      valid: false,
      kind: "id",
      issues: [{ code: "invalid_portal_id", index: 0, end: 1, message: '" " at index 0 is not allowed in a portal ID: "pc_" then letters and digits' }],
      suggestion: longest,
    });
  });

  it("holds a mistyped ID's meant ID to the declared portals, as a malformed slug's own form is", () => {
    const portals = ["billing-portal", "pc_3Kd9xQ2"];
    // The ID it meant is declared, or near one that is: that one.
    expect(validatePortalRef("PC_3Kd9xQ2", { portals })).toMatchObject({ kind: "id", suggestion: "pc_3Kd9xQ2", issues: [{ code: "invalid_portal_id" }] });
    expect(validatePortalRef(" PC_3Kd9xQ3", { portals })).toMatchObject({
      suggestion: "pc_3Kd9xQ2",
      issues: [{ code: "invalid_portal_id" }, { code: "invalid_portal_id" }],
    });
    // None near: the ID itself, said to be none of them, so that writing it is not the first the user hears of it.
    const far = validatePortalRef("PC_abc", { portals });
    expect(far).toMatchObject({ kind: "id", suggestion: "pc_abc" });
    expect(far.valid ? [] : far.issues.map(({ code }) => code)).toEqual(["invalid_portal_id", "unknown_portal"]);
    expect(far.valid ? "" : far.issues[1]?.message).toContain('"pc_abc" is none of the 2 portals declared');
    expect(validatePortalRef("pc_abc ", { portals })).toMatchObject({
      suggestion: "pc_abc",
      issues: [{ code: "invalid_portal_id" }, { code: "unknown_portal" }],
    });
  });

  it("gives a mistyped ID no slug made of its characters where only a slug goes", () => {
    for (const input of ["PC_3Kd9xQ2", " pc_3Kd9xQ2", "pc_3Kd9xQ2"]) expect(validatePortalSlug(input)).not.toHaveProperty("suggestion");
    // A slug that only starts with the same letters is a slug.
    expect(validatePortalSlug("PCX_portal")).toHaveProperty("suggestion", "pcx-portal");
    expect(validatePortalRef("pcx_portal")).toMatchObject({ kind: "slug", suggestion: "pcx-portal" });
  });

  it("suggests, for any ID mistyped by its prefix's case or the whitespace around it, that ID", () => {
    const id = fc.stringMatching(/^[A-Za-z0-9]{1,20}$/).map((rest) => `pc_${rest}`);
    const space = fc.constantFrom("", " ", "\t", "\n", "\u00a0", "  ");
    const prefix = fc.constantFrom("pc_", "PC_", "Pc_", "pC_");
    fc.assert(
      fc.property(id, prefix, space, space, (written, start, before, after) => {
        const input = `${before}${start}${written.slice(3)}${after}`;
        fc.pre(input !== written);
        // The oracle: the ID is what is left once the whitespace is gone and the prefix lowercase.
        expect(validatePortalRef(input)).toMatchObject({ valid: false, kind: "id", suggestion: written });
        expect(validatePortalSlug(input)).not.toHaveProperty("suggestion");
      }),
    );
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
