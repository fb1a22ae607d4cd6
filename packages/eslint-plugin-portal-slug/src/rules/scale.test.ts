// How the rules scale with the file: a written value is judged once however many calls send it,
// so time grows with the file, not with uses × length; and a literal type with many wrong members
// makes one report an expression, with their count, not one a member. Time is compared between two
// sizes of the same file in one process (the smaller a warm-up for the larger), with a margin wide
// enough for a loaded machine and far below what a quadratic cost gives.
import path from "node:path";
import { fileURLToPath } from "node:url";
import parser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../index.js";

const rules: Linter.RulesRecord = { "portal-slug/valid-slug": "error", "portal-slug/valid-session-body": "error" };
const config: Linter.Config[] = [{ files: ["**/*.js"], plugins: { "portal-slug": plugin }, rules }];
const linter = new Linter({ cwd: "/" });

/** The fastest of three lints of `code`, in milliseconds, and the reports. */
function timed(code: string): { ms: number; messages: Linter.LintMessage[] } {
  let best = Number.POSITIVE_INFINITY;
  let messages: Linter.LintMessage[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    messages = linter.verify(code, config, "/scale/file.js");
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, messages };
}

/** How much longer `make(8n)` takes than `make(n)`: about 8 for a linear cost, 64 for a quadratic one. */
function growth(make: (uses: number) => string, uses: number): { ratio: number; small: number; large: number } {
  const small = timed(make(uses));
  const large = timed(make(uses * 8));
  return { ratio: large.ms / small.ms, small: small.messages.length, large: large.messages.length };
}

const LONG = "A".repeat(100_000);
const calls = (uses: number, call: string) => Array.from({ length: uses }, () => call).join("\n");

describe("the rules' time grows with the file", () => {
  it("a 100 KB invalid literal sent by many calls is judged and reported once", () => {
    const { ratio, small, large } = growth(
      (uses) => `const S = "${LONG}";\n${calls(uses, `unkey.portal.createSession({ slug: S, externalId: "u", permissions: ["keys:read"] });`)}`,
      100,
    );
    expect([small, large]).toEqual([1, 1]);
    expect(ratio).toBeLessThan(24);
  });

  it("a spread object with wrong values sent by many calls is reported once a place", () => {
    const { ratio, small, large } = growth(
      (uses) => `const BASE = { externalID: "u", scopes: ["keys.read"], portal: "${LONG}" };\n${calls(uses, `unkey.portal.createSession({ ...BASE });`)}`,
      100,
    );
    expect([small, large]).toEqual([3, 3]);
    expect(ratio).toBeLessThan(24);
  });
});

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");

describe("a literal type with many wrong members", () => {
  it("makes one report an expression, naming the first and counting the rest", () => {
    const typed = new Linter({ cwd: fixtures });
    const union = Array.from({ length: 300 }, (_, i) => `"Bad_${i}"`).join(" | ");
    const scopes = Array.from({ length: 300 }, (_, i) => `"keys.r${i}"`).join(" | ");
    const code = `declare const slug: ${union};\ndeclare const scope: ${scopes};\n${calls(20, `unkey.portal.createSession({ slug, externalId: "u", permissions: [scope] });`)}`;
    const messages = typed.verify(
      code,
      [
        {
          files: ["**/*.ts"],
          languageOptions: { parser, parserOptions: { projectService: true, tsconfigRootDir: fixtures } },
          plugins: { "portal-slug": plugin },
          rules,
        },
      ],
      path.join(fixtures, "file.ts"),
    );
    const slugReports = messages.filter((message) => message.ruleId === "portal-slug/valid-slug");
    const bodyReports = messages.filter((message) => message.ruleId === "portal-slug/valid-session-body");
    expect([slugReports.length, bodyReports.length]).toEqual([20, 20]);
    expect(slugReports[0]?.message).toMatch(/^Invalid portal slug "Bad_0" \(and 299 more members of its type\): /);
    expect(bodyReports[0]?.message).toMatch(/^permissions\[0\] \(and 299 more values of its type\): "keys\.r0" is not a scope: .*or analytics:read$/);
  });
});
