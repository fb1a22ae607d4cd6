// Where a span that starts at an offset must start so that it covers a whole character.
import { describe, expect, it } from "vitest";
import { characterStart } from "./code-points.js";

describe("characterStart", () => {
  it("moves back one unit only from between the halves of a surrogate pair", () => {
    expect(characterStart("a😀b", 2)).toBe(1);
    expect(characterStart("a😀b", 1)).toBe(1);
    expect(characterStart("a😀b", 3)).toBe(3);
    expect(characterStart("ab", 1)).toBe(1);
  });

  it("keeps an offset after U+FFFF, the last character of the BMP, which is one unit", () => {
    expect(characterStart("\uffffa", 1)).toBe(1);
  });
});
