import { describe, expect, it } from "vitest";
import { pathPrefix, quote, shorten, visible } from "./text.js";

describe("visible", () => {
  it("keeps printable ASCII and escapes every other character by its code point", () => {
    expect(visible(" az~")).toBe(" az~");
    expect(visible("p\u0430\t\u200b😀")).toBe("p\\u{430}\\u{9}\\u{200b}\\u{1f600}");
  });
});

describe("shorten and quote", () => {
  it("leave a text of at most max characters whole, with no mark", () => {
    expect(shorten("abc", 3)).toBe("abc");
    expect(quote("abc", 3)).toBe('"abc"');
  });

  it("cut a longer text after max characters, never inside a surrogate pair, and mark the cut", () => {
    expect(shorten("abcd", 3)).toBe("abc…");
    expect(shorten("😀😀😀😀", 3)).toBe("\\u{1f600}\\u{1f600}\\u{1f600}…");
    expect(quote("a\u0430cd", 2)).toBe('"a\\u{430}…"');
  });
});

describe("pathPrefix", () => {
  it.each([
    [[], ""],
    [["portal"], "portal: "],
    [["scopes", 1], "scopes[1]: "],
    [[0], "[0]: "],
    [["meta", "requestId"], "meta.requestId: "],
    [["errors", 2, "fix"], "errors[2].fix: "],
  ] as const)("writes the path %j as %j", (path, written) => {
    expect(pathPrefix(path)).toBe(written);
  });
});
