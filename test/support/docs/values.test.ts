// The literal a `// → …` comment holds is the value it stands for: printing any value and
// reading the print back gives the same value, and sameValue tells values apart by structure.
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeValue, printValue, quote, sameValue } from "./values.js";

/** A literal read back as the docs harness reads a comment: in a realm of its own. */
const read = (literal: string) => encodeValue(runInNewContext(`(${literal}\n)`, {}));

describe("printValue", () => {
  it("prints a literal that reads back as the same value, for any value a literal can write", () => {
    const values = fc.anything({
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withBoxedValues: false,
      withTypedArray: false,
      withNullPrototype: false,
    });
    fc.assert(
      fc.property(values, fc.integer({ min: 20, max: 160 }), (value, width) => {
        const encoded = encodeValue(value);
        expect(sameValue(read(printValue(encoded, width)), encoded)).toBe(true);
      }),
    );
  });

  it("lays out a value on one line when it fits, one entry a line when it does not", () => {
    const value = encodeValue({ valid: false, issues: [{ code: "uppercase", index: 0 }], suggestion: "my-portal" });
    expect(printValue(value, 100)).toBe('{ valid: false, issues: [{ code: "uppercase", index: 0 }], suggestion: "my-portal" }');
    expect(printValue(value, 40)).toBe('{\n  valid: false,\n  issues: [{ code: "uppercase", index: 0 }],\n  suggestion: "my-portal",\n}');
  });

  it("writes keys that are no identifiers quoted, and __proto__ as a computed key", () => {
    const value = encodeValue(JSON.parse('{ "a-b": 1, "__proto__": 2, "ok": 3 }'));
    expect(printValue(value)).toBe('{ "a-b": 1, ["__proto__"]: 2, ok: 3 }');
  });
});

describe("quote", () => {
  it("quotes as Prettier does: double quotes unless the text holds more of them than single ones", () => {
    expect(quote("my-portal")).toBe('"my-portal"');
    expect(quote('"_" at 2')).toBe(`'"_" at 2'`);
    expect(quote(`it's "a" 'b'`)).toBe(`"it's \\"a\\" 'b'"`);
    expect(quote(`"it's"`)).toBe(`'"it\\'s"'`);
  });
});

describe("sameValue", () => {
  it("takes an object's keys in any order, and a class instance for the literal of its fields", () => {
    class Result {
      valid = false;
      code = "uppercase";
    }
    expect(sameValue(encodeValue({ a: 1, b: [2] }), encodeValue({ b: [2], a: 1 }))).toBe(true);
    expect(sameValue(encodeValue(new Result()), encodeValue({ code: "uppercase", valid: false }))).toBe(true);
  });

  it("tells apart what differs: a value, a missing key, undefined from a missing key, -0 from 0, order in a list", () => {
    expect(sameValue(encodeValue({ a: 1 }), encodeValue({ a: 2 }))).toBe(false);
    expect(sameValue(encodeValue({ a: 1, b: 2 }), encodeValue({ a: 1 }))).toBe(false);
    expect(sameValue(encodeValue({ a: undefined }), encodeValue({}))).toBe(false);
    expect(sameValue(encodeValue(-0), encodeValue(0))).toBe(false);
    expect(sameValue(encodeValue([1, 2]), encodeValue([2, 1]))).toBe(false);
    expect(sameValue(encodeValue("1"), encodeValue(1))).toBe(false);
  });

  it("refuses a value that contains itself, which no literal can write", () => {
    const loop: Record<string, unknown> = {};
    loop["self"] = loop;
    expect(() => encodeValue(loop)).toThrow(/contains itself/);
  });
});
