// A bounded fuzz run in the test command: random createSession programs built from the shapes
// and values the rules read, and random mutations of hand-written ones, through both rules on
// espree and on typescript-eslint's parser. Whatever the program, no rule throws, every report
// and every suggestion's edit lies inside the file, and none starts or ends inside a surrogate pair.
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import plugin from "eslint-plugin-portal-slug";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const rules: Linter.RulesRecord = {
  "portal-slug/valid-slug": ["error", { callees: [{ name: "open", argument: 1, property: "portal" }] }],
  "portal-slug/valid-session-body": ["error", { callees: [{ name: "open", argument: 1 }], olderBody: "always" }],
};
const linter = new Linter({ cwd: "/" });
const PARSERS: readonly (readonly [string, Linter.Config[]])[] = [
  ["espree", [{ files: ["**/*.js"], plugins: { "portal-slug": plugin }, rules }]],
  ["typescript-eslint", [{ files: ["**/*.js"], plugins: { "portal-slug": plugin }, rules, languageOptions: { parser: tsParser } }]],
];

/** Where each line of `code` starts, as ESLint counts lines. */
function lineStarts(code: string): number[] {
  const starts = [0];
  for (const match of code.matchAll(/\r\n|[\r\n\u2028\u2029]/g)) starts.push((match.index as number) + match[0].length);
  return starts;
}

/** Whether offset `at` of `code` falls between the two halves of a surrogate pair. */
const cutsPair = (code: string, at: number): boolean =>
  at > 0 && at < code.length && /[\uD800-\uDBFF]/.test(code[at - 1] as string) && /[\uDC00-\uDFFF]/.test(code[at] as string);

/** Lints `code` with both rules on `config`; throws what a rule throws; answers what is wrong with the reports. */
function faults(code: string, config: Linter.Config[]): string[] {
  const messages = linter.verify(code, config, "/fuzz/file.js");
  const starts = lineStarts(code);
  const found: string[] = [];
  for (const message of messages) {
    if (message.fatal) continue;
    const offset = (line: number, column: number): number => (starts[line - 1] ?? Number.NaN) + column - 1;
    const start = offset(message.line, message.column);
    const end = offset(message.endLine ?? message.line, message.endColumn ?? message.column);
    if (!(start >= 0 && start <= end && end <= code.length)) found.push(`${message.ruleId} reports outside the file: ${start}-${end} of ${code.length}`);
    if (cutsPair(code, start) || cutsPair(code, end)) found.push(`${message.ruleId} cuts a surrogate pair at ${start}-${end}`);
    for (const { fix } of message.suggestions ?? []) {
      const [from, to] = fix.range;
      if (!(from >= 0 && from <= to && to <= code.length)) found.push(`a suggestion edits outside the file: ${from}-${to}`);
      if (cutsPair(code, from) || cutsPair(code, to)) found.push(`a suggestion cuts a surrogate pair at ${from}-${to}`);
    }
  }
  return found;
}

// The pieces programs are made of: what the rules read, at their edges.
const text = fc.oneof(
  fc.constantFrom(
    "docs",
    "My-Portal",
    "a_b",
    "-x",
    "x-",
    "a--b",
    "pc_3Kd9xQ2",
    "pc_",
    "",
    "😀",
    "a😀b",
    "\uD83D",
    "\uDE00x",
    "ß",
    "İ",
    "keys.read",
    "keys:read",
    `${"a".repeat(63)}😀`,
    `${"a".repeat(70)}😀b`,
  ),
  fc.string({ unit: "binary", maxLength: 12 }),
);
const quotedText = text.map((value) => JSON.stringify(value));
const escapedText = text.map((value) => `"${[...value].map((char) => `\\u{${(char.codePointAt(0) as number).toString(16)}}`).join("")}"`);
const template = fc.tuple(text, text).map(([a, b]) => `\`${a.replace(/[`\\$]/g, "")}\${x}${b.replace(/[`\\$]/g, "")}\``);
const scalar = fc.oneof(quotedText, escapedText, template, fc.constantFrom("1", "true", "null", "undefined", "x", "f()", "[]", "{}", "/r/"));
const value: fc.Arbitrary<string> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.tuple(tie("value"), tie("value")).map(([a, b]) => `(c ? ${a} : ${b})`),
    fc.tuple(tie("value"), tie("value")).map(([a, b]) => `(${a} ?? ${b})`),
    fc.array(fc.oneof(tie("value"), fc.constant("...rest")), { maxLength: 5 }).map((entries) => `[${entries.join(", ")}]`),
  ),
})).value;
const KEYS = [
  "slug",
  "portal",
  "portalId",
  "externalId",
  "externalID",
  "permissions",
  "scopes",
  "scope",
  "preview",
  "returnUrl",
  "__proto__",
  "constructor",
  "toJSON",
];
const property = fc.oneof(
  fc.tuple(fc.constantFrom(...KEYS), value).map(([key, v]) => `${key}: ${v}`),
  fc.tuple(fc.constantFrom(...KEYS), value).map(([key, v]) => `"${key}": ${v}`),
  fc.constantFrom("...base", "...null", "...{ slug: 'Bad' }", "[k]: 1", "get scopes() { return []; }", "slug", "portalId", "toJSON() { return {}; }"),
);
const body = fc.array(property, { maxLength: 6 }).map((properties) => `{ ${properties.join(", ")} }`);
const call = fc.oneof(
  body.map((b) => `unkey.portal.createSession(${b});`),
  body.map((b) => `const b = ${b}; unkey.portal.createSession(b); unkey.portal.createSession({ ...b });`),
  body.map((b) => `fetch("https://api.unkey.com/v2/portal.createSession?x=1", { method: "POST", body: JSON.stringify(${b}) });`),
  body.map((b) => `import { portalCreateSession as p } from "@unkey/api/funcs/portalCreateSession.js"; p(core, ${b});`),
  body.map((b) => `open(user, ${b});`),
  body.map((b) => `function bodyFor(id) { return ${b}; } unkey.portal.createSession(bodyFor(1));`),
);
const program = fc.array(call, { minLength: 1, maxLength: 4 }).map((calls) => calls.join("\n"));

const SEEDS = [
  `unkey.portal.createSession({ portalId: "pc_123", externalId: user.id, permissions: ["keys.read", "keys.create"] });`,
  `const S = "My_Portal"; unkey.portal.createSession({ slug: S, externalId: "u", permissions: ["api.*.read_key"] });`,
  `fetch(\`\${BASE}/v2/portal.createSession\`, { body: JSON.stringify({ slug: "a😀b", scopes: [], returnUrl: "/x" }) });`,
  `unkey.portal.createSession({ portal: \`\${r}--😀\`, externalId: "", scopes: ["keys:read", "keys:read"], preview: "yes" });`,
];
/** A seed with one random slice cut out, or a random string put in: mostly unparsable, sometimes a new shape. */
const mutated = fc
  .tuple(fc.constantFrom(...SEEDS), fc.nat(), fc.nat({ max: 12 }), fc.string({ unit: "binary", maxLength: 6 }))
  .map(([seed, at, cut, insert]) => {
    const index = at % (seed.length + 1);
    return seed.slice(0, index) + insert + seed.slice(index + cut);
  });

describe.each(PARSERS)("both rules on %s, fuzzed", (_name, config) => {
  it("never throw, and report only inside the file, never inside a surrogate pair: random programs", () => {
    fc.assert(
      fc.property(program, (code) => {
        expect(faults(code, config)).toEqual([]);
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });

  it("the same on mutations of hand-written programs", () => {
    fc.assert(
      fc.property(mutated, (code) => {
        expect(faults(code, config)).toEqual([]);
      }),
      { numRuns: 400, seed: 20261201 },
    );
  });

  it("see programs the rules report on, so that a silent run cannot pass", () => {
    const reported = fc.sample(program, { numRuns: 50, seed: 7 }).filter((code) => linter.verify(code, config, "/fuzz/file.js").some((m) => m.ruleId));
    expect(reported.length).toBeGreaterThan(10);
  });
});
