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

const slugOnly: Linter.Config[] = [{ ...config[0], rules: { "portal-slug/valid-slug": "error" } }];

/** The fastest of three lints of `code`, in milliseconds, and the reports. */
function timed(code: string, under: Linter.Config[]): { ms: number; messages: Linter.LintMessage[] } {
  let best = Number.POSITIVE_INFINITY;
  let messages: Linter.LintMessage[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    messages = linter.verify(code, under, "/scale/file.js");
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, messages };
}

/** How much longer `make(8n)` takes than `make(n)` (both rules, or `under`): about 8 for a linear cost, 64 for a quadratic one. */
function growth(make: (uses: number) => string, uses: number, under = config): { ratio: number; small: number; large: number } {
  const small = timed(make(uses), under);
  const large = timed(make(uses * 8), under);
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

/** `{ p0: 0, …, p(n-1): n-1, slug: "Bad_Slug" }`: a large object whose one wrong field is its portal's. */
const large = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `p${i}: ${i}, `).join("")}slug: "Bad_Slug" }`;

describe("an object's time grows with the object, however many calls send or spread it", () => {
  // Each has n fields and n calls: building every field for each call costs n², as it did.
  it("an object spread three times into a const that many calls send is read once", () => {
    const make = (n: number) => `const B = ${large(n)};\nconst O = { ...B, ...B, ...B };\n${calls(n, "unkey.portal.createSession(O);")}`;
    const slug = growth(make, 100, slugOnly);
    expect([slug.small, slug.large]).toEqual([1, 1]);
    expect(slug.ratio).toBeLessThan(24);
    // Each of B's keys is unknown to createSession, and O lacks two fields: n + 3 reports.
    const both = growth(make, 100);
    expect([both.small, both.large]).toEqual([103, 803]);
    expect(both.ratio).toBeLessThan(24);
  });

  it("the same spreads written at every call: the portal field is looked up from the last spread back, and the body judged once", () => {
    const make = (n: number) => `const B = ${large(n)};\n${calls(n, "unkey.portal.createSession({ ...B, ...B, ...B });")}`;
    const slug = growth(make, 100, slugOnly);
    expect([slug.small, slug.large]).toEqual([1, 1]);
    expect(slug.ratio).toBeLessThan(24);
    // B's n keys once, and the two missing fields at each call's brace: 3n + 1 with the slug.
    const both = growth(make, 100);
    expect([both.small, both.large]).toEqual([301, 2401]);
    expect(both.ratio).toBeLessThan(24);
  });

  it("a body with many computed keys among its fields is read in one pass", () => {
    // Each computed key may overwrite every field before it: marking them one key at a time was n².
    const make = (n: number) =>
      `unkey.portal.createSession({ ${Array.from({ length: n }, (_, i) => `p${i}: ${i}, [k${i}]: ${i}, `).join("")}slug: "Bad_Slug" });`;
    const { ratio, small, large: reports } = growth(make, 250);
    // The slug, and each p key (written before a computed key, its place is still known).
    expect([small, reports]).toEqual([251, 2001]);
    expect(ratio).toBeLessThan(24);
  });
});

describe("chains the rules follow stay within their step limits, whatever their length", () => {
  const chains: [string, (n: number) => string, number][] = [
    [
      "objects that each spread the one before",
      (n) =>
        `const A0 = { slug: "Bad_Slug" };\n${Array.from({ length: n }, (_, i) => `const A${i + 1} = { ...A${i}, q${i}: ${i} };`).join("\n")}\n${calls(n, `unkey.portal.createSession(A${n});`)}`,
      // Only the last eight spreads are followed: the slug is out of reach, and q keys past it are unknown fields.
      8,
    ],
    [
      "consts that each name the one before",
      (n) =>
        `const C0 = "Bad_Slug";\n${Array.from({ length: n }, (_, i) => `const C${i + 1} = C${i};`).join("\n")}\n${calls(n, `unkey.portal.createSession({ slug: C${n}, externalId: "u", permissions: ["keys:read"] });`)}`,
      0,
    ],
    [
      "a long conditional chain",
      (n) =>
        `const S = ${Array.from({ length: n }, (_, i) => `c${i} ? "Bad_${i}" : `).join("")}"x";\n${calls(n, `unkey.portal.createSession({ slug: S, externalId: "u", permissions: ["keys:read"] });`)}`,
      // The first 32 branches (64 steps) are judged, once however many calls send them.
      32,
    ],
  ];
  it.each(chains)("%s", (_, make, reports) => {
    const { ratio, small, large: larger } = growth(make, 100);
    expect([small, larger]).toEqual([reports, reports]);
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
