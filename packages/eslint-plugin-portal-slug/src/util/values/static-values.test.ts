// From an expression to what it statically is, in one file: each way a value is followed, and
// each way it is not.
import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { findProperty, memberOf, propertyOf, resolveValue } from "./static-values.js";
import { analyse } from "../../testing/analyse.js";

/** What the last expression statement of `code` resolves to, as source text ("module" for a module). */
function resolved(code: string): string {
  const file = analyse(code);
  const last = file.all<TSESTree.ExpressionStatement>("ExpressionStatement").at(-1);
  if (!last) throw new Error("the code must hold an expression statement");
  const value = resolveValue(file.ref(last.expression));
  return value.kind === "module" ? "module" : file.sourceCode.getText(value.ref.node);
}

describe("resolveValue", () => {
  it.each([
    ['const A = "a"; A;', '"a"'],
    ['const A = "a" as const satisfies string; A!;', '"a"'],
    ['const A = "a"; const B = A; const C = B; C;', '"a"'],
    ['const P = { eu: "x" }; P.eu;', '"x"'],
    ['const P = { eu: "x" }; P["eu"];', '"x"'],
    ['const P = { prod: { eu: "x" } }; P.prod.eu;', '"x"'],
    ['const { eu } = { eu: "x" }; eu;', '"x"'],
    ['const { eu: region } = { eu: "x" }; region;', '"x"'],
    ['const P = Object.freeze({ eu: "x" }); P.eu;', '"x"'],
    ['enum Region { Eu = "eu-portal" } Region.Eu;', '"eu-portal"'],
    ['function body() { return { slug: "x" }; } body();', '{ slug: "x" }'],
    ['const body = () => ({ slug: "x" }); body();', '{ slug: "x" }'],
    ['const B = { slug: "x" }; const C = { ...B }; C.slug;', '"x"'],
  ])("follows %s to %s", (code, expected) => {
    expect(resolved(code)).toBe(expected);
  });

  it.each([
    ['let A = "a"; A;', "A"],
    ['var A = "a"; A;', "A"],
    ["function f(a) { a; }", "a"],
    ['const P = { eu: "x" }; P[region];', "P[region]"],
    ['const P = { eu: "x", ...other }; P.us;', "P.us"],
    ['function body(eu) { if (eu) return { slug: "a" }; return { slug: "b" }; } body();', "body()"],
    ['async function body() { return { slug: "x" }; } body();', "body()"],
    ['const Object = { freeze: (x) => ({}) }; const P = Object.freeze({ eu: "x" }); P.eu;', "P.eu"],
    ["enum Region { Eu } Region.Eu;", "Region.Eu"],
    ['import { A } from "./config"; A;', "A"],
    ["unknownGlobal;", "unknownGlobal"],
  ])("leaves %s as %s, unknown", (code, expected) => {
    expect(resolved(code)).toBe(expected);
  });

  it("stops after a chain of names eight long", () => {
    const chain = (length: number) => Array.from({ length }, (_, i) => `const N${i + 1} = N${i};`).join(" ");
    expect(resolved(`const N0 = "a"; ${chain(12)} N12;`)).not.toBe('"a"');
    expect(resolved(`const N0 = "a"; ${chain(4)} N4;`)).toBe('"a"');
  });

  it("takes a global require's module from the scope, and no other require's", () => {
    const loaded: string[] = [];
    const module = { path: "/config.js", exported: () => undefined };
    const file = analyse('const a = require("./config"); const b = myRequire("./other"); a; b;', {
      load: (specifier) => (loaded.push(specifier), module),
    });
    const [, , a, b] = file.sourceCode.ast.body as TSESTree.ExpressionStatement[];
    expect(resolveValue(file.ref((a as TSESTree.ExpressionStatement).expression)).kind).toBe("module");
    expect(resolveValue(file.ref((b as TSESTree.ExpressionStatement).expression)).kind).toBe("expression");
    expect(loaded).toEqual(["./config"]);
  });
});

describe("findProperty and memberOf", () => {
  const object = (code: string) => {
    const file = analyse(`(${code});`);
    return { file, ref: file.ref(file.find<TSESTree.ObjectExpression>("ObjectExpression")) };
  };

  it("finds the last writer of a property, as the runtime does", () => {
    const { file, ref } = object('{ slug: "a", slug: "b" }');
    const found = findProperty(ref, "slug");
    expect(typeof found === "object" && found.kind === "expression" && file.sourceCode.getText(found.ref.node)).toBe('"b"');
  });

  it("says absent when no writer has it, and unknown when a spread or computed key might", () => {
    expect(findProperty(object('{ slug: "a" }').ref, "portal")).toBe("absent");
    expect(findProperty(object('{ slug: "a", ...rest }').ref, "slug")).toBe("unknown");
    expect(findProperty(object('{ slug: "a", [key]: "b" }').ref, "slug")).toBe("unknown");
    expect(findProperty(object('{ get slug() { return "a"; } }').ref, "slug")).toBe("unknown");
  });

  it("reads a member of a module from its exports, and of anything else not at all", () => {
    const file = analyse("x;");
    const from = file.ref(file.find("Identifier", "x"));
    const exported = () => ({ kind: "value" as const, value: { node: file.find("Identifier", "x"), scope: file.scope } });
    expect(memberOf({ kind: "module", module: { path: "/m.ts", exported }, from }, "X")).toMatchObject({ kind: "expression" });
    expect(memberOf({ kind: "expression", ref: from }, "X")).toBe("unknown");
  });

  it("answers a property's expression through propertyOf, or nothing", () => {
    const { file, ref } = object('{ slug: "a" }');
    expect(file.sourceCode.getText(propertyOf(ref, "slug")?.node)).toBe('"a"');
    expect(propertyOf(ref, "portal")).toBeUndefined();
    expect(propertyOf(undefined, "slug")).toBeUndefined();
  });
});
