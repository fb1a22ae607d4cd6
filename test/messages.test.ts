// Every message of every layer held to docs/messages.md by one checker (support/message-style.ts):
// the core's words with representative arguments, every issue code the checks give on bad input,
// the thrown errors, the zod and Standard Schema issues, the 404 explainer, every message ID of
// both lint rules as real lint runs render it (ESLint on snippets, the rules' fixtures and the
// example projects, oxlint on the examples), and the compile-time messages as the compiler
// computes them. The lists to cover are read from the code: a new word, code or message ID
// without a sample here fails.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import parser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDenoPlugin } from "../packages/eslint-plugin-portal-slug/src/hosts/deno.js";
import plugin from "../packages/eslint-plugin-portal-slug/src/index.js";
import {
  PORTAL_ID_WORDS,
  PORTAL_LIST_WORDS,
  PORTAL_SLUG_ISSUE_CODES,
  REASONS,
  REQUEST_WORDS,
  characterMessage,
  lengthMessage,
  tooLongMessage,
  typeMessage,
} from "../packages/portal-slug/src/contract.js";
import {
  PortalSlugError,
  assertPortalSlug,
  checkCreateSessionRequest,
  createPortalList,
  explainPortalError,
  portalSlugStandardSchema,
  scanPortalSlug,
  validatePortalRef,
  validatePortalSlug,
  type CreateSessionIssue,
  type CreateSessionIssueCode,
  type PortalErrorCause,
  type PortalListProblem,
} from "../packages/portal-slug/src/index.js";
import { PortalSessionError } from "../packages/portal-slug/src/unkey/index.js";
import {
  createSessionRequestSchema,
  newerCreateSessionRequestSchema,
  olderCreateSessionRequestSchema,
  portalRefSchema,
  portalSlugSchema,
} from "../packages/portal-slug/src/zod/index.js";
import { eslintLines, oxlintLines } from "./support/example-lints.js";
import { expectMessageStyle, messageStyleProblems } from "./support/message-style.js";
import { root } from "./support/workspace.js";

const PORTALS = ["billing-portal", "dev-docs", "pc_3Kd9xQ2"];
const MANY = ["a111", "b222", "c333", "d444", "e555", "f666"];

/** Holds each sample to the style, naming all that break it at once. */
function expectAll(samples: readonly { message: string; suggestion?: string | undefined; quote?: '"' | "'" }[]): void {
  expect(samples.length).toBeGreaterThan(0);
  const broken = samples
    .map(({ message, suggestion, quote }) => ({ message, problems: messageStyleProblems(message, { suggestion, quote }) }))
    .filter(({ problems }) => problems.length);
  expect(broken).toEqual([]);
}

describe("the checker", () => {
  it("takes the examples of docs/messages.md, each the message the code gives", () => {
    const page = readFileSync(join(root, "docs", "messages.md"), "utf8");
    const examples = (/```text(?: fragment)?\n([\s\S]*?)```/.exec(page)?.[1] ?? "").trim().split("\n");
    const myPortal = validatePortalSlug("my--portal");
    const [guarded] = checkCreateSessionRequest({ portal: "docs", externalId: "u", scopes: ["keys.read"] }).issues;
    let thrown = "";
    try {
      assertPortalSlug("My_Portal");
    } catch (error) {
      thrown = (error as Error).message;
    }
    expect(examples).toEqual([myPortal.valid ? "" : (myPortal.issues[0]?.message as string), thrown, `scopes[0]: ${guarded?.message as string}`]);
    for (const example of examples) expectMessageStyle(example);
  });

  it.each([
    ['"--" at 2-3 is a double hyphen', "says a span"],
    ['"M" at 0 is uppercase: slugs are lowercase', 'without "index"'],
    ["Too short: 1 of at least 3 characters.", "ends with"],
    ['Invalid portal slug "a": it is short. Write "abc" there', "joins sentences"],
    ['"x" is unknown: did you mean "y"?', "asks or guesses"],
    ['"x" is unknown; write "y"; and more', "not last"],
    ["too short", "starts with neither"],
    ['"my_portal" has an underscore', 'does not end by naming its suggestion: ; write "my-portal"'],
  ])("finds what breaks the style in %j", (message, problem) => {
    const problems = messageStyleProblems(message, message.includes("underscore") ? { suggestion: "my-portal" } : {});
    expect(problems.join("\n")).toContain(problem);
    expect(() => expectMessageStyle(message, { suggestion: message.includes("underscore") ? "my-portal" : undefined })).toThrow(problem);
  });

  it("takes a suggestion written elsewhere, a field path first, and single quotes for the compiler", () => {
    expect(
      messageStyleProblems('Invalid portal slug "a_b" (written at src/p.ts:1:2): "_" at index 1 is an underscore; write "a-b" there', { suggestion: "a-b" }),
    ).toEqual([]);
    expect(messageStyleProblems('settings["portal-slug"].portals[1]: Expected a string, got a number')).toEqual([]);
    expect(messageStyleProblems("'_' at index 1 is an underscore: join words with '-'", { quote: "'" })).toEqual([]);
  });
});

describe("the core's words, with representative arguments", () => {
  it("says every character problem with its reason, where it starts and how often it recurs", () => {
    const codes = Object.keys(REASONS) as (keyof typeof REASONS)[];
    expect(codes.length).toBe(PORTAL_SLUG_ISSUE_CODES.length - 3);
    // Each says why, or how to write it right, after a colon: none is bare.
    for (const code of codes) expect(REASONS[code], code).toMatch(/^[^:]+: \S/);
    expectAll(codes.flatMap((code) => [{ message: characterMessage(REASONS[code], '"_"', 3) }, { message: characterMessage(REASONS[code], '"_"', 0, 2) }]));
  });

  it("says lengths, types and a portal ID's problems", () => {
    expectAll([
      { message: lengthMessage('""', 0) },
      { message: lengthMessage('"a"', 1) },
      { message: lengthMessage('"aaaa…"', 70) },
      { message: tooLongMessage('"xxxx…"', 300, 256) },
      { message: typeMessage(42) },
      { message: typeMessage(null) },
      { message: characterMessage(PORTAL_ID_WORDS.character, '"-"', 5) },
      { message: PORTAL_ID_WORDS.empty },
      { message: PORTAL_ID_WORDS.tooLong('"pc_aaa…"', 300) },
    ]);
  });

  it("says every request-body word, each entry of the table with a sample", () => {
    const samples: { readonly [word in keyof typeof REQUEST_WORDS]: readonly { message: string; suggestion?: string }[] } = {
      notAnObject: [{ message: REQUEST_WORDS.notAnObject("{}") }, { message: REQUEST_WORDS.notAnObject(null) }],
      unreadable: [{ message: REQUEST_WORDS.unreadable }],
      mixed: [{ message: REQUEST_WORDS.mixed(["slug"], ["scopes", "returnUrl"]) }],
      missing: [
        { message: REQUEST_WORDS.missing("portal", "slug") },
        { message: REQUEST_WORDS.missing("scopes") },
        { message: REQUEST_WORDS.missing("externalId") },
      ],
      otherGeneration: [{ message: REQUEST_WORDS.otherGeneration("scopes", "older") }],
      unknownField: [{ message: REQUEST_WORDS.unknownField('"portalId"', "portal"), suggestion: "portal" }, { message: REQUEST_WORDS.unknownField('"foo"') }],
      unknownFieldBeside: [{ message: REQUEST_WORDS.unknownFieldBeside('"portalId"', "portal") }],
      // Said after the slug rules' own message.
      idInSlug: [{ message: characterMessage(REASONS.underscore, '"_"', 2) + REQUEST_WORDS.idInSlug }],
      emptyExternalId: [{ message: REQUEST_WORDS.emptyExternalId() }],
      notAList: [{ message: REQUEST_WORDS.notAList("keys:read") }],
      noScopes: [{ message: REQUEST_WORDS.noScopes() }],
      noPermissions: [{ message: REQUEST_WORDS.noPermissions() }],
      legacyPermission: [
        { message: REQUEST_WORDS.legacyPermission('"api.*.read_key"', ["keys:read"]), suggestion: "keys:read" },
        { message: REQUEST_WORDS.legacyPermission('"api.*.create_key"', ["keys:create", "keys:reroll"]) },
        { message: REQUEST_WORDS.legacyPermission('"api.*.drop_key"', undefined) },
      ],
      unknownScope: [
        { message: REQUEST_WORDS.unknownScope('"keys.read"', "keys:read"), suggestion: "keys:read" },
        { message: REQUEST_WORDS.unknownScope('"x"') },
      ],
      duplicateScope: [{ message: REQUEST_WORDS.duplicateScope("keys:read", 0) }],
      tooManyEntries: [{ message: REQUEST_WORDS.tooManyEntries(5000) }],
      moreIssues: [{ message: REQUEST_WORDS.moreIssues("issues in scopes", 2, 1) }],
      notABoolean: [{ message: REQUEST_WORDS.notABoolean("yes") }],
      urlWhitespace: [{ message: REQUEST_WORDS.urlWhitespace('" https://x"', 0) }],
      urlCharacter: [
        {
          message: REQUEST_WORDS.urlCharacter('"https://example.com/a|b"', '"|"', 21, 0, "https://example.com/a%7Cb"),
          suggestion: "https://example.com/a%7Cb",
        },
        {
          message: REQUEST_WORDS.urlCharacter('"https://example.com/%zz"', '"%"', 20, 1, "https://example.com/%25zz%25"),
          suggestion: "https://example.com/%25zz%25",
        },
      ],
      notAbsolute: [{ message: REQUEST_WORDS.notAbsolute('"/back"') }],
      badAuthority: [{ message: REQUEST_WORDS.badAuthority('"https://x.example:99999/"') }],
      notHttp: [{ message: REQUEST_WORDS.notHttp('"ftp://x"', "ftp:") }],
    };
    expect(Object.keys(samples).sort()).toEqual(Object.keys(REQUEST_WORDS).sort());
    expectAll(Object.values(samples).flat());
  });

  it("says every known-portals word, each entry of the table with a sample", () => {
    const samples: { readonly [word in keyof typeof PORTAL_LIST_WORDS]: readonly { message: string; suggestion?: string }[] } = {
      notAList: [{ message: PORTAL_LIST_WORDS.notAList("billing-portal") }],
      unreadable: [{ message: PORTAL_LIST_WORDS.unreadable() }],
      tooMany: [{ message: PORTAL_LIST_WORDS.tooMany(1_000_000) }],
      notAString: [{ message: PORTAL_LIST_WORDS.notAString(1, 42) }],
      malformed: [
        { message: PORTAL_LIST_WORDS.malformed(2, '"My_Portal"', ['"M" at index 0 is uppercase: slugs are lowercase', '"_" at index 2 is an underscore']) },
      ],
      unknown: [
        { message: PORTAL_LIST_WORDS.unknown('"biling-portal"', 3, "billing-portal", []), suggestion: "billing-portal" },
        { message: PORTAL_LIST_WORDS.unknown('"analytics"', 1, undefined, ["dev-docs"]) },
        { message: PORTAL_LIST_WORDS.unknown('"analytics"', 30, undefined, []) },
      ],
    };
    expect(Object.keys(samples).sort()).toEqual(Object.keys(PORTAL_LIST_WORDS).sort());
    expectAll(Object.values(samples).flat());
  });
});

/** Inputs that break every slug rule between them, and values of the wrong kind. */
const BAD_SLUGS: unknown[] = [
  "",
  "a",
  "ab",
  "a".repeat(70),
  `My${"a".repeat(70)}_`,
  "My_Portal",
  "Billing_Portal!",
  "my portal",
  "my\tportal",
  "my--portal",
  "a--b---c",
  "-portal",
  "portal-",
  "portаl",
  "my.portal",
  "my\u200bportal",
  "my-😀-portal",
  "pc_3Kd9xQ2",
  42,
  null,
  undefined,
  ["my-portal"],
];

/** IDs and values for the newer field, and values against the declared portals. */
const BAD_REFS: unknown[] = ["pc_ab-c", "pc_", `pc_${"a".repeat(260)}`, "pc_a😀b", ...BAD_SLUGS];
const KNOWN = [
  ["biling-portal", PORTALS],
  ["pc_3Kd9xQ3", PORTALS],
  ["analytics", PORTALS],
  ["analytics", MANY],
  ["Biling_Portal", PORTALS],
  ["dev-doc", ["dev-docs"]],
] as const;

/** Bodies that between them get every issue code of the request guard. */
const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();
const BODIES: unknown[] = [
  "portal=my-portal",
  null,
  [],
  revoked,
  {},
  { portal: "docs" },
  { slug: "docs", externalId: "u", scopes: ["keys:read"] },
  { portalId: "pc_1", externalId: "u", permissions: ["keys.read", "keys.create"] },
  { portal: "docs", externalId: "u", scopes: "keys:read", preview: "yes", returnUrl: 5 },
  { portal: "docs", externalId: "", scopes: [] },
  { slug: "docs", externalId: "x".repeat(300), permissions: [] },
  { portal: "docs", externalId: 7, scopes: ["api.*.read_key", "api.*.create_key", "keys:read", "keys:read", "read:keys", 3] },
  { portal: "docs", externalId: "u", scopes: Array.from({ length: 14 }, (_, i) => `bad-${i}`) },
  { portal: "docs", externalId: "u", scopes: Array.from({ length: 1200 }, () => "keys:read") },
  { portal: "docs", externalId: "u", scopes: ["keys:read"], returnUrl: "/back" },
  { portal: "docs", externalId: "u", scopes: ["keys:read"], returnUrl: " https://example.com" },
  { portal: "docs", externalId: "u", scopes: ["keys:read"], returnUrl: "javascript:alert(1)" },
  { portal: "docs", externalId: "u", scopes: ["keys:read"], returnUrl: `https://example.com/${"a".repeat(600)}` },
  { portal: "My_Portal", externalId: "u", scopes: ["keys:read"] },
  { slug: "pc_3Kd9xQ2", externalId: "u", permissions: ["keys:read"] },
  { portal: "pc_ab-c", externalId: "u", scopes: ["keys:read"] },
  { portal: `pc_${"a".repeat(260)}`, externalId: "u", scopes: ["keys:read"] },
  ...BAD_SLUGS.filter((slug) => typeof slug === "string").map((portal) => ({ portal, externalId: "u", scopes: ["keys:read"] })),
];

/** The issue codes the type allows, so that a new code is a compile error here until it has a sample. */
const REQUEST_CODES = {
  not_a_string: true,
  too_short: true,
  too_long: true,
  uppercase: true,
  underscore: true,
  whitespace: true,
  invalid_character: true,
  leading_hyphen: true,
  trailing_hyphen: true,
  consecutive_hyphens: true,
  invalid_portal_id: true,
  not_an_object: true,
  unreadable: true,
  mixed_generations: true,
  missing_field: true,
  unknown_field: true,
  wrong_type: true,
  unknown_scope: true,
  legacy_permission: true,
  duplicate_scope: true,
  invalid_url: true,
  unknown_portal: true,
  more_issues: true,
} satisfies Record<CreateSessionIssueCode, true>;

describe("every issue the checks give, on bad input", () => {
  it("says every slug issue code of validatePortalSlug", () => {
    const issues = BAD_SLUGS.flatMap((input) => {
      const result = validatePortalSlug(input);
      return result.valid ? [] : result.issues;
    });
    expect(new Set(issues.map((issue) => issue.code))).toEqual(new Set(PORTAL_SLUG_ISSUE_CODES));
    expectAll(issues);
  });

  it("says every issue of validatePortalRef, and each unknown portal naming its suggestion", () => {
    const issues = [
      ...BAD_REFS.flatMap((input) => {
        const result = validatePortalRef(input);
        return result.valid ? [] : result.issues;
      }),
      ...KNOWN.flatMap(([value, portals]) => {
        const result = validatePortalRef(value, { portals });
        return result.valid ? [] : result.issues;
      }),
    ];
    const codes = new Set(issues.map((issue) => issue.code));
    for (const code of ["invalid_portal_id", "too_long", "unknown_portal"]) expect(codes).toContain(code);
    expect(issues.some((issue) => "suggestion" in issue && issue.suggestion !== undefined)).toBe(true);
    expectAll(issues.map((issue) => ({ message: issue.message, suggestion: "suggestion" in issue ? issue.suggestion : undefined })));
  });

  it("says every issue code of the request guard, each naming the suggestion it carries", () => {
    const issues: CreateSessionIssue[] = [
      ...BODIES.flatMap((body) => checkCreateSessionRequest(body).issues),
      ...KNOWN.flatMap(([portal, portals]) => checkCreateSessionRequest({ portal, externalId: "u", scopes: ["keys:read"] }, { portals }).issues),
    ];
    expect([...new Set(issues.map((issue) => issue.code))].sort()).toEqual(Object.keys(REQUEST_CODES).sort());
    expectAll(issues);
  });

  it("says every problem of a portals list", () => {
    const lists: unknown[] = ["billing-portal", ["billing-portal", 42, "My_Portal", "pc_ab-c", ""], revoked];
    const problems = lists.flatMap((entries) => createPortalList(entries).problems);
    const codes = { not_a_list: true, not_a_string: true, malformed_entry: true } satisfies Record<PortalListProblem["code"], true>;
    expect([...new Set(problems.map((problem) => problem.code))].sort()).toEqual(Object.keys(codes).sort());
    expectAll(problems);
  });

  it("throws PortalSlugError naming its suggestion, and the guard's refusal naming each field's", () => {
    const thrown = [...BAD_SLUGS.map((input) => [input, undefined] as const), ...KNOWN.map(([value, portals]) => [value, portals] as const)].flatMap(
      ([input, portals]) => {
        try {
          assertPortalSlug(input, portals && { portals });
          return [];
        } catch (error) {
          expect(error).toBeInstanceOf(PortalSlugError);
          return [{ message: (error as PortalSlugError).message, suggestion: (error as PortalSlugError).suggestion }];
        }
      },
    );
    expect(thrown.some(({ suggestion }) => suggestion !== undefined)).toBe(true);
    expectAll(thrown);
    const refusals = BODIES.flatMap((body) => {
      const result = checkCreateSessionRequest(body);
      return result.valid ? [] : [{ message: new PortalSessionError(body, result.issues).message }];
    });
    expectAll(refusals);
  });

  it("says every cause of the 404 explainer, and the suggestion last", () => {
    const notFound = (type: string) => ({ meta: { requestId: "req_1" }, error: { title: "Not Found", detail: "Portal not found.", status: 404, type } });
    const newer = notFound("https://unkey.com/docs/errors/unkey/data/portal_not_found");
    const older = notFound("https://unkey.com/docs/errors/unkey/data/portal_config_not_found");
    const invalid = {
      meta: { requestId: "req_2" },
      error: {
        title: "Bad Request",
        detail: "Failed to validate schema.",
        status: 400,
        type: "x/invalid_input",
        errors: [{ location: "body.scopes[0]", message: "bad.", fix: "Use keys:read." }],
      },
    };
    const explanations = [
      explainPortalError(older, { slug: "My-Portal", externalId: "u", permissions: ["keys:read"] }),
      explainPortalError(newer, { portal: "my--portal" }),
      explainPortalError(newer, { portal: "pc_3Kd9xQ2" }),
      explainPortalError(newer, { portal: "pc_ab-c" }),
      explainPortalError(newer, { portal: "pc_ab-c" }, { portals: ["pc_abc"] }),
      explainPortalError(older, { slug: "my-portal" }),
      explainPortalError(newer, { portal: "biling-portal" }, { portals: PORTALS }),
      explainPortalError(newer, { portal: "analytics" }, { portals: PORTALS }),
      explainPortalError(newer, { portal: "billing-portal" }, { portals: PORTALS }),
      explainPortalError(older),
      explainPortalError(older, "slug=my-portal"),
      explainPortalError(older, { externalId: "u" }),
      explainPortalError(invalid, { slug: "docs", externalId: "u", permissions: ["api.*.read_key"] }),
      explainPortalError(invalid, "not json"),
      explainPortalError({ ...invalid, error: { ...invalid.error, errors: Array.from({ length: 7 }, () => invalid.error.errors[0]) } }),
      explainPortalError("<html>502 Bad Gateway</html>"),
      explainPortalError({ message: "Not Found" }),
      explainPortalError(Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }) })),
      explainPortalError({ status: 502, statusText: "Bad Gateway", text: () => "", headers: {} }),
      explainPortalError(Object.assign(new Error("API error"), { statusCode: 502, body: "<html>" })),
      explainPortalError(new PortalSessionError({}, checkCreateSessionRequest({ portal: "My_Portal", externalId: "u", scopes: ["keys.read"] }).issues)),
      explainPortalError(
        new Proxy(
          {},
          {
            getOwnPropertyDescriptor: () => {
              throw new Error("no");
            },
          },
        ),
        new Proxy(
          {},
          {
            getOwnPropertyDescriptor: () => {
              throw new Error("no");
            },
          },
        ),
      ),
    ];
    const causes = { malformed_slug: true, unknown_portal: true, other: true, unrecognized: true } satisfies Record<PortalErrorCause, true>;
    expect([...new Set(explanations.map((explanation) => explanation.cause))].sort()).toEqual(Object.keys(causes).sort());
    // The guard's refusal lists its fields, each naming its own suggestion: the portal's ends the portal's part.
    const refusal = explanations.find((explanation) => explanation.message.startsWith("Not sent to portal.createSession"));
    expect(refusal?.message).toContain('; write "my-portal"; also scopes[0]: ');
    expectAll(explanations.map(({ message, suggestion }) => ({ message, suggestion: message === refusal?.message ? undefined : suggestion })));
    expectAll(explanations.flatMap((explanation) => explanation.issues ?? []));
  });

  it("gives zod and Standard Schema issues whose messages name the suggestion their params carry", () => {
    const zodIssues = [
      ...BAD_SLUGS.flatMap((input) => portalSlugSchema.safeParse(input).error?.issues ?? []),
      ...BAD_REFS.flatMap((input) => portalRefSchema.safeParse(input).error?.issues ?? []),
      ...BODIES.flatMap((body) => createSessionRequestSchema.safeParse(body).error?.issues ?? []),
      // zod's own object schemas read a revoked proxy and throw: that value is the core's alone.
      ...BODIES.filter((body) => body !== revoked).flatMap((body) => newerCreateSessionRequestSchema.safeParse(body).error?.issues ?? []),
      ...BODIES.filter((body) => body !== revoked).flatMap((body) => olderCreateSessionRequestSchema.safeParse(body).error?.issues ?? []),
    ];
    const custom = zodIssues.filter((issue) => issue.code === "custom");
    expect(custom.length).toBeGreaterThan(0);
    expect(custom.some((issue) => (issue as { params?: { suggestion?: string } }).params?.suggestion !== undefined)).toBe(true);
    // zod's own issues (a missing or mistyped field, unknown keys) carry the core's words too.
    expect(zodIssues.some((issue) => issue.code === "invalid_type") && zodIssues.some((issue) => issue.code === "unrecognized_keys")).toBe(true);
    expectAll(zodIssues.map((issue) => ({ message: issue.message, suggestion: (issue as { params?: { suggestion?: string } }).params?.suggestion })));

    const standard = BAD_SLUGS.flatMap((input) => {
      const result = portalSlugStandardSchema["~standard"].validate(input);
      const checked = validatePortalSlug(input);
      return (result.issues ?? []).map((issue) => ({ message: issue.message, suggestion: checked.valid ? undefined : checked.suggestion }));
    });
    expect(standard.some(({ suggestion }) => suggestion !== undefined)).toBe(true);
    expectAll(standard);
  });
});

/** A report of a rule, as a lint run gives it: its message ID, message, and suggestions' IDs and words. */
interface Rendered {
  readonly rule: string;
  readonly messageId: string;
  readonly message: string;
}

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const rulesDir = here("../packages/eslint-plugin-portal-slug/src/rules/");
const ruleFixtures = join(rulesDir, "fixtures");
const ruleProject = join(ruleFixtures, "project");

/** Each report and each suggestion of `messages` as rendered, by rule and message ID. */
function rendered(messages: readonly Linter.LintMessage[]): Rendered[] {
  return messages.flatMap((message) => {
    if (message.fatal) throw new Error(`a fixture does not parse: ${message.message}`);
    const rule = message.ruleId as string;
    return [
      { rule, messageId: message.messageId as string, message: message.message },
      ...(message.suggestions ?? []).map((suggestion) => ({ rule, messageId: suggestion.messageId as string, message: suggestion.desc })),
    ];
  });
}

/** Both rules on a JavaScript snippet, with the workspace's portals declared or not. */
function lintSnippet(code: string, portals?: readonly string[]): Rendered[] {
  const linter = new Linter({ cwd: "/" });
  const config: Linter.Config[] = [
    {
      plugins: { "portal-slug": plugin },
      ...(portals && { settings: { "portal-slug": { portals } } }),
      rules: { "portal-slug/valid-slug": "error", "portal-slug/valid-session-body": "error" },
    },
  ];
  return rendered(linter.verify(code, config, "/cases/file.js"));
}

/** Snippets a user writes, which between them reach every message the rules can say. */
const SNIPPETS: readonly (readonly [code: string, portals?: readonly string[]])[] = [
  [`unkey.portal.createSession({ portal: "Billing_Portal", externalId: "u", scopes: ["keys:read"] });`],
  [`unkey.portal.createSession({ portal: "my portal", externalId: "u", scopes: ["keys:read"] });`],
  [`unkey.portal.createSession({ portal: "my.portal", externalId: "u", scopes: ["keys:read"] });`],
  [`unkey.portal.createSession({ portal: "-portal-", externalId: "u", scopes: ["keys:read"] });`],
  [`unkey.portal.createSession({ portal: "my--portal", externalId: "u", scopes: ["keys:read"] });`],
  [`unkey.portal.createSession({ portal: "ab", externalId: "u", scopes: ["keys:read"] });`],
  [`unkey.portal.createSession({ portal: "${"a".repeat(70)}", externalId: "u", scopes: ["keys:read"] });`],
  [`unkey.portal.createSession({ portal: "pc_ab-c", externalId: "u", scopes: ["keys:read"] });`],
  [`unkey.portal.createSession({ portal: \`Team_\${id}\`, externalId: "u", scopes: ["keys:read"] });`],
  [`unkey.portal.createSession({ portal: "biling-portal", externalId: "u", scopes: ["keys:read"] });`, PORTALS],
  [`unkey.portal.createSession({ portal: "analytics", externalId: "u", scopes: ["keys:read"] });`, PORTALS],
  [`unkey.portal.createSession({ portalId: "pc_123", externalId: user.id, permissions: ["keys.read", "keys.create"] });`],
  [`unkey.portal.createSession({ slug: "docs", externalId: "u", scopes: ["keys:read"] });`],
  [
    `fetch("https://api.unkey.com/v2/portal.createSession", { method: "POST", body: JSON.stringify({ slug: "docs", externalId: "u", permissions: ["keys:read"] }) });`,
  ],
  [`unkey.portal.createSession({ portal: "docs" });`],
  [`unkey.portal.createSession({ portal: "docs", externalId: 7, scopes: "keys:read", preview: "yes" });`],
  [`unkey.portal.createSession({ portal: "docs", externalId: "", scopes: [] });`],
  [`unkey.portal.createSession({ portal: "docs", externalId: "${"x".repeat(300)}", scopes: ["api.*.read_key", "keys:read", "keys:read"] });`],
  [`unkey.portal.createSession({ portal: "docs", externalId: "u", scopes: ["keys:read"], returnUrl: "/back" });`],
  [`unkey.portal.createSession({ portal: "docs", externalId: "u", scopes: [${Array.from({ length: 14 }, (_, i) => `"bad-${i}"`).join(", ")}] });`],
];

/** Values followed into the rules' fixture project: written in another module, reported at their use. */
function lintAcrossModules(): Rendered[] {
  const linter = new Linter({ cwd: ruleProject });
  const code = [
    `import { REGIONS, SUPPORT } from "../config/portals.js";`,
    `import { DASHBOARD_BODY, SCOPES } from "../config/bodies.js";`,
    `unkey.portal.createSession({ portal: REGIONS.us, externalId: "u", scopes: SCOPES });`,
    `unkey.portal.createSession({ slug: SUPPORT, externalId: "u", permissions: ["keys:read"] });`,
    `unkey.portal.createSession(DASHBOARD_BODY);`,
  ].join("\n");
  const config: Linter.Config[] = [
    {
      files: ["**/*.ts"],
      languageOptions: { parser },
      plugins: { "portal-slug": plugin },
      rules: { "portal-slug/valid-slug": "error", "portal-slug/valid-session-body": "error" },
    },
  ];
  return rendered(linter.verify(code, config, join(ruleProject, "src", "services", "use.ts")));
}

/** A literal type's members, with type information and the declared portals: one report, counting the rest. */
function lintTyped(): Rendered[] {
  const linter = new Linter({ cwd: ruleFixtures });
  const code = `declare const region: "eu-portal" | "US_Portal";\ndeclare const body: { portal: "pc_3Kd9xQ3" | "ap-portal", externalId: string, scopes: ("keys.read" | "keys.write")[] };\nunkey.portal.createSession({ slug: region });\nunkey.portal.createSession({ portal: body.portal, externalId: "u", scopes: [body.scopes[0]] });`;
  const config: Linter.Config[] = [
    {
      files: ["**/*.ts"],
      languageOptions: { parser, parserOptions: { projectService: true, tsconfigRootDir: ruleFixtures } },
      plugins: { "portal-slug": plugin },
      settings: { "portal-slug": { portals: PORTALS } },
      rules: { "portal-slug/valid-slug": "error", "portal-slug/valid-session-body": "error" },
    },
  ];
  return rendered(linter.verify(code, config, join(ruleFixtures, "file.ts")));
}

/** valid-slug's reports on its RuleTester fixtures, as the rule's own snapshot draws them: `<messageId>: <message>[ -> fix]`. */
function snapshotReports(): Rendered[] {
  const snapshot = readFileSync(join(rulesDir, "__snapshots__", "valid-slug.test.ts.snap"), "utf8");
  return [...snapshot.matchAll(/^ {4}(\w+): (.*?)(?: -> .*)?$/gm)].map(([, messageId, line]) => {
    // The snapshot escapes backslashes and backquotes as a template literal does, and closes its
    // last entry with a quote of its own.
    const message = (line as string).replace(/\\(.)/g, "$1");
    return { rule: "portal-slug/valid-slug", messageId: messageId as string, message: (message.match(/"/g) ?? []).length % 2 ? message.slice(0, -1) : message };
  });
}

/**
 * Message IDs no syntax reaches, each with why: their words are the ones a reached ID of the same
 * template says. The rest of meta.messages must each be said by some lint run above.
 */
const UNREACHED: Readonly<Record<string, string>> = {
  "portal-slug/valid-session-body:unreadable": "a value the rule reads never throws when read",
};

describe("every message ID of both rules, rendered by real lint runs", () => {
  let reports: Rendered[] = [];
  beforeAll(() => {
    const drawn = snapshotReports();
    expect(drawn.length).toBeGreaterThan(40);
    reports = [...SNIPPETS.flatMap(([code, portals]) => lintSnippet(code, portals)), ...lintAcrossModules(), ...lintTyped(), ...drawn];
  }, 60_000);

  it.each(Object.entries(plugin.rules))("says each message ID of %s, or shares the words of one that is said", (name, rule) => {
    const messages = rule.meta?.messages ?? {};
    const said = new Set(reports.filter((report) => report.rule === `portal-slug/${name}`).map((report) => report.messageId));
    for (const [messageId, template] of Object.entries(messages)) {
      if (said.has(messageId)) continue;
      const why = UNREACHED[`portal-slug/${name}:${messageId}`];
      expect(why, `portal-slug/${name}: no lint run says ${messageId}`).toBeDefined();
      expect(Object.entries(messages).some(([other, words]) => words === template && said.has(other))).toBe(true);
    }
  });

  it("keeps the style in every report and suggestion, a value written elsewhere to be written there", () => {
    expect(reports.some((report) => / \(written at [^)]+\): .*; write "[^"]+" there$/.test(report.message))).toBe(true);
    expect(reports.some((report) => /\(and 1 more member of its type\)/.test(report.message))).toBe(true);
    expectAll(reports);
  });

  it("says the shared settings' mistakes in the same voice", () => {
    const linter = new Linter();
    const settings: unknown[] = [[], { followImports: "no" }, { followImport: false }, { portals: "billing-portal" }, { portals: ["billing-portal", 42] }];
    const thrown = settings.map((setting) => {
      try {
        // A file with a call: on one without, a mistake is said once a run (issue 18 item 1), and this process has linted such files already.
        linter.verify("unkey.portal.createSession({ portal: 'x' });", [
          { plugins: { "portal-slug": plugin }, settings: { "portal-slug": setting }, rules: { "portal-slug/valid-slug": "error" } },
        ]);
        return "";
      } catch (error) {
        // ESLint puts where the rule ran around the plugin's own message.
        return /^Error while loading rule '[^']+': (.*)$/m.exec((error as Error).message)?.[1] ?? (error as Error).message;
      }
    });
    expect(thrown.filter((message) => !message)).toEqual([]);
    expectAll(thrown.map((message) => ({ message })));
  });

  it("says the mistakes of the Deno plugin's factory in the same voice, after its name", () => {
    const given: unknown[] = [
      "portals",
      { portal: [] },
      { portals: "billing-portal" },
      { portals: [1] },
      { followImports: 0 },
      { rules: 1 },
      { rules: { other: {} } },
      { rules: { "valid-slug": { callees: [{}] } } },
      { rules: { "valid-slug": { callees: [{ name: "a", argument: -1 }] } } },
      { rules: { "valid-session-body": { olderBody: 1, callees: [] } } },
      { rules: { "valid-session-body": { older: "never" } } },
    ];
    const thrown = given.map((options) => {
      try {
        createDenoPlugin(options as never);
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(thrown.every((message) => message.startsWith("createDenoPlugin: "))).toBe(true);
    expectAll(thrown.map((message) => ({ message })));
  });
});

describe("the same sentence under ESLint and oxlint, on the example projects", () => {
  it.each(["portal-app", "portal-service"])("examples/%s", async (name) => {
    const example = join(root, "examples", name);
    const [eslint, oxlint] = await Promise.all([eslintLines(example), oxlintLines(example)]);
    expect(oxlint.lines.map((line) => line[5])).toEqual(eslint.lines.map((line) => line[5]));
    // No final full stop: ESLint's stylish formatter would drop it, and oxlint print it.
    expectAll(oxlint.lines.map((line) => ({ message: line[5] })));
  });
});

describe("the compile-time messages, as the compiler computes them", () => {
  const scratch = mkdtempSync(join(tmpdir(), "portal-slug-messages-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** The string each type alias of `aliases` is, read from the compiler's checker. */
  function computed(aliases: readonly string[]): string[] {
    const file = join(scratch, "messages.ts");
    const types = relative(scratch, here("../packages/portal-slug/src/compile-time/index.js")).split(sep).join("/");
    const lines = [`import type { ValidateKnownPortal, ValidatePortalSlug } from "${types.startsWith(".") ? types : `./${types}`}";`];
    aliases.forEach((alias, i) => lines.push(`export type M${i} = ${alias};`));
    writeFileSync(file, lines.join("\n"));
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      skipLibCheck: true,
    });
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(file) as ts.SourceFile;
    return source.statements.filter(ts.isTypeAliasDeclaration).map((declaration) => {
      const type = checker.getTypeAtLocation(declaration.name);
      if (!type.isStringLiteral()) throw new Error(`${declaration.getText()} is ${checker.typeToString(type)}, not a message`);
      return type.value;
    });
  }

  it("says every slug rule's first problem, and a known portal's typo naming what to write", () => {
    const inputs = [
      "",
      "ab",
      "a".repeat(70),
      "My-portal",
      "my_portal",
      "my portal",
      "my\tportal",
      "my.portal",
      "portаl",
      "my\u200bportal",
      "it's",
      "-portal",
      "portal-",
      "my--portal",
    ];
    // Every rule the compiler can say: all but not_a_string, which no literal breaks.
    const firsts = new Set(inputs.map((input) => scanPortalSlug(input)[0]?.code));
    expect([...firsts].sort()).toEqual(PORTAL_SLUG_ISSUE_CODES.filter((code) => code !== "not_a_string").sort());
    const known = [
      [`ValidateKnownPortal<"biling-portal", "billing-portal" | "dev-docs">`, "billing-portal"],
      [`ValidateKnownPortal<"analytics", "billing-portal" | "dev-docs">`, undefined],
      [`ValidateKnownPortal<"analytics", ${MANY.map((portal) => JSON.stringify(portal)).join(" | ")}>`, undefined],
    ] as const;
    const messages = computed([...inputs.map((input) => `ValidatePortalSlug<${JSON.stringify(input)}>`), ...known.map(([alias]) => alias)]);
    expectAll(
      messages.map((message, i) => ({
        message,
        quote: "'" as const,
        suggestion: i < inputs.length ? undefined : known[i - inputs.length]?.[1],
      })),
    );
  }, 60_000);
});

describe("the CLI's own lines", () => {
  const bin = fileURLToPath(new URL("../packages/portal-slug/bin/portal-slug.js", import.meta.url));
  const folder = mkdtempSync(join(tmpdir(), "portal-slug-cli-messages-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** What the command prints on stdout and stderr, each line, run in an empty project folder. */
  function run(...args: string[]): { stdout: string[]; stderr: string[] } {
    const result = spawnSync(process.execPath, [bin, ...args], { cwd: folder, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    const lines = (text: string) => text.split("\n").filter(Boolean);
    return { stdout: lines(result.stdout), stderr: lines(result.stderr) };
  }

  it("says each problem of check in the core's words, and what to write as the same clause", () => {
    writeFileSync(join(folder, "portals.json"), '["billing-portal", "dev-docs"]');
    const { stdout } = run("check", "--portals-file", "portals.json", "a", "My_Portal", "biling-portal", "-portal-", "pc_a-b", "x".repeat(70));
    const problems = stdout.filter((line) => line.startsWith("  - ")).map((line) => line.replace(/^ {2}- \w+: /, ""));
    expect(problems.length).toBeGreaterThan(6);
    for (const message of problems) expectMessageStyle(message);
    // The value to write stands in its own line, in the clause every message ends with.
    const writes = stdout.filter((line) => line.startsWith("  write "));
    expect(writes).toContain('  write "my-portal"');
    for (const line of writes) expect(line).toMatch(/^ {2}write "[^"]*"$/);
  });

  it("says every one-line failure in the one voice, after the command's name", () => {
    writeFileSync(join(folder, "other.js"), "export const other = 1;\n");
    const failures = [
      run(),
      run("wat"),
      run("check", "--jsn", "x"),
      run("check", "--portals", "Bad Portal,ok-portal", "x"),
      run("check", "--portals-file", "missing.json", "x"),
      run("check", "--portals-file", "missing.js", "x"),
      run("check", "--portals-file", "other.js", "x"),
      run("fix"),
      run("suggest", "!!"),
    ].map(({ stderr }) => stderr[0] as string);
    expect(failures.every((line) => typeof line === "string")).toBe(true);
    for (const line of failures) expectMessageStyle(line.replace(/^portal-slug: /, ""));
  });
});
