// Generated bodies against the rule's own whole judgement: a body that spreads objects and writes
// keys of its own is judged in two parts (its spread fields once for every body that spreads
// them, its own keys at each), and must be reported exactly as when every body is judged whole,
// whether every such body is told apart or, as the rule does, those whose fields another body spreads too.
import path from "node:path";
import { fileURLToPath } from "node:url";
import parser from "@typescript-eslint/parser";
import { Linter, type Rule } from "eslint";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import plugin from "../index.js";
import { splitJudgementRule, wholeJudgementRule, type OlderBody } from "./valid-session-body.js";

const linter = new Linter();

/** One rule under `name`, as an oracle plugin's (typed as the plugin's rules are, ESLint's way), with `files` or without. */
const oracle = (name: string, rule: unknown, olderBody: OlderBody, files?: Linter.Config): Linter.Config[] => [
  {
    ...files,
    plugins: { [name]: { rules: { "valid-session-body": rule as Rule.RuleModule } } },
    rules: { [`${name}/valid-session-body`]: ["error", { olderBody }] },
  },
];

/**
 * Each judgement under one config, with `files` (the files and parser a config is for) or
 * without: the rule as the plugin has it (`shared`: told apart once fields are spread twice),
 * every body told apart that can be (`split`), and every body whole (`whole`, the oracle).
 */
const configs = (olderBody: OlderBody, files?: Linter.Config): Record<"shared" | "split" | "whole", Linter.Config[]> => ({
  shared: [{ ...files, plugins: { "portal-slug": plugin }, rules: { "portal-slug/valid-session-body": ["error", { olderBody }] } }],
  split: oracle("split", splitJudgementRule, olderBody, files),
  whole: oracle("whole", wholeJudgementRule, olderBody, files),
});

/**
 * Keys that say the generation, as often as the rest: keys of both generations, keys no
 * generation knows (some a near miss of a field, which the missing fields hang on), and the one
 * key both generations have.
 */
const KEY = fc.oneof(
  fc.constantFrom("portal", "slug", "permissions", "scopes", "returnUrl"),
  fc.constantFrom("externalId", "preview", "portalId", "scope", "externalID", "returnURL", "permission", "p1", "p2"),
);

/** Values right and wrong for each kind of field, values only known by their type, `undefined` (the field left out), a name nothing binds. */
const VALUES = [
  '"u"',
  '"keys:read"',
  '["keys:read"]',
  '["keys.read", "keys:read"]',
  '["api.*.read_key", "keys:create"]',
  '["keys:read", "keys:read"]',
  "[]",
  "true",
  '"yes"',
  "undefined",
  "42",
  '"https://example.com/back"',
  '"javascript:alert(1)"',
  '"Bad_Slug"',
  '"my-portal"',
  '""',
  "`t${x}`",
  "x",
];

/** One part of an object literal: a key and its value, a getter, or a part that may write any key. */
const part: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(KEY, fc.constantFrom(...VALUES)).map(([key, value]) => `${key}: ${value}`) },
  { weight: 1, arbitrary: KEY.map((key) => `get ${key}() { return "u"; }`) },
  { weight: 1, arbitrary: fc.constantFrom("...x", "[k]: 1", "...undefined") },
);

/**
 * A body's or an object's parts: its own, spreads of the objects written before it (`O0` …
 * `O${objects - 1}`), and objects spread in place (`...{ a: 1, ...O0 }`), whose keys are the
 * body's own. Drawn from few keys, own keys often override the spread ones, and stand before,
 * after and between the spreads.
 */
const parts = (objects: number, most: number): fc.Arbitrary<string[]> => {
  const plain = objects ? fc.oneof({ weight: 2, arbitrary: part }, { weight: 3, arbitrary: fc.nat(objects - 1).map((i) => `...O${i}`) }) : part;
  const inPlace = fc.array(plain, { maxLength: 3 }).map((written) => `...{ ${written.join(", ")} }`);
  return fc.array(fc.oneof({ weight: 5, arbitrary: plain }, { weight: 1, arbitrary: inPlace }), { maxLength: most });
};

/** A file: a few objects (each may spread the ones before it), then calls, each with a body of its own or one of the bodies `C0` … written once. */
const file = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 })).chain(([objects, bodies]) =>
  fc.record({
    objects: fc.tuple(...Array.from({ length: objects }, (_, i) => parts(i, 6))),
    bodies: fc.tuple(...Array.from({ length: bodies }, () => parts(objects, 4))),
    calls: fc.array(
      fc.record({
        body: bodies ? fc.oneof(parts(objects, 4), fc.nat(bodies - 1)) : parts(objects, 4),
        http: fc.boolean(),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    olderBody: fc.constantFrom<OlderBody>("when-refused", "always", "never"),
  }),
);

/** An object literal of `parts`, one part a line, so that every report's line tells which part it stands on. */
const literal = (written: readonly string[]): string => `{\n  ${written.join(",\n  ")}\n}`;

/** What a report says and where, and what its suggestions are and do. */
const seen = (message: Linter.LintMessage) => ({
  messageId: message.messageId,
  message: message.message,
  place: [message.line, message.column, message.endLine, message.endColumn],
  suggestions: (message.suggestions ?? []).map(({ desc, fix }) => ({ desc, fix })),
});

describe("valid-session-body on generated bodies", () => {
  it("reports a body told apart exactly as the whole judgement does", () => {
    fc.assert(
      fc.property(file, ({ objects, bodies, calls, olderBody }) => {
        const code = [
          ...objects.map((written, i) => `const O${i} = ${literal(written)};`),
          ...bodies.map((written, i) => `const C${i} = ${literal(written)};`),
          ...calls.map(({ body, http }) => {
            const sent = typeof body === "number" ? `C${body}` : literal(body);
            return http
              ? `fetch("https://api.unkey.com/v2/portal.createSession", { method: "POST", body: JSON.stringify(${sent}) });`
              : `unkey.portal.createSession(${sent});`;
          }),
        ].join("\n");
        const { shared, split, whole } = configs(olderBody);
        const oracle = linter.verify(code, whole, "file.js");
        expect(oracle.filter((message) => message.fatal)).toEqual([]);
        expect(linter.verify(code, split, "file.js").map(seen)).toEqual(oracle.map(seen));
        expect(linter.verify(code, shared, "file.js").map(seen)).toEqual(oracle.map(seen));
      }),
      { numRuns: 1_500 },
    );
  });

  it("reports a module's objects, spread at calls or sending keys of their own, exactly as the whole judgement does", () => {
    // A module's object is read once a use: its findings stand at each use, saying where they are written.
    const project = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "project");
    const service = path.join(project, "src", "services", "use.ts");
    const moduleLinter = new Linter({ cwd: project });
    const files: Linter.Config = { files: ["**/*.ts"], languageOptions: { parser } };
    let spreadReports = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(parts(0, 3), fc.constantFrom("DASHBOARD_BODY", "WITH_OWN", "OWN_FIRST"), fc.constantFrom("before", "after", "both", "alone")), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.constantFrom<OlderBody>("when-refused", "always", "never"),
        (calls, olderBody) => {
          const code = [
            'import { DASHBOARD_BODY } from "../config/bodies.js";',
            'import { WITH_OWN, OWN_FIRST } from "../config/spread-bodies.js";',
            ...calls.map(([own, name, where]) => {
              const around = { before: [...own, `...${name}`], after: [`...${name}`, ...own], both: [...own.slice(0, 1), `...${name}`, ...own.slice(1)] };
              const body = where === "alone" ? name : literal(around[where]);
              return `unkey.portal.createSession(${body});`;
            }),
          ].join("\n");
          const { shared, split, whole } = configs(olderBody, files);
          const reports = moduleLinter.verify(code, whole, service);
          expect(moduleLinter.verify(code, split, service).map(seen)).toEqual(reports.map(seen));
          expect(moduleLinter.verify(code, shared, service).map(seen)).toEqual(reports.map(seen));
          spreadReports += reports.filter((message) => message.message.includes("(written at src/config/")).length;
        },
      ),
      { numRuns: 300 },
    );
    // The modules' wrong keys and values are reported, at the uses: the two judgements agree on something.
    expect(spreadReports).toBeGreaterThan(0);
  });
});
