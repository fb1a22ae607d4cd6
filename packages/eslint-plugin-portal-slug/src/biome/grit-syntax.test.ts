// The pieces of GritQL the generator writes, each held to what JavaScript's own regular
// expressions say of the same text (Rust's regex reads these constructs the same way).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyCaseRegex, classOf, grit, literalRegex, numberAbove, snippetOf, snippetText } from "./grit-syntax.js";

/** A regex the generator writes for Rust, read by JavaScript: `\x{…}` is `\u{…}` there. */
const asJs = (source: string): RegExp => new RegExp(`^(?:${source.replace(/\\x\{([0-9a-f]+)\}/g, "\\u{$1}")})$`, "u");

describe("numberAbove", () => {
  it("matches exactly the decimal numbers greater than its bound", () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(200_000), (bound, number) => {
        expect(asJs(numberAbove(bound)).test(String(number))).toBe(number > bound);
      }),
    );
  });
});

describe("classOf", () => {
  it("holds exactly the code points its test holds", () => {
    const test = (char: string) => /\p{White_Space}/u.test(char);
    const written = asJs(`[${classOf(test)}]`);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0x10ffff }).filter((point) => point < 0xd800 || point > 0xdfff),
        (point) => {
          const char = String.fromCodePoint(point);
          expect(written.test(char)).toBe(test(char));
        },
      ),
    );
  });
});

describe("literalRegex and anyCaseRegex", () => {
  it("literalRegex matches the text itself and nothing longer", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        expect(asJs(literalRegex(text)).test(text)).toBe(true);
        expect(asJs(literalRegex(text)).test(`${text}x`)).toBe(false);
      }),
    );
  });

  it("anyCaseRegex matches the text in any case of its ASCII letters, and no other text", () => {
    const text = fc.string({ unit: fc.constantFrom(..."abcXYZ_-.$".split("")), maxLength: 12 });
    fc.assert(
      fc.property(text, fc.array(fc.boolean(), { maxLength: 12 }), text, (written, upper, other) => {
        const mixed = [...written].map((char, i) => (upper[i] ? char.toUpperCase() : char.toLowerCase())).join("");
        expect(asJs(anyCaseRegex(written)).test(mixed)).toBe(true);
        expect(asJs(anyCaseRegex(written)).test(other)).toBe(other.toLowerCase() === written.toLowerCase());
      }),
    );
  });
});

describe("snippets", () => {
  it("refuse what would end a snippet or start a metavariable", () => {
    expect(() => snippetText("a`b")).toThrow('Cannot write "a`b" into a GritQL snippet');
    expect(() => snippetText("$x")).toThrow(/holds a backtick, "\$" or a backslash/);
    expect(() => snippetOf("$x")).toThrow('Cannot write "$x" as a GritQL snippet');
  });

  it("write a backslash doubled, as a snippet reads one", () => {
    expect(snippetOf('\\u{9} and \\"')).toBe('`\\\\u{9} and \\\\"`');
  });
});

describe("grit", () => {
  it("keeps backslashes as written and turns an escaped backtick into a backtick", () => {
    expect(grit`r"^\d+$" and \`snippet\``).toBe('r"^\\d+$" and `snippet`');
  });
});
