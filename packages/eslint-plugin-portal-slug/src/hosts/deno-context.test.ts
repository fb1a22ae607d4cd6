// ESLint's reports turned into Deno's: the words as ESLint fills them in (ESLint itself the
// oracle), the place as a range, suggestions as hints, a fix that gives nothing guarded.
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { Linter, type Rule } from "eslint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { denoRule, fillMessage, toDenoReport, type DenoReport } from "./deno-context.js";
import { createSourceCode } from "./source-code.js";

describe("fillMessage", () => {
  it("fills a message's placeholders as ESLint does, whatever the message and the data", () => {
    const linter = new Linter();
    const name = fc.constantFrom("kind", " kind ", "slug", "a b", "", "{", "}", "missing");
    const part = fc.oneof(
      fc.constantFrom("{{", "}}", "{", "}", " ", "x", "é"),
      name.map((key) => `{{${key}}}`),
    );
    const value = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(undefined), fc.constant(null), fc.constant("{{ slug }}"));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), fc.dictionary(fc.constantFrom("kind", "slug", "a b", "missing"), value), (parts, data) => {
        const template = parts.join("") || "x";
        const rule: Rule.RuleModule = {
          meta: { messages: { it: template } },
          create: (context) => ({ Program: (node) => context.report({ node, messageId: "it", data: data as Record<string, string> }) }),
        };
        const [message] = linter.verify("x;", { plugins: { t: { rules: { rule } } }, rules: { "t/rule": "error" } });
        expect(fillMessage(template, data)).toBe(message?.message);
      }),
      { numRuns: 500 },
    );
  });
});

describe("toDenoReport", () => {
  const text = 'const a = 1;\r\nunkey.portal.createSession({ portal: "My_Portal" });\n';
  const sourceCode = createSourceCode("/project/a.ts", text);
  const literal = (sourceCode.ast.body[1] as TSESTree.ExpressionStatement).expression as TSESTree.CallExpression;
  const node = (literal.arguments[0] as TSESTree.ObjectExpression).properties[0] as TSESTree.Property;
  const messages = { bad: "Invalid {{ what }}", fix: "Replace with {{ to }}" };

  it("puts a report on its node's range, or on its location's as ESLint counts lines and columns", () => {
    const at = text.indexOf('"My_Portal"');
    expect(toDenoReport({ node, messageId: "bad", data: { what: "slug" } }, sourceCode, messages, "p/r")).toEqual({
      range: node.range,
      message: "Invalid slug",
    });
    // ESLint's columns count from 0 here: line 2 starts after the "\r\n".
    const loc = { start: { line: 2, column: at - 14 + 1 }, end: { line: 2, column: at - 14 + 3 } };
    expect(toDenoReport({ node, loc, message: "words" }, sourceCode, messages, "p/r").range).toEqual([at + 1, at + 3]);
    expect(toDenoReport({ node, loc: loc.start, message: "words" }, sourceCode, messages, "p/r").range).toEqual([at + 1, at + 1]);
  });

  it("says each suggestion's words as the hint, and gives no hint without one", () => {
    const suggest = [
      { messageId: "fix", data: { to: '"my-portal"' } },
      { desc: "Or remove it", fix: () => null },
    ];
    expect(toDenoReport({ node, messageId: "bad", data: { what: "x" }, suggest }, sourceCode, messages, "p/r").hint).toBe(
      'Replace with "my-portal"; Or remove it',
    );
    expect(toDenoReport({ node, messageId: "bad", suggest: [] }, sourceCode, messages, "p/r")).not.toHaveProperty("hint");
  });

  it("gives Deno no null from a fix, which would lose every report of the file there", () => {
    const fixer = { replaceText: (target: { range: [number, number] }, with_: string) => ({ range: target.range, text: with_ }) };
    const none = toDenoReport({ node, message: "m", fix: () => null }, sourceCode, messages, "p/r");
    expect(none.fix?.(fixer)).toEqual([]);
    const one = toDenoReport({ node, message: "m", fix: (f) => (f as typeof fixer).replaceText(node, "x") }, sourceCode, messages, "p/r");
    expect(one.fix?.(fixer)).toEqual({ range: node.range, text: "x" });
    expect(toDenoReport({ node, message: "m" }, sourceCode, messages, "p/r")).not.toHaveProperty("fix");
  });

  it("fails where ESLint fails, not with an empty report", () => {
    expect(() => toDenoReport({ node, messageId: "nope" }, sourceCode, messages, "p/r")).toThrow(
      'The rule p/r reported "nope", which its meta.messages does not hold',
    );
    expect(() => toDenoReport({ message: "m" }, sourceCode, messages, "p/r")).toThrow("The rule p/r reported with neither a node nor a location");
  });
});

describe("denoRule", () => {
  /** Runs `rule` as Deno would on `text`, and answers what it reported. */
  const run = (rule: { create: (context: never) => TSESLint.RuleListener }, text: string): DenoReport[] => {
    const reports: DenoReport[] = [];
    const visitors = denoRule(rule as never, { options: [], settings: {} }).create({
      id: "p/r",
      filename: "/project/a.ts",
      sourceCode: { text },
      report: (report) => reports.push(report),
    });
    visitors["Program"]?.({});
    return reports;
  };

  it("hands the rule ESLint's context: options, settings, cwd, the file's paths, and the SourceCode", () => {
    let seen: Record<string, unknown> = {};
    const rule = {
      create: (context: TSESLint.RuleContext<string, unknown[]>) => {
        seen = { ...context, scope: context.sourceCode.getScope(context.sourceCode.ast).type };
        return {};
      },
    };
    expect(run(rule, "const x = 1;")).toEqual([]);
    expect(seen).toMatchObject({
      id: "p/r",
      options: [],
      settings: {},
      cwd: process.cwd(),
      filename: "/project/a.ts",
      physicalFilename: "/project/a.ts",
      scope: "global",
    });
  });

  it("calls the rule's listeners on the tree, and refuses a selector it cannot call rather than pass in silence", () => {
    const rule = {
      create: (context: TSESLint.RuleContext<string, unknown[]>) => ({
        Literal: (node: TSESTree.Literal) => context.report({ node, message: `literal ${node.raw}` } as never),
      }),
    };
    expect(run(rule, "f(1, 'two');").map(({ message, range }) => [message, range])).toEqual([
      ["literal 1", [2, 3]],
      ["literal 'two'", [5, 10]],
    ]);
    expect(() => run({ create: () => ({ "CallExpression > Literal": () => {} }) }, "f(1);")).toThrow(
      'The rule p/r listens for "CallExpression > Literal", a selector: the Deno entry calls listeners by node type only',
    );
  });
});
