import { describe, expect, it } from "vitest";
import { mapRawText } from "./source-range.js";

/** The raw slice each decoded unit came from, to compare with what the source spells. */
const origins = (raw: string) => {
  const map = mapRawText(raw);
  return map && { decoded: map.decoded, origins: map.starts.map((start, i) => raw.slice(start, map.ends[i])) };
};

describe("mapRawText", () => {
  it.each([
    ["plain", "abc", ["a", "b", "c"]],
    ["\\x escape", "a\\x41", ["a", "\\x41"]],
    ["\\u escape", "\\u005F", ["\\u005F"]],
    ["\\u{} escape to a surrogate pair", "\\u{1F600}", ["\\u{1F600}", "\\u{1F600}"]],
    ["a raw surrogate pair", "😀", ["\ud83d", "\ude00"]],
    ["simple escapes", '\\n\\t\\"', ["\\n", "\\t", '\\"']],
    ["an escaped surrogate pair", "\\😀", ["\\😀", "\\😀"]],
    ["\\0 not followed by a digit", "\\0a", ["\\0", "a"]],
  ])("maps %s to the characters that spell each unit", (_, raw, expected) => {
    expect(origins(raw)?.origins).toEqual(expected);
  });

  it("decodes exactly as JavaScript does", () => {
    for (const raw of ["a\\x41\\u0042\\u{43}\\n", "line\\\ncontinued", "\\'q\\'", "tab\\there"]) {
      expect(mapRawText(raw)?.decoded).toBe(
        JSON.parse(
          `"${raw
            .replace(/\\'/g, "'")
            .replace(/\\\n/g, "")
            .replace(/\\x(..)/g, "\\u00$1")
            .replace(/\\u\{(..)\}/g, "\\u00$1")}"`,
        ),
      );
    }
  });

  it("drops a line continuation", () => {
    expect(origins("a\\\r\nb")).toEqual({ decoded: "ab", origins: ["a", "b"] });
  });

  it("gives up on legacy octal escapes rather than guess", () => {
    expect(mapRawText("\\101")).toBeUndefined();
    expect(mapRawText("\\08")).toBeUndefined();
  });
});
