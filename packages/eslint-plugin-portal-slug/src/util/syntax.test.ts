// How a destructuring pattern binds its names, held to JavaScript's own destructuring: for any
// pattern over any value, the keys each name is followed along lead to the value the name holds.
import type { TSESTree } from "@typescript-eslint/utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse } from "../testing/analyse.js";
import { destructuredPaths, type DestructuringPattern } from "./syntax.js";

/** A pattern as written, with the names it binds; `followed` says whether a name's value is read by keys alone. */
type Pattern = { readonly text: string; readonly names: readonly { name: string; followed: boolean }[] };

let counter = 0;
const fresh = () => `n${counter++}`;

/** A name, a name with a default, or a nested object or array pattern. */
const pattern: fc.Arbitrary<Pattern> = fc.letrec<{ pattern: Pattern }>((tie) => ({
  pattern: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null).map(() => {
      const name = fresh();
      return { text: name, names: [{ name, followed: true }] };
    }),
    fc.constant(null).map(() => {
      const name = fresh();
      return { text: `${name} = "default"`, names: [{ name, followed: false }] };
    }),
    fc.array(fc.tuple(fc.constantFrom("a", "b", "c"), tie("pattern")), { minLength: 1, maxLength: 3 }).map((entries) => {
      const unique = [...new Map(entries).entries()];
      return { text: `{ ${unique.map(([key, inner]) => `${key}: ${inner.text}`).join(", ")} }`, names: unique.flatMap(([, inner]) => inner.names) };
    }),
    fc.array(fc.option(tie("pattern"), { nil: undefined }), { minLength: 1, maxLength: 3 }).map((elements) => ({
      text: `[${elements.map((inner) => inner?.text ?? "").join(", ")}${elements.at(-1) === undefined ? "," : ""}]`,
      names: elements.flatMap((inner) => inner?.names ?? []),
    })),
  ),
})).pattern;

/** Nested objects and arrays with string leaves, deep enough for any pattern above. */
const value: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string({ maxLength: 3 }),
    fc.record({ a: tie("value"), b: tie("value"), c: tie("value") }),
    fc.array(tie("value"), { minLength: 3, maxLength: 3 }),
  ),
})).value;

describe("destructuredPaths", () => {
  it("follows each plain name to the value JavaScript binds it to, and no name with a default", () => {
    let compared = 0;
    fc.assert(
      fc.property(
        pattern.filter((p) => p.text.startsWith("{") || p.text.startsWith("[")),
        value,
        (written, held) => {
          const json = JSON.stringify(held);
          // JavaScript's answer, where destructuring this value throws nothing.
          let bound: Record<string, unknown>;
          try {
            bound = new Function(`const ${written.text} = ${json}; return { ${written.names.map(({ name }) => name).join(", ")} };`)() as Record<
              string,
              unknown
            >;
          } catch {
            return;
          }
          const file = analyse(`const ${written.text} = V;`);
          const declarator = file.all<TSESTree.VariableDeclarator>("VariableDeclarator")[0] as TSESTree.VariableDeclarator;
          const paths = destructuredPaths(declarator.id as DestructuringPattern);
          const byName = new Map([...paths].map(([id, keys]) => [id.name, keys]));
          expect([...byName.keys()].sort()).toEqual(written.names.map(({ name }) => name).sort());
          for (const { name, followed } of written.names) {
            const keys = byName.get(name);
            if (!followed) expect(keys).toBeUndefined();
            else {
              expect(keys).toBeDefined();
              const reached = (keys as readonly string[]).reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], held);
              expect(reached).toEqual(bound[name]);
              compared++;
            }
          }
        },
      ),
      { numRuns: 300 },
    );
    // Most values fit most patterns: the runs compared names, not only skipped a throwing value.
    expect(compared).toBeGreaterThan(100);
  });
});
