// What createRule hands a rule: its docs URL from its name, and its options over the defaults
// whatever ESLint merged before (ESLint 8.57 merges nothing).
import type { TSESLint } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { DOCS_BASE, createRule, mergeOptions } from "./create-rule.js";

type Options = [{ callees?: string[]; depth?: number; nested?: { a?: number; b?: number } }];

/** A rule that hands back the options it was created with. */
function probe() {
  const seen: (readonly unknown[])[] = [];
  const rule = createRule<Options, "x">({
    name: "probe",
    meta: {
      type: "problem",
      docs: { description: "probe", recommended: false },
      messages: { x: "x" },
      schema: [],
      defaultOptions: [{ callees: ["default"], depth: 8, nested: { a: 1, b: 2 } }],
    },
    create: (_context, options) => {
      seen.push(options);
      return {};
    },
  });
  const run = (options: unknown[]) => rule.create({ options } as unknown as Readonly<TSESLint.RuleContext<"x", Options>>);
  return { rule, seen, run };
}

describe("createRule", () => {
  it("derives the docs URL from the rule's name", () => {
    expect(probe().rule.meta.docs?.url).toBe(`${DOCS_BASE}probe.md`);
  });

  it("gives a rule with no options configured the defaults", () => {
    const { seen, run } = probe();
    run([]);
    expect(seen).toEqual([[{ callees: ["default"], depth: 8, nested: { a: 1, b: 2 } }]]);
  });

  it("merges a partial options object over the defaults, as ESLint 9.15 does and 8.57 does not", () => {
    const { seen, run } = probe();
    run([{ depth: 3, nested: { b: 5 } }]);
    expect(seen[0]).toEqual([{ callees: ["default"], depth: 3, nested: { a: 1, b: 5 } }]);
  });

  it("replaces arrays rather than merging them", () => {
    const { seen, run } = probe();
    run([{ callees: ["mine"] }]);
    expect(seen[0]).toEqual([{ callees: ["mine"], depth: 8, nested: { a: 1, b: 2 } }]);
  });

  it("merges a configured object once, however many files are linted with it", () => {
    const { seen, run } = probe();
    const configured = { depth: 1 };
    run([configured]);
    run([configured]);
    expect(seen[0]).toBe(seen[1]);
    expect(seen[0]?.[0]).not.toBe(configured);
  });

  it("runs the rule's create through its gate, which answers for a file the rule has nothing to do in", () => {
    const created: unknown[] = [];
    const rule = createRule<Options, "x">({
      name: "gated",
      meta: { type: "problem", docs: { description: "gated", recommended: false }, messages: { x: "x" }, schema: [], defaultOptions: [{}] },
      // Runs the rule only on a file whose options name callees; none of its options merged yet.
      gate: (create, otherwise) => (context) => (context.options[0]?.callees?.length ? create(context) : otherwise),
      create: (_context, options) => (created.push(options), { Program() {} }),
    });
    const run = (options: unknown[]) => rule.create({ options } as unknown as Readonly<TSESLint.RuleContext<"x", Options>>);
    // Where it has nothing to do, the rule listens to nothing.
    expect(run([{ depth: 1 }])).toEqual({});
    expect(created).toEqual([]);
    expect(run([{ callees: ["mine"] }])).toHaveProperty("Program");
    expect(created).toEqual([[{ callees: ["mine"] }]]);
  });
});

describe("mergeOptions", () => {
  it.each([
    [{ a: 1 }, undefined, { a: 1 }],
    [{ a: 1, b: { c: 1, d: 2 } }, { b: { d: 3 } }, { a: 1, b: { c: 1, d: 3 } }],
    [[1, 2], [3], [3]],
    [{ a: 1 }, "x", "x"],
    [undefined, { a: 1 }, { a: 1 }],
  ])("merges %j under %j into %j", (defaults, options, expected) => {
    expect(mergeOptions(defaults, options)).toEqual(expected);
  });
});

describe("createRule on options ESLint merged already", () => {
  it("hands them to the rule as they are", () => {
    const { seen, run } = probe();
    const merged = [{ callees: ["x"], depth: 1, nested: { a: 3, b: 4 } }];
    run(merged);
    expect(seen[0]).toBe(merged);
  });
});

describe("createRule on ESLint 8.57's partial options, nested", () => {
  it("merges an inner object that lacks a key, though the outer has them all", () => {
    const { seen, run } = probe();
    run([{ callees: ["x"], depth: 1, nested: { b: 4 } }]);
    expect(seen[0]).toEqual([{ callees: ["x"], depth: 1, nested: { a: 1, b: 4 } }]);
  });
});
