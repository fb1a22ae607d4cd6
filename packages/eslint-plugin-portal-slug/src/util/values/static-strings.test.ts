// Every string an expression can statically be: what is found, what counts as all of it.
import fc from "fast-check";
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
    ['"a" + "b";', ["composed ab"]],
    ['const X = "x"; `a${X}${1}${null}`;', ["composed ax1null"]],
    ['const X = "x"; `a-${cond ? X : "y"}`;', ['template `a-${cond ? X : "y"}`']],
    ['"a" + read();', []],
    ['1 + 2 + "a";', []],
    ['"a" + 1 + 2;', ["composed a12"]],
    ['1 + ("a" + 2);', ["composed 1a2"]],
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

describe("a value put together from parts", () => {
  /** An expression's source, and what JavaScript makes of it; `u` is a name no analysis can know. */
  interface Expression {
    readonly source: string;
    readonly known: boolean;
  }
  /** A template part's text as written: what the template reads back as `text`. */
  const inTemplate = (text: string): string => text.replace(/[\\`$]/g, (character) => `\\${character}`);
  const leaf = fc.oneof(
    fc.string({ maxLength: 6 }).map((text) => ({ source: JSON.stringify(text), known: true })),
    fc.integer({ min: -5, max: 99 }).map((value) => ({ source: `(${value})`, known: true })),
    fc.constantFrom("C0", "C1").map((name) => ({ source: name, known: true })),
    fc.constant({ source: "u", known: false }),
  );
  const expression: fc.Arbitrary<Expression> = fc.letrec<{ expression: Expression }>((tie) => ({
    expression: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf,
      fc.tuple(tie("expression"), tie("expression")).map(([a, b]) => ({ source: `(${a.source} + ${b.source})`, known: a.known && b.known })),
      fc.tuple(fc.array(fc.tuple(fc.string({ maxLength: 4 }), tie("expression")), { maxLength: 3 }), fc.string({ maxLength: 4 })).map(([parts, tail]) => ({
        source: `\`${parts.map(([text, part]) => `${inTemplate(text)}\${${part.source}}`).join("")}${inTemplate(tail)}\``,
        known: parts.every(([, part]) => part.known),
      })),
    ),
  })).expression;
  const PRELUDE = 'const C0 = "Ab"; const C1 = `x-${C0}`;';

  it("is the text JavaScript makes of it, whenever it is said at all (u being anything)", () => {
    fc.assert(
      fc.property(expression, fc.oneof(fc.string(), fc.integer()), ({ source }, u) => {
        const found = strings(`${PRELUDE} ${source};`).found.filter((said) => said.startsWith("composed "));
        const made: unknown = new Function("u", `${PRELUDE} return ${source};`)(u);
        for (const said of found) expect(said).toBe(`composed ${String(made)}`);
        expect(found.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it("is said for every sum and template of known strings, however they nest", () => {
    const strict: fc.Arbitrary<string> = fc.letrec<{ text: string }>((tie) => ({
      text: fc.oneof(
        { depthSize: "small", maxDepth: 4 },
        fc.string({ maxLength: 6 }).map((text) => JSON.stringify(text)),
        fc.tuple(tie("text"), tie("text")).map(([a, b]) => `(${a} + ${b})`),
        fc.tuple(fc.string({ maxLength: 4 }), tie("text")).map(([text, part]) => `\`${inTemplate(text)}\${${part}}\``),
      ),
    })).text;
    fc.assert(
      fc.property(strict, (source) => {
        const made = new Function(`return ${source};`)() as string;
        const kinds = strings(`${source};`).found;
        expect(kinds).toEqual([source.startsWith('"') ? `literal ${made}` : `composed ${made}`]);
      }),
      { numRuns: 300 },
    );
  });

  it("reads at most 64 parts and 8 templates deep, and says no more", () => {
    const parts = (n: number) => Array.from({ length: n }, (_, i) => `"${i % 10}"`).join(" + ");
    expect(strings(`${parts(64)};`).found).toEqual([`composed ${Array.from({ length: 64 }, (_, i) => i % 10).join("")}`]);
    expect(strings(`${parts(65)};`).found).toEqual([]);
    const chain = (n: number) => `const P0 = "a"; ${Array.from({ length: n }, (_, i) => `const P${i + 1} = \`\${P${i}}-\`;`).join(" ")} P${n};`;
    expect(strings(chain(8)).found).toEqual([`composed a${"-".repeat(8)}`]);
    expect(strings(chain(9)).found).toEqual(["template `${P8}-`"]);
  });
});
