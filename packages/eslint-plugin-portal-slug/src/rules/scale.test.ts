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

/** A lint that keeps each rule's time for `getTimes()` (`stats`, which ESLint's types do not name for the Linter yet), fixing nothing. */
const WITH_STATS = { filename: "/scale/file.js", fix: false, stats: true };

/**
 * One lint of `code`: the time the rules took, in milliseconds, as ESLint's own stats count it
 * (their listeners, not the parser's or scope analysis's share, which is ESLint's), and the reports.
 */
function timed(code: string, under: Linter.Config[]): { ms: number; messages: Linter.LintMessage[] } {
  const { messages } = linter.verifyAndFix(code, under, WITH_STATS);
  const ms = (linter.getTimes().passes[0]?.rules ?? {}) as Record<string, { total: number }>;
  return { ms: Object.values(ms).reduce((sum, rule) => sum + rule.total, 0), messages };
}

/**
 * How much longer `make(factor × n)` takes than `make(n)` (both rules, or `under`): about
 * `factor` for a linear cost, its square for a quadratic one. The two are linted in turn, five
 * times each, and the fastest of each compared: a burst of load or a collection of garbage slows
 * a run of one size, not all five.
 */
function growth(make: (uses: number) => string, uses: number, under = config, factor = 8): { ratio: number; small: number; large: number } {
  const codes = [make(uses), make(uses * factor)] as const;
  const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  const reports = [0, 0];
  for (let round = 0; round < 5; round++) {
    codes.forEach((code, i) => {
      const { ms, messages } = timed(code, under);
      best[i] = Math.min(best[i] as number, ms);
      reports[i] = messages.length;
    });
  }
  return { ratio: (best[1] as number) / (best[0] as number), small: reports[0] as number, large: reports[1] as number };
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

// The shapes below grow with both the object and the calls: they start at 250 (500), where the
// rules' work outweighs a loaded machine's noise in the smaller file, and grow eightfold.
const BASE = 250;
/**
 * Their limit: eightfold is linear, 64-fold quadratic; on a machine loaded many times over, the
 * linear cost of these small files has measured up to 29 (garbage collected in the larger one),
 * and the quadratic one it replaced 33 to 101 at a smaller size.
 */
const SHAPE_LIMIT = 40;

/** How many reports both rules make on `code`. */
const reportCount = (code: string): number => linter.verify(code, config, "/scale/file.js").length;

// Timed with valid-slug alone, as the issue measured them: with both rules the n reports of
// unknown keys, and the garbage they leave, weigh more in the larger file than the rules' reading does.
describe("an object's time grows with the object, however many calls send or spread it", () => {
  // Each has n fields and n calls: building every field for each call costs n², as it did.
  it("an object spread three times into a const that many calls send is read once", () => {
    const make = (n: number) => `const B = ${large(n)};\nconst O = { ...B, ...B, ...B };\n${calls(n, "unkey.portal.createSession(O);")}`;
    const slug = growth(make, BASE, slugOnly);
    expect([slug.small, slug.large]).toEqual([1, 1]);
    expect(slug.ratio).toBeLessThan(SHAPE_LIMIT);
    // Each of B's keys is unknown to createSession, and O lacks two fields: n + 3 reports.
    expect(reportCount(make(BASE))).toBe(BASE + 3);
  });

  it("the same spreads written at every call: the portal field is looked up from the last spread back, and the body judged once", () => {
    const make = (n: number) => `const B = ${large(n)};\n${calls(n, "unkey.portal.createSession({ ...B, ...B, ...B });")}`;
    const slug = growth(make, BASE, slugOnly);
    expect([slug.small, slug.large]).toEqual([1, 1]);
    expect(slug.ratio).toBeLessThan(SHAPE_LIMIT);
    // B's n keys once, and the two missing fields at each call's brace: 3n + 1 with the slug.
    expect(reportCount(make(BASE))).toBe(3 * BASE + 1);
  });

  it("a large spread with a key of each call's own: its fields are judged once, each call pays for its own key", () => {
    // Each call's body is an object of its own: judging B's n fields again at each call was n².
    const make = (n: number) => `const B = ${large(n)};\n${calls(n, 'unkey.portal.createSession({ ...B, externalId: "u" });')}`;
    // Timed with both rules, the body rule being the one that was n²; from 500, as its 2n reports
    // and their garbage make the smaller file's time the noisier.
    const n = 2 * BASE;
    const both = growth(make, n);
    // B's n keys unknown to createSession, once; "permissions" missing at each call's brace; the slug once.
    expect([both.small, both.large]).toEqual([2 * n + 1, 2 * 8 * n + 1]);
    expect(both.ratio).toBeLessThan(SHAPE_LIMIT);
  });

  it("a large spread with a key of each call's own that overrides one of its keys: its other fields are judged once", () => {
    // The own key takes the spread key's place: judging B's n fields again at each call was n².
    const make = (n: number) => `const B = ${large(n)};\n${calls(n, "unkey.portal.createSession({ ...B, p0: 1 });")}`;
    const n = 2 * BASE;
    const both = growth(make, n);
    // B's n - 1 other keys unknown, once; p0 unknown and two fields missing at each call; the slug once.
    expect([both.small, both.large]).toEqual([4 * n, 4 * 8 * n]);
    expect(both.ratio).toBeLessThan(SHAPE_LIMIT);
  });

  it("a large spread with keys of each call's own on both sides: its fields are judged once", () => {
    // An own key before the spread stands before its fields, one after it after them (p0 overridden).
    const make = (n: number) => `const B = ${large(n)};\n${calls(n, 'unkey.portal.createSession({ externalId: "u", ...B, p0: 1 });')}`;
    const n = 2 * BASE;
    const both = growth(make, n);
    // B's n - 1 other keys unknown, once; p0 unknown and "permissions" missing at each call; the slug once.
    expect([both.small, both.large]).toEqual([3 * n, 3 * 8 * n]);
    expect(both.ratio).toBeLessThan(SHAPE_LIMIT);
  });

  it("a large spread beside an object literal spread in place at each call: that object's keys are the call's own", () => {
    // `...{ externalId }` is one more object at each call: judging B's n fields again with it was n².
    const make = (n: number) => `const B = ${large(n)};\n${calls(n, 'unkey.portal.createSession({ ...B, ...{ externalId: "u" } });')}`;
    const n = 2 * BASE;
    const both = growth(make, n);
    // As with the key written in the body: B's n keys once, "permissions" missing at each call, the slug once.
    expect([both.small, both.large]).toEqual([2 * n + 1, 2 * 8 * n + 1]);
    expect(both.ratio).toBeLessThan(SHAPE_LIMIT);
  });

  it("a destructuring of many names, each sent by a call, is walked once", () => {
    // Finding each name's key by a walk of the whole pattern was n²; the values are good but the
    // last, so that the time is the following's, not the reports'.
    const each = (n: number, item: (i: number) => string, glue: string) => Array.from({ length: n }, (_, i) => item(i)).join(glue);
    const make = (n: number) =>
      `const O = { ${each(n, (i) => `p${i}: "${i === n - 1 ? "Bad_Slug" : `ok-${i}`}"`, ", ")} };\nconst { ${each(n, (i) => `p${i}: s${i}`, ", ")} } = O;\n${each(n, (i) => `unkey.portal.createSession({ slug: s${i} });`, "\n")}`;
    const { ratio, small, large: reports } = growth(make, 4 * BASE, slugOnly);
    expect([small, reports]).toEqual([1, 1]);
    expect(ratio).toBeLessThan(SHAPE_LIMIT);
  });

  it("values put together from parts: a chain of consts each a template of the one before, sent by every call, and long sums", () => {
    // Each call reads at most 64 parts, 8 templates deep, however long the chain or the sum: the
    // work a call is bounded, and the file's time grows with the calls.
    const chain = (n: number) => Array.from({ length: n }, (_, i) => `const P${i + 1} = \`\${P${i}}-\${P${i}}\`;`).join("\n");
    const make = (n: number) =>
      `const P0 = "Ab";\n${chain(n)}\nconst SUM = ${Array.from({ length: 65 + n }, (_, i) => `"${i % 10}"`).join(" + ")};\n${calls(n, `unkey.portal.createSession({ slug: P${n} }); unkey.portal.createSession({ slug: SUM + "_x" });`)}`;
    const { ratio, small, large: reports } = growth(make, BASE / 5, slugOnly);
    // The chain is too deep to read, its static part "-" right; the sum too long: nothing to say, and nothing guessed.
    expect([small, reports]).toEqual([0, 0]);
    expect(ratio).toBeLessThan(SHAPE_LIMIT);
  });

  it("a body with many computed keys among its fields is read in one pass", () => {
    // Each computed key may overwrite every field before it: marking them one key at a time was n².
    const make = (n: number) =>
      `unkey.portal.createSession({ ${Array.from({ length: n }, (_, i) => `p${i}: ${i}, [k${i}]: ${i}, `).join("")}slug: "Bad_Slug" });`;
    const { ratio, small, large: reports } = growth(make, 2 * BASE, slugOnly);
    expect([small, reports]).toEqual([1, 1]);
    expect(ratio).toBeLessThan(SHAPE_LIMIT);
    // With both rules, the slug and each p key (written before a computed key, its place is still known).
    expect(reportCount(make(2 * BASE))).toBe(2 * BASE + 1);
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
