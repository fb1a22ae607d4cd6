// The comments that state what a block's code gives, read and written back: each bound to the
// code line it is about, at the columns it marks; writing back what was read changes nothing.
import { describe, expect, it } from "vitest";
import { openBrackets, readAnnotations, restate, type Annotation } from "./annotations.js";

const code = [
  'import { f } from "x";', // 0
  "", // 1
  "f(1); // → 1", // 2
  "f(2);", // 3
  "// → {", // 4
  '//   a: [1, "}"],', // 5
  "// }", // 6
  'call("Bad");', // 7
  "//   ^^^^^ a report", // 8: under "Bad", columns 5-10
  '//   💡 Replace with "bad"', // 9
  "//         ~ error TS2345: a compile error", // 10: under ")", column 11
  "// a plain comment", // 11
  "type T = string; // type → string", // 12
].join("\n");

describe("readAnnotations", () => {
  it("binds each statement to its code line, with the text it states and the columns it marks", () => {
    const { annotations, errors } = readAnnotations(code);
    expect(errors).toEqual([]);
    expect(
      annotations.map(({ kind, target, text, column, endColumn, suggestions, trailing }) => ({ kind, target, text, column, endColumn, suggestions, trailing })),
    ).toEqual([
      { kind: "result", target: 2, text: "1", column: undefined, endColumn: undefined, suggestions: undefined, trailing: true },
      { kind: "result", target: 3, text: '{\n  a: [1, "}"],\n}', column: undefined, endColumn: undefined, suggestions: undefined, trailing: false },
      { kind: "report", target: 7, text: "a report", column: 5, endColumn: 10, suggestions: ['Replace with "bad"'], trailing: false },
      { kind: "diagnostic", target: 7, text: "error TS2345: a compile error", column: 11, endColumn: 12, suggestions: undefined, trailing: false },
      { kind: "type", target: 12, text: "string", column: undefined, endColumn: undefined, suggestions: undefined, trailing: true },
    ]);
  });

  it("says so when a mark or a result has no code line above it", () => {
    expect(readAnnotations("//  ^ nothing above").errors).toEqual([{ line: 0, message: "carets or tildes with no code line above them" }]);
    expect(readAnnotations("// → 1").errors).toEqual([{ line: 0, message: '"// → " with no code line above it' }]);
  });
});

describe("restate", () => {
  const same = (annotation: Annotation) => ({ ...annotation });

  it("writes back what it read without a change", () => {
    const { annotations } = readAnnotations(code);
    expect(restate(code, ["result", "type", "report", "diagnostic"], annotations.map(same))).toEqual({ code, unplaced: [] });
  });

  it("keeps a result trailing while it fits on one line, and moves it under its statement when it does not", () => {
    expect(restate("f(1); // → 1", ["result"], [{ kind: "result", target: 0, text: "2" }]).code).toBe("f(1); // → 2");
    expect(restate("  f(1); // → 1", ["result"], [{ kind: "result", target: 0, text: "[\n  1,\n]" }]).code).toBe("  f(1);\n  // → [\n  //   1,\n  // ]");
  });

  it("draws marks at the code line's indentation, and answers those left of the comment's own //", () => {
    const { code: written, unplaced } = restate(
      "  call(x);",
      ["report"],
      [
        { kind: "report", target: 0, column: 7, endColumn: 8, text: "x", suggestions: ["y"] },
        { kind: "report", target: 0, column: 2, endColumn: 6, text: "too far left" },
      ],
    );
    expect(written).toBe("  call(x);\n  //   ^ x\n  //   💡 y");
    expect(unplaced.map((mark) => mark.text)).toEqual(["too far left"]);
  });

  it("drops the marks of the kinds restated that the tools no longer give", () => {
    expect(restate(code, ["report"], []).code).toBe(code.replace('//   ^^^^^ a report\n//   💡 Replace with "bad"\n', ""));
  });
});

describe("openBrackets", () => {
  it("counts brackets outside strings only", () => {
    expect(openBrackets('{ a: [1, "}]"')).toBe(2);
    expect(openBrackets("{ a: 'it\\'s' }")).toBe(0);
  });
});
