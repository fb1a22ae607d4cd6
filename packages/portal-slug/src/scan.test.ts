import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PORTAL_SLUG_MAX_LENGTH, type PortalSlugIssueCode } from "./contract.js";
import { isPortalSlug, scanPortalSlug } from "./scan.js";

/** The SPEC's reference expression: an oracle written independently of the scan. */
const ORACLE = /^(?=.{3,64}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Per code, an independent statement of when the rule is broken and what its span may hold. */
const CHARACTER_RULES: Record<string, { broken: RegExp; span: RegExp }> = {
  uppercase: { broken: /[A-Z]/, span: /^[A-Z]+$/ },
  underscore: { broken: /_/, span: /^_+$/ },
  whitespace: { broken: /\p{White_Space}/u, span: /^\p{White_Space}+$/u },
  invalid_character: { broken: /[^a-zA-Z0-9_\p{White_Space}-]/u, span: /^[^a-zA-Z0-9_\p{White_Space}-]+$/u },
  consecutive_hyphens: { broken: /--/, span: /^-{2,}$/ },
  leading_hyphen: { broken: /^-/, span: /^-$/ },
  trailing_hyphen: { broken: /-$/, span: /^-$/ },
};

const codes = (input: string): PortalSlugIssueCode[] => scanPortalSlug(input).map((issue) => issue.code);

/** Strings mostly made of the slug alphabet and its near misses, where the rules are decided. */
const nearSlug = fc.string({
  unit: fc.constantFrom(..."abcxyz0189-".split(""), "-", "-", "A", "Z", "_", " ", "\t", "\u0085", ".", "é", "а", "\u200b", "\ufeff", "😀"),
  maxLength: 80,
});
const anyText = fc.string({ unit: "binary", maxLength: 80 });

describe("scanPortalSlug", () => {
  it.each<[string, PortalSlugIssueCode[]]>([
    ["my-portal", []],
    ["123", []],
    ["1st-portal", []],
    ["a".repeat(64), []],
    ["", ["too_short"]],
    ["ab", ["too_short"]],
    ["a".repeat(65), ["too_long"]],
    ["My-Portal", ["uppercase"]],
    ["my_portal", ["underscore"]],
    ["my portal", ["whitespace"]],
    ["my\u00a0portal", ["whitespace"]],
    ["my\u0085portal", ["whitespace"]],
    ["\ufeffmy-portal", ["invalid_character"]],
    ["my.portal", ["invalid_character"]],
    ["portаl", ["invalid_character"]],
    ["my\u200bportal", ["invalid_character"]],
    ["my\u0000portal", ["invalid_character"]],
    ["-portal", ["leading_hyphen"]],
    ["portal-", ["trailing_hyphen"]],
    ["my--portal", ["consecutive_hyphens"]],
    ["-", ["too_short", "leading_hyphen", "trailing_hyphen"]],
    ["--My_ port@l--", ["leading_hyphen", "consecutive_hyphens", "uppercase", "underscore", "whitespace", "invalid_character", "trailing_hyphen"]],
  ])("%j breaks %j", (input, expected) => {
    expect(codes(input).sort()).toEqual([...expected].sort());
  });

  it("lists the issues in reading order: too_short first, then by where each starts, too_long at the character past the maximum", () => {
    expect(codes("-")).toEqual(["too_short", "leading_hyphen", "trailing_hyphen"]);
    expect(codes("_A")).toEqual(["too_short", "underscore", "uppercase"]);
    expect(codes(`${"a".repeat(63)}_A-`)).toEqual(["underscore", "too_long", "uppercase", "trailing_hyphen"]);
  });

  it("answers not_a_string for a value that is no string, as validatePortalSlug does", () => {
    expect(scanPortalSlug(42 as unknown as string)).toEqual([{ code: "not_a_string", message: "Expected a string, got a number" }]);
  });

  it("spans one code unit for U+FFFF, the last character of the BMP, and two for a surrogate pair", () => {
    expect(scanPortalSlug("a\uffffb")).toMatchObject([{ code: "invalid_character", index: 1, end: 2 }]);
    expect(scanPortalSlug("a\u{10000}b")).toMatchObject([{ code: "invalid_character", index: 1, end: 3 }]);
  });

  it("puts each span on the first run of offending characters and counts the rest", () => {
    expect(scanPortalSlug("MY-PORTAL")).toEqual([
      { code: "uppercase", index: 0, end: 2, message: '"MY" at index 0 (and 1 more) is uppercase: slugs are lowercase' },
    ]);
    expect(scanPortalSlug("a---b")[0]).toMatchObject({ code: "consecutive_hyphens", index: 1, end: 4 });
    expect(scanPortalSlug("a".repeat(70))[0]).toMatchObject({ code: "too_long", index: PORTAL_SLUG_MAX_LENGTH, end: 70 });
  });

  it("spans a surrogate pair as one character", () => {
    const [issue] = scanPortalSlug("ab😀c");
    expect(issue).toMatchObject({ code: "invalid_character", index: 2, end: 4 });
    expect(issue?.message).toBe('"\\u{1f600}" at index 2 is not allowed: use a-z, 0-9 and "-"');
  });

  it("names every character outside printable ASCII by code point", () => {
    expect(scanPortalSlug("my\u200bportal")[0]?.message).toBe('"\\u{200b}" at index 2 is not allowed: use a-z, 0-9 and "-"');
    expect(scanPortalSlug("my\tportal")[0]?.message).toBe('"\\u{9}" at index 2 is whitespace: join words with "-"');
    expect(scanPortalSlug("portаl")[0]?.message).toBe('"\\u{430}" at index 4 is not allowed: use a-z, 0-9 and "-"');
  });

  it("quotes at most eight characters of a run, whole characters only", () => {
    expect(scanPortalSlug("a" + "😀".repeat(20))[0]?.message).toBe(`"${"\\u{1f600}".repeat(8)}…" at index 1 is not allowed: use a-z, 0-9 and "-"`);
  });

  it("keeps issues and messages bounded however long the input", () => {
    const hostile = "A_ -.".repeat(200_000);
    const issues = scanPortalSlug(hostile);
    expect(issues.length).toBeLessThanOrEqual(10);
    for (const issue of issues) expect(issue.message.length).toBeLessThan(200);
  });

  it("reports exactly the broken rules, each span holding only offending characters", () => {
    fc.assert(
      fc.property(fc.oneof(nearSlug, anyText), (input) => {
        const issues = scanPortalSlug(input);
        for (const [code, rule] of Object.entries(CHARACTER_RULES)) {
          const issue = issues.find((candidate) => candidate.code === code);
          expect(issue !== undefined, `${code} in ${JSON.stringify(input)}`).toBe(rule.broken.test(input));
          if (issue) expect(input.slice(issue.index, issue.end)).toMatch(rule.span);
        }
        expect(issues.some((issue) => issue.code === "too_short")).toBe(input.length < 3);
        expect(issues.some((issue) => issue.code === "too_long")).toBe(input.length > 64);
        expect(new Set(issues.map((issue) => issue.code)).size).toBe(issues.length);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe("isPortalSlug", () => {
  it("agrees with the SPEC's expression on near-slugs and on arbitrary Unicode", () => {
    fc.assert(
      fc.property(fc.oneof(nearSlug, anyText), (input) => {
        expect(isPortalSlug(input)).toBe(ORACLE.test(input));
        expect(scanPortalSlug(input).length === 0).toBe(ORACLE.test(input));
      }),
      { numRuns: 10_000 },
    );
  });

  it("is false for every non-string", () => {
    fc.assert(
      fc.property(
        fc.anything().filter((value) => typeof value !== "string"),
        (value) => !isPortalSlug(value),
      ),
      { numRuns: 10_000 },
    );
  });
});
