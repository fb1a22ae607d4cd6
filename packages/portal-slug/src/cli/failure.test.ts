import { describe, expect, it } from "vitest";
import { Failure, clause, firstLine } from "./failure.js";

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
