// The SourceCode made for hosts without ESLint's against ESLint's own, from typescript-eslint's
// parser on the same text: the same tree, scopes, tokens and positions, node for node.
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse, nodesOf } from "../testing/analyse.js";
import { createSourceCode, runListeners, UnreadableFileError } from "./source-code.js";

/** Code with every kind of scope and the syntax that makes tokens and positions hard. */
const SAMPLES: Record<string, string> = {
  "/project/src/scopes.ts": [
    "#!/usr/bin/env node",
    'import { portalCreateSession as open } from "@unkey/api/funcs/portalCreateSession.js";',
    'import type { Unkey } from "@unkey/api";',
    'const SLUG = "billing-portal";',
    "export function start(unkey: Unkey, slug = SLUG) {",
    "  const local = `${slug}-eu`;",
    '  for (let i = 0; i < 2; i++) { const SLUG = "Shadow_ed"; void SLUG; }',
    '  try { throw new Error("x"); } catch (error) { void error; }',
    '  switch (slug) { case "a": { const inner = 1; void inner; } }',
    "  const named = function again(n: number): number { return n ? again(n - 1) : 0; };",
    "  class Box<T> { static { void 0; } #value?: T; method() { return this.#value; } }",
    '  enum Kind { A = "a", B = "b" }',
    "  namespace Space { export const x = 1; }",
    '  return open(unkey, { portal: local, externalId: "u", scopes: ["keys:read"] }) ?? [named, Box, Kind.A, Space.x];',
    "}",
  ].join("\r\n"),
  "/project/src/view.tsx": 'const Page = ({ slug }: { slug: string }) => <a href={`/p/${slug}`}>{"Ünïcödé 😀"}</a>;\u2028export default Page;\n',
  "/project/src/legacy.cjs":
    'const { portalCreateSession } = require("@unkey/api/funcs/portalCreateSession");\nmodule.exports = (core) => portalCreateSession(core, { slug: "x" });\r',
};

describe.each(Object.entries(SAMPLES))("the SourceCode of %s", (filename, text) => {
  const eslint = analyse(text, { filename }).sourceCode;
  const ours = createSourceCode(filename, text);
  const theirs = nodesOf(eslint);
  const mine = nodesOf(ours);

  it("holds the tree ESLint holds, with every node's parent set", () => {
    expect(mine.map((node) => [node.type, ...node.range])).toEqual(theirs.map((node) => [node.type, ...node.range]));
    expect(mine.map((node) => node.parent && mine.indexOf(node.parent))).toEqual(theirs.map((node) => node.parent && theirs.indexOf(node.parent)));
    expect(ours.text).toBe(text);
    expect(ours.lines).toEqual(eslint.lines);
  });

  it("gives every node the scope, declared variables and first token ESLint gives it", () => {
    const scopeOf = (sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node) => {
      const scope = sourceCode.getScope(node);
      // ESLint declares the language's globals in the global scope, as variables without definitions.
      const declared = scope.variables.filter((variable) => variable.defs.length > 0);
      return [scope.type, ...scope.block.range, declared.map((variable) => variable.name).join()];
    };
    expect(mine.map((node) => scopeOf(ours, node))).toEqual(theirs.map((node) => scopeOf(eslint, node)));
    expect(mine.map((node) => ours.getDeclaredVariables(node).map((variable) => variable.name))).toEqual(
      theirs.map((node) => eslint.getDeclaredVariables(node).map((variable) => variable.name)),
    );
    expect(mine.map((node) => ours.getFirstToken(node)?.range)).toEqual(theirs.map((node) => eslint.getFirstToken(node)?.range));
    expect(mine.map((node) => ours.getText(node))).toEqual(theirs.map((node) => eslint.getText(node)));
  });

  it("has the global scope's unresolved references of ESLint's, less the globals ESLint declares", () => {
    const names = (sourceCode: Readonly<TSESLint.SourceCode>) => sourceCode.scopeManager?.globalScope?.through.map((reference) => reference.identifier.name);
    // ESLint declares the language's built-in globals (and CommonJS's in a .cjs file) before
    // rules run; the rules ask the global scope only for `require`, which both leave unresolved
    // in an ES module and both find in a CommonJS one.
    const declared = new Set(["Error", "module", "require", "exports"]);
    expect(names(ours)?.filter((name) => !declared.has(name))).toEqual(names(eslint)?.filter((name) => !declared.has(name)));
  });

  it("turns every index into ESLint's line and column, and back", () => {
    const indices = Array.from({ length: text.length + 1 }, (_, index) => index);
    expect(indices.map((index) => ours.getLocFromIndex(index))).toEqual(indices.map((index) => eslint.getLocFromIndex(index)));
    expect(indices.map((index) => ours.getIndexFromLoc(eslint.getLocFromIndex(index)))).toEqual(indices);
  });
});

describe("positions in any text", () => {
  it("are ESLint's, whatever line breaks and characters the text holds", () => {
    const unit = fc.constantFrom("a", " ", "\n", "\r", "\r\n", "\u2028", "\u2029", "😀", "é", ";");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = `const x = 1;${units.join("").replace(/[^\s]+/g, (word) => `// ${word}`)}`;
        const eslint = analyse(text).sourceCode;
        const ours = createSourceCode("/project/file.ts", text);
        for (let index = 0; index <= text.length; index++) expect(ours.getLocFromIndex(index)).toEqual(eslint.getLocFromIndex(index));
        expect(ours.lines).toEqual(eslint.lines);
      }),
      { numRuns: 150 },
    );
  });
});

describe("a text typescript-estree cannot parse", () => {
  it("throws UnreadableFileError with the parser's place (from 1) and words", () => {
    expect(() => createSourceCode("/project/bad.ts", "const a = 1;\nunkey.portal.createSession({ portal: 'x' ")).toThrow(UnreadableFileError);
    try {
      createSourceCode("/project/bad.ts", "const a = 1;\nlet = = 2;");
    } catch (error) {
      // The second "=", where an expression was expected.
      expect(error).toMatchObject({ line: 2, column: 7, reason: "Expression expected." });
    }
    expect.assertions(2);
  });
});

describe("runListeners", () => {
  it("enters and leaves every node in ESLint's order, and calls no listener for a type it has none of", () => {
    const ours = createSourceCode("/project/a.ts", "f(g(1), new H());");
    const seen: string[] = [];
    runListeners(ours, {
      CallExpression: (node) => seen.push(`enter ${ours.getText(node)}`),
      "CallExpression:exit": (node) => seen.push(`leave ${ours.getText(node)}`),
      NewExpression: (node) => seen.push(`new ${ours.getText(node)}`),
    });
    expect(seen).toEqual(["enter f(g(1), new H())", "enter g(1)", "leave g(1)", "new new H()", "leave f(g(1), new H())"]);
  });
});
