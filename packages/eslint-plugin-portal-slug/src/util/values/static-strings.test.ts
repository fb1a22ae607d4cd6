// Every string an expression can statically be: what is found, what counts as all of it.
import { describe, expect, it } from "vitest";
import { everyStaticString, staticStrings, staticValues, type StaticString } from "./static-strings.js";
import { analyse } from "../../testing/analyse.js";

/** The strings the last expression of `code` can be, each said shortly, and whether that is all. */
function strings(code: string, literalTypes?: (node: unknown) => readonly string[] | undefined) {
  const file = analyse(code);
  const last = file.sourceCode.ast.body.at(-1);
  if (last?.type !== "ExpressionStatement") throw new Error("the code must end in an expression");
  const ref = file.ref(last.expression);
  const said = (found: StaticString) => (found.kind === "template" ? `template ${file.sourceCode.getText(found.ref.node)}` : `${found.kind} ${found.value}`);
  return { found: staticStrings(ref, literalTypes).map(said), every: everyStaticString(ref).map(said) };
}

describe("staticStrings and everyStaticString", () => {
  it.each([
    ['"a";', ["literal a"]],
    ["`a`;", ["literal a"]],
    ["`a${b}`;", ["template `a${b}`"]],
    ['cond ? "a" : "b";', ["literal a", "literal b"]],
    ['x ?? "a";', ["literal a"]],
    ['const X = "x"; X || "a";', ["literal x", "literal a"]],
    ['const A = cond ? "a" : `b`; A;', ["literal a", "literal b"]],
  ])("finds in %s", (code, expected) => {
    expect(strings(code).found).toEqual(expected);
  });

  it("keeps the known branches of a value with an unknown one, but says they are not all", () => {
    expect(strings('cond ? "a" : read();')).toEqual({ found: ["literal a"], every: [] });
    expect(strings('ready && "a";')).toEqual({ found: [], every: [] });
    expect(strings("1;")).toEqual({ found: [], every: [] });
  });

  it("asks the types of what the syntax cannot pin down, and only then", () => {
    const asked: unknown[] = [];
    const types = (node: unknown) => (asked.push(node), ["t1", "t2"]);
    expect(strings('cond ? "a" : read();', types).found).toEqual(["literal a", "type t1", "type t2"]);
    expect(asked).toHaveLength(1);
  });

  it("stops after 64 branches", () => {
    const branches = Array.from({ length: 70 }, (_, i) => `c${i} ? "s${i}" :`).join(" ");
    const { found, every } = strings(`${branches} "last";`);
    expect(found.length).toBeLessThan(40);
    expect(every).toEqual([]);
  });
});

describe("staticValues", () => {
  /** The values the last expression of `code` can be, each said shortly, and whether that is all. */
  function values(code: string) {
    const file = analyse(code);
    const last = file.sourceCode.ast.body.at(-1);
    if (last?.type !== "ExpressionStatement") throw new Error("the code must end in an expression");
    const { values: found, complete } = staticValues(file.ref(last.expression));
    return { found: found.map((value) => (value.kind === "other" ? value.value : value.kind)), complete };
  }

  it.each([
    ["-1;", [-1]],
    ["-0.5;", [-0.5]],
    ["-2n;", [-2n]],
    ["const N = -3; cond ? N : 4;", [-3, 4]],
  ])("reads %s as the negative number it is", (code, expected) => {
    expect(values(code)).toEqual({ found: expected, complete: true });
  });

  it.each(["-x;", '-"1";', "!1;", "~1;"])("leaves %s unknown", (code) => {
    expect(values(code)).toEqual({ found: [], complete: false });
  });
});
