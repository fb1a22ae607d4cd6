// The plugin under oxlint's jsPlugins, through oxlint's own command (its RuleTester needs a newer
// Node): on each example project it must report exactly what ESLint reports without type
// information, at the same characters, with the same words. oxlint gives rules no type
// information, so what only the types know stays silent there, never wrong.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { eslintLines, oxlintLines } from "./support/example-lints.js";
import { root } from "./support/workspace.js";

describe.each(["portal-app", "portal-service"])("oxlint on examples/%s", (name) => {
  const example = join(root, "examples", name);

  it("reports what ESLint reports, line for line, and exits 1 for them", async () => {
    const [eslint, oxlint] = await Promise.all([eslintLines(example), oxlintLines(example)]);
    expect(eslint.lines.length).toBeGreaterThan(0);
    expect(oxlint.lines).toEqual(eslint.lines);
    expect([eslint.status, oxlint.status]).toEqual([1, 1]);
  });
});
