import { describe, expect, it } from "vitest";
import { Failure, clause, firstLine, inOneLine } from "./failure.js";

describe("Failure", () => {
  it("is named so, and says its lines one a line", () => {
    expect(new Failure(["first", "second"])).toMatchObject({ name: "Failure", message: "first\nsecond", lines: ["first", "second"] });
  });
});

describe("clause", () => {
  it("drops one full stop at the end, and nothing else", () => {
    expect(clause("No files matching 'x' were found.")).toBe("No files matching 'x' were found");
    expect(clause("e.g. this.")).toBe("e.g. this");
    expect(clause("Wait...")).toBe("Wait..");
    expect(clause("no stop")).toBe("no stop");
  });
});

describe("firstLine", () => {
  it("says an error's first line, named when its kind is JavaScript's own, escaped, without its full stop", () => {
    expect(firstLine(new ReferenceError("BILLING is not defined.\n    at portals.js:1:1"))).toBe("ReferenceError: BILLING is not defined");
    expect(firstLine(new Error("ENOENT: no such file\u001b[2J"))).toBe("ENOENT: no such file\\u{1b}[2J");
    expect(firstLine("thrown text")).toBe("thrown text");
    expect(firstLine(null)).toBe("null");
  });
});

describe("inOneLine", () => {
  it("says an error whole, its line breaks escaped where the first line would end inside a quote of the input", () => {
    // JSON.parse's words for a CRLF file (V8 11 and 12).
    const error = new SyntaxError(`Unexpected token ']', "[\r\n "a",\r\n]" is not valid JSON`);
    expect(firstLine(error)).toBe(`SyntaxError: Unexpected token ']', "[\\u{d}`);
    expect(inOneLine(error)).toBe(`SyntaxError: Unexpected token ']', "[\\u{d}\\u{a} "a",\\u{d}\\u{a}]" is not valid JSON`);
    expect(inOneLine(new TypeError("two.\nlines."))).toBe("TypeError: two.\\u{a}lines");
  });
});
