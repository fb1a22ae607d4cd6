// A module's top-level names and exports, as the tables read them from its syntax.
import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { createModuleParser } from "./module-parser.js";
import { ModuleScope, readModuleTables } from "./module-scope.js";
import { isPackageSpecifier, type Binding, type ModuleExports } from "../values/scope.js";

const parse = createModuleParser(undefined, "/index.ts");

/** A module of `code`, whose imports of "./other" load `other`. */
function scope(code: string, other?: ModuleExports, path = "/m.ts"): ModuleScope {
  const program = parse(code, path) as TSESTree.Program;
  return new ModuleScope(path, readModuleTables(program), (specifier) => (specifier === "./other" ? other : undefined));
}

/** A binding, said shortly: the literal it is, the keys a member reads (dotted), or its kind. */
function said(binding: Binding | undefined): unknown {
  if (!binding) return undefined;
  if (binding.kind === "module") return `module ${binding.module.path}`;
  if (binding.kind === "member") return `member ${binding.keys.join(".")}`;
  const node = binding.value.node;
  return node.type === "Literal" ? node.value : node.type;
}

describe("readModuleTables and ModuleScope", () => {
  const other = scope('export const O = "other"; export default "other-default";', undefined, "/other.ts");

  it.each([
    ['export const A = "a";', "A", "a"],
    ['const a = "a"; export { a as A };', "A", "a"],
    ["export const { a: A } = obj;", "A", "member a"],
    ['export enum A { X = "x" }', "A", "TSEnumDeclaration"],
    ['export default "d";', "default", "d"],
    ['const d = "d"; export default d;', "default", "d"],
    ['export { O as A } from "./other";', "A", "other"],
    ['export { default as A } from "./other";', "A", "other-default"],
    ['export * from "./other";', "O", "other"],
    ['export * as A from "./other";', "A", "module /other.ts"],
    ['import { O } from "./other"; export { O as A };', "A", "other"],
    ['module.exports = { A: "a" };', "A", "member A"],
    ['module.exports = { A: "a" };', "default", "ObjectExpression"],
    ['exports.A = "a";', "A", "a"],
    ['module.exports.A = "a";', "A", "a"],
    ['export = { A: "a" };', "default", "ObjectExpression"],
    // Keys written before `module.exports` is set anew are dropped; `exports` then names the old object.
    ['exports.A = "a"; module.exports = { A: "b" };', "A", "member A"],
    ['module.exports = { A: "a" }; exports.A = "b";', "A", "member A"],
    ['module.exports = { B: "b" }; module.exports.A = "a";', "A", "a"],
    ['module.exports = exports = { A: "a" };', "default", "ObjectExpression"],
    // What TypeScript compiles a module to: the flag, each export declared void 0, then set.
    ['"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.A = void 0;\nexports.A = "a";', "A", "a"],
    ['exports.C = exports.B = exports.A = void 0;\nexports.A = "a";\nexports.C = "c";', "C", "c"],
    ['exports.a = exports.b = "x";', "b", "x"],
    // `exports` bound to the new object too, or `module.exports` set to the very object.
    ['exports.X = "Bad_X"; exports = module.exports = { X: "x" };', "X", "member X"],
    ['module.exports = exports = {}; exports.X = "x";', "X", "x"],
    ['exports.X = "x"; module.exports = exports;', "X", "x"],
    // A new `module.exports` ends what any key written before may have been; a computed key written to the old object is not the new one's.
    ['for (const k of ks) exports[k] = 1; module.exports = { X: "x" };', "X", "member X"],
    ['module.exports = { X: "x" }; for (const k of ks) exports[k] = 1;', "X", "member X"],
    // A function that writes another name, or only reads the export, leaves it as written.
    ['exports.X = "x"; exports.init = (p) => { const local = { X: p }; local.X = p; return exports.X; };', "X", "x"],
    // An ES module's own name `exports` is no CommonJS exports.
    ['const exports = []; exports.push("a"); export const X = "x";', "X", "x"],
  ])("%s exports %s as %s", (code, name, expected) => {
    expect(said(scope(code, other).exported(name))).toBe(expected);
  });

  it.each([
    ['export let A = "a";', "A"],
    ['exports.A = "a"; exports.A = "b";', "A"],
    ['export type A = "a";', "A"],
    ['export function A() { return "a"; }', "A"],
    ['export * from "./missing";', "A"],
    ['export default function () { return "a"; }', "default"],
    // CommonJS writes the tables cannot tell the value from: under a condition, or any key.
    ['exports.A = "a"; if (eu) exports.A = "b";', "A"],
    ['if (eu) { exports.A = "a"; }', "A"],
    ['exports.A = "a"; exports[name] = "b";', "A"],
    ['exports.A = "a"; Object.assign(module.exports, overrides);', "A"],
    ['module.exports = { A: "a" }; if (eu) module.exports = other;', "A"],
    ['exports = { A: "a" };', "A"],
    // A function that writes an export, once called.
    ['exports.PORTAL = "Unset"; exports.init = (p) => { exports.PORTAL = p; };', "PORTAL"],
    ['module.exports = { PORTAL: "Unset" }; function init(p) { module.exports.PORTAL = p; }', "PORTAL"],
    // `void 0` after a value is a write of its own.
    ['exports.X = "Bad_X"; exports.X = void 0;', "X"],
    ['exports.X = "Bad_X"; if (c) exports.X = void 0;', "X"],
    // A property defined on the exports (TypeScript's re-export getter) may be anything.
    ['exports.A = "a"; Object.defineProperty(exports, "A", { enumerable: true, get: () => other.A });', "A"],
  ])("%s gives no value for %s", (code, name) => {
    const exported = scope(code, other).exported(name);
    expect(exported?.kind === "value" && exported.value.node.type === "Literal").toBe(false);
  });

  it.each([
    'export const A = { portal: "Bad_X" }; A.portal = process.env.PORTAL;',
    'export const A = { eu: { portal: "Bad_X" } }; A.eu["portal"] ??= read();',
    'const A = { portal: "Bad_X" }; Object.assign(A, overrides); export { A };',
    'export const A = { portal: "Bad_X" }; delete A.portal;',
    'export const A = ["Bad_X"]; A.push("ok-ok");',
    'export const A = { scopes: [] }; A.scopes.push("keys:read");',
    'export const A = { portal: "Bad_X" }; if (eu) A.portal = "eu-portal";',
    'export const A = { eu: { portal: "Bad_X" } }; Object.assign(A.eu, overrides);',
    // The same of a CommonJS export.
    'exports.A = { portal: "Bad_X" }; exports.A.portal = "ok-ok";',
    'module.exports = { A: { portal: "Bad_X" } }; module.exports.A.portal = "ok-ok";',
    'module.exports.A = { scopes: [] }; exports.A.scopes.push("keys:read");',
    'exports.A = "Bad_X"; delete exports.A;',
    'exports.A = "Bad_X"; exports.A ??= "ok-ok";',
  ])("%s gives no value for A, whose object a top-level statement changes", (code) => {
    expect(scope(code, other).exported("A")).toBeUndefined();
  });

  it("gives the one value `module.exports` is set to as what `require` returns, and none for an object or beside keys", () => {
    expect(said(scope('const S = "s"; module.exports = S;', other).assignedValue())).toBe("Identifier");
    expect(said(scope('module.exports = "s";', other).assignedValue())).toBe("s");
    expect(scope('module.exports = { A: "a" };', other).assignedValue()).toBeUndefined();
    expect(scope('module.exports = open; module.exports.A = "a";', other).assignedValue()).toBeUndefined();
    expect(scope('if (eu) module.exports = "s";', other).assignedValue()).toBeUndefined();
    expect(scope('export default "s";', other).assignedValue()).toBeUndefined();
  });

  it("keeps a const whose object is only read, or whose name another object's change only mentions", () => {
    expect(said(scope('export const A = { portal: "x" }; log(A.portal); B.portal = A; Object.assign(B, A);', other).exported("A"))).toBe("ObjectExpression");
    expect(said(scope('export const A = ["x"]; A.slice(1); A.map(String); B.push(A);', other).exported("A"))).toBe("ArrayExpression");
  });

  it("binds the top-level names, and leaves every other name to the globals", () => {
    const module = scope('import * as ns from "./other"; let changing = 1; function Object() {} export const A = "a";', other);
    const id = (name: string) => ({ type: "Identifier", name }) as TSESTree.Identifier;
    expect(said(module.binding(id("ns")))).toBe("module /other.ts");
    expect(module.binding(id("changing"))).toBeUndefined();
    expect(module.isGlobal(id("changing"))).toBe(false);
    expect(module.isGlobal(id("Object"))).toBe(false);
    expect(module.isGlobal(id("JSON"))).toBe(true);
    expect(module.followsCalls).toBe(false);
  });
});

describe("packageExport: where an export comes from, when a package gives it", () => {
  const barrel = scope('export { f as g } from "pkg/sub.js"; import * as ns from "pkg"; export { ns };', undefined, "/other.ts");

  it.each([
    ['export { f } from "pkg";', "f", { specifier: "pkg", name: "f" }],
    ['export { f as g } from "@scope/pkg/sub.js";', "g", { specifier: "@scope/pkg/sub.js", name: "f" }],
    ['import h from "node:pkg"; export { h as g };', "g", { specifier: "node:pkg", name: "default" }],
    // Through a module of the project, re-exported or starred.
    ['export { g as k } from "./other";', "k", { specifier: "pkg/sub.js", name: "f" }],
    ['export * from "./other";', "g", { specifier: "pkg/sub.js", name: "f" }],
    // A namespace is no one export; a value of the module's own comes from no package.
    ['export * as all from "pkg";', "all", undefined],
    ['export { ns as k } from "./other";', "k", undefined],
    ["export const f = () => 1;", "f", undefined],
    ['export { f } from "./nowhere";', "f", undefined],
  ])("%s: %s", (code, name, expected) => {
    expect(scope(code, barrel).packageExport(name)).toEqual(expected);
  });

  it("stops at a cycle of re-exports", () => {
    const self: ModuleScope = new ModuleScope("/m.ts", readModuleTables(parse('export * from "./other";', "/m.ts") as TSESTree.Program), () => self);
    expect(self.packageExport("f")).toBeUndefined();
  });
});

describe("isPackageSpecifier", () => {
  it.each(["pkg", "@scope/pkg", "@unkey/api/funcs/portalCreateSession.js", "node:fs", ".pkg"])("takes %s for a package", (specifier) => {
    expect(isPackageSpecifier(specifier)).toBe(true);
  });
  it.each(["./a", "../a", ".", "..", "/abs/a.js", "C:\\a.js", "c:/a.js", "file:///a.js"])("takes %s for a file", (specifier) => {
    expect(isPackageSpecifier(specifier)).toBe(false);
  });
});
