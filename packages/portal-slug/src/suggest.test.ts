import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suggestPortalSlug } from "./suggest.js";

const ORACLE = /^(?=.{3,64}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe("suggestPortalSlug", () => {
  it.each([
    ["My Portal_2!", "my-portal-2"],
    ["My-Portal", "my-portal"],
    ["my_portal", "my-portal"],
    ["-portal", "portal"],
    ["portal-", "portal"],
    ["my--portal", "my-portal"],
    ["  Billing   Portal  ", "billing-portal"],
    ["Straße", "strasse"],
    ["Crème Brûlée", "creme-brulee"],
    ["ｍｙ－ｐｏｒｔａｌ", "my-portal"],
    ["ﬁnance", "finance"],
    ["Øresund Æble Œuvre", "oresund-aeble-oeuvre"],
    ["Łódź đak þing ıi", "lodz-dak-thing-ii"],
    ["portаl", "portal"],
    ["my\u200bportal", "myportal"],
    ["soft\u00adhyphen", "softhyphen"],
    ["Ünïcödé", "unicode"],
    ["1st portal", "1st-portal"],
  ])("%j -> %j", (input, expected) => {
    expect(suggestPortalSlug(input)).toBe(expected);
  });

  it.each([
    ["Привет", "privet"],
    ["Кафе Москва", "kafe-moskva"],
    ["Щука и ёж", "shchuka-i-yozh"],
    ["Юля Съешь", "yulya-sesh"],
    ["Київ Ґанок", "kyiv-ganok"],
    ["Љубљана Њиш Џеп", "ljubljana-njish-dzep"],
    ["Καλημέρα κόσμε", "kalimera-kosme"],
    ["ΑΘΗΝΑ Ψυχή", "athina-psychi"],
    ["Шоп 2024", "shop-2024"],
    ["Кафе́", "kafe"],
    ["portаl Москва", "portal-moskva"],
    ["Рrоmо", "promo"],
  ])("transliterates whole words in Cyrillic and Greek: %j -> %j", (input, expected) => {
    expect(suggestPortalSlug(input)).toBe(expected);
  });

  it("keeps each Cyrillic or Greek word one word: never shreds it into letters between hyphens", () => {
    // Letters that always spell something (not the hard and soft signs), upper and lower case.
    const letter = fc.constantFrom(..."абвгдеёжзийклмнопрстуфхцчшщыэюяАБВЖЩЮЯєіїґαβγδεζηθικλμνξοπρστυφχψωΑΩάέήίόύώ");
    const text = fc.array(fc.string({ unit: letter, minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(text, (words) => {
        const slug = suggestPortalSlug(words.join(" "));
        // Every letter spells at least one Latin letter: only fewer than three letters make no slug.
        if (slug === undefined) {
          expect(words.join("").length).toBeLessThan(3);
          return;
        }
        expect(slug).toMatch(ORACLE);
        // A slug cut at 64 characters may have lost its last words, never split one.
        if (slug.length < 60) expect(slug.split("-")).toHaveLength(words.length);
        else expect(slug.split("-").length).toBeLessThanOrEqual(words.length);
      }),
    );
  });

  it("transliterates decomposed text as it does composed text", () => {
    expect(suggestPortalSlug("Щука и ёж".normalize("NFD"))).toBe("shchuka-i-yozh");
  });

  it.each(["", "a", "ab", "--", "!!!", "日本語", "😀😀😀", "a\u200bb"])("has no suggestion for %j", (input) => {
    expect(suggestPortalSlug(input)).toBeUndefined();
  });

  it("reads only the first 1024 characters of the text", () => {
    expect(suggestPortalSlug(`${"!".repeat(1020)}portal`)).toBe("port");
    expect(suggestPortalSlug(`${"!".repeat(1024)}portal`)).toBeUndefined();
  });

  it("cuts to 64 characters without leaving a hyphen at the end", () => {
    const words = "abcdefghi ".repeat(10);
    const slug = suggestPortalSlug(words);
    expect(slug).toBe("abcdefghi-".repeat(6) + "abcd");
    expect(suggestPortalSlug("a".repeat(63) + " bcd")).toBe("a".repeat(63));
  });

  const texts = fc.oneof(
    fc.string({ unit: "binary", maxLength: 120 }),
    fc.string({ unit: fc.constantFrom(..."aZ0 -_.éßÆ\u200bａ".split("")), maxLength: 120 }),
  );

  it("always answers a valid slug or nothing", () => {
    fc.assert(
      fc.property(texts, (input) => {
        const slug = suggestPortalSlug(input);
        if (slug !== undefined) expect(slug).toMatch(ORACLE);
      }),
      { numRuns: 10_000 },
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(texts, (input) => {
        const slug = suggestPortalSlug(input);
        if (slug !== undefined) expect(suggestPortalSlug(slug)).toBe(slug);
      }),
      { numRuns: 10_000 },
    );
  });

  it("gives a valid slug back unchanged", () => {
    const part = fc.stringMatching(/^[a-z0-9]{1,10}$/);
    const slugs = fc
      .array(part, { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join("-"))
      .filter((slug) => ORACLE.test(slug));
    fc.assert(
      fc.property(slugs, (slug) => suggestPortalSlug(slug) === slug),
      { numRuns: 10_000 },
    );
  });
});
