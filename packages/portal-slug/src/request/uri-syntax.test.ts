import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { misplacedCharacters, percentEncoded } from "./uri-syntax.js";

describe("misplacedCharacters", () => {
  it.each([
    ["https://example.com/back", []],
    ["https://u:p@host:8080/a/b;c=d?q=1&r=/x?y#frag/?", []],
    ["https://[::1]:3000/back", []],
    ["https://example.com/%41%2f", []],
    ["https://example.com/%zz", [20]],
    ["https://example.com/%4", [20]],
    ["https://example.com/a|b", [21]],
    ["https://example.com/[x]", [20, 22]],
    ["https://example.com/?a=[1]", [23, 25]],
    ["https://example.com/#a#b", [22]],
    ["https://ex\u00e4mple.com/", [10]],
    ["https://example.com/\u{1f600}x\u00e9", [20, 23]],
    ['https://example.com/a"b<c>d`e{f}g^h\\i', [21, 23, 25, 27, 29, 31, 33, 35]],
    ["https://example.com/\u0000\u007f", [20, 21]],
    ["https://example.com?q=1", []],
    ["https://example.com#x/y#z", [23]],
    ["https://example.com#x?y#z", [23]],
    ["https://example.com/\uffff|", [20, 21]],
  ])("in %j: %j", (url, expected) => {
    expect(misplacedCharacters(url)).toEqual(expected);
  });
});

describe("percentEncoded", () => {
  it("encodes each misplaced character as UTF-8, a lone % as %25, a lone surrogate as the replacement character", () => {
    const url = "https://example.com/a|\u00e9\u{1f600}%zz\ud800";
    expect(percentEncoded(url, misplacedCharacters(url))).toBe("https://example.com/a%7C%C3%A9%F0%9F%98%80%25zz%EF%BF%BD");
  });

  it("encodes the characters at the edges of the surrogate ranges: pairs as one, halves alone as the replacement character", () => {
    const cases: [string, string][] = [
      ["\u{10000}", "%F0%90%80%80"],
      ["\u{103ff}", "%F0%90%8F%BF"],
      ["\u{10fc00}", "%F4%8F%B0%80"],
      ["\u{10ffff}", "%F4%8F%BF%BF"],
      ["\udbffa", "%EF%BF%BDa"],
      ["\udc00a", "%EF%BF%BDa"],
      ["\udfffa", "%EF%BF%BDa"],
      ["\ud800\ue000", "%EF%BF%BD%EE%80%80"],
      ["\ue000", "%EE%80%80"],
      ["\uffff|", "%EF%BF%BF%7C"],
    ];
    for (const [rest, expected] of cases) {
      const url = `https://example.com/${rest}`;
      expect(percentEncoded(url, misplacedCharacters(url))).toBe(`https://example.com/${expected}`);
    }
  });

  it("makes any http(s) URL one with nothing misplaced, and leaves a well-formed one as it is", () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom("a", "/", "?", "#", "%", "[", "]", ":", "@", "|", "é", "😀", "%4", "%41", "\ud800"),
        fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
      ),
    });
    fc.assert(
      fc.property(fc.constantFrom("http://", "https://"), text, (scheme, rest) => {
        const url = scheme + rest;
        const misplaced = misplacedCharacters(url);
        const encoded = percentEncoded(url, misplaced);
        expect(misplacedCharacters(encoded)).toEqual([]);
        if (!misplaced.length) expect(encoded).toBe(url);
      }),
    );
  });
});
