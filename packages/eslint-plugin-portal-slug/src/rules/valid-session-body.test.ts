// The valid-session-body rule, one group of cases a check. Every report's place is given as the
// text it stands on (`at(code, '"keys.read"')`), from which its exact line and columns are
// computed, so that a case says in words what the report covers.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import parser from "@typescript-eslint/parser";
import type { RunTests, TestCaseError } from "@typescript-eslint/rule-tester";
import { Linter } from "eslint";
import { checkCreateSessionField, checkCreateSessionKeys } from "portal-slug";
import { afterAll, describe, expect, it } from "vitest";
import plugin from "../index.js";
import { RuleTester } from "../testing/rule-tester.js";
import { MAX_LIST_ENTRIES } from "./valid-session-body-utils/body-judgement.js";
import rule, { type MessageId, type Options } from "./valid-session-body.js";

const ruleTester = new RuleTester({ languageOptions: { parser } });

type Cases = RunTests<MessageId, Options>;
type Place = Pick<TestCaseError<MessageId>, "line" | "column" | "endLine" | "endColumn">;

/** Where the `nth` occurrence of `text` stands in `code`, as RuleTester compares it. */
function at(code: string, text: string, nth = 0): Place {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = code.indexOf(text, index + 1);
    if (index < 0) throw new Error(`${JSON.stringify(text)} is not in the case's code ${nth + 1} times`);
  }
  const before = code.slice(0, index).split("\n");
  const line = before.length;
  const column = (before[before.length - 1] as string).length + 1;
  const lines = text.split("\n");
  const endLine = line + lines.length - 1;
  const endColumn = lines.length === 1 ? column + text.length : (lines[lines.length - 1] as string).length + 1;
  return { line, column, endLine, endColumn };
}

/** A report of `messageId` on `text`, with its one suggestion's output (or none). */
const report = (code: string, messageId: MessageId, text: string, output?: { id: MessageId; code: string }, nth = 0): TestCaseError<MessageId> => ({
  messageId,
  ...at(code, text, nth),
  suggestions: output ? [{ messageId: output.id, output: output.code }] : [],
});

const rename = (code: string) => ({ id: "renameField" as const, code });
const replace = (code: string) => ({ id: "replaceValue" as const, code });

const DASHBOARD = `unkey.portal.createSession({ portalId: "pc_123", externalId: user.id, permissions: ["keys.read", "keys.create"] });`;
const GOOD_REST = `externalId: "u_1", scopes: ["keys:read"]`;

// Keys no generation knows, renamed to the field probably meant.
const unknownFields: Cases = {
  valid: [
    `unkey.portal.createSession({ portal: "docs", externalId: user.id, scopes: ["keys:read", "analytics:read"], preview: true, returnUrl: "https://example.com/back" });`,
    `unkey.portal.createSession({ slug: "docs", externalId: "u_1", permissions: ["keys:read"] });`,
    // Not a portal call.
    `api.createSession({ portalId: "pc_1" });`,
    // A server's own route of the endpoint's path: its handler is no body.
    `app.post("/v2/portal.createSession", (req, res) => res.json({}));`,
    `router.post("/v2/portal.createSession", auth, handler);`,
    // `post` is every router's and mock's name too: a route with its handler or options, a
    // mock's reply, a path alone; Playwright's request sends its options' data.
    `fastify.post("/v2/portal.createSession", { schema: { body: bodySchema } }, async (req, reply) => ({ ok: true }));`,
    `fastify.post("https://api.unkey.com/v2/portal.createSession", routeOptions, handler);`,
    `fetchMock.post("https://api.unkey.com/v2/portal.createSession", { data: { url: "https://portal.example/s/1" }, meta: { requestId: "r" } });`,
    `nock(BASE).post("/v2/portal.createSession", { portal: "docs" });`,
    `request.post("https://api.unkey.com/v2/portal.createSession", { data: { portal: "docs", externalId: "u", scopes: ["keys:read"] }, headers });`,
    // ky's options, the body in them stringified: the body is what is judged, not the options.
    `ky.post("https://api.unkey.com/v2/portal.createSession", { body: JSON.stringify({ portal: "billing-portal", externalId: "u", scopes: ["keys:read"] }), headers });`,
    `unkey.keys.createSession({ portalId: "pc_1" });`,
    `function open(portal) { return portal.createSession({ portalId: "pc_1" }); }`,
    // A const body filled in after it is written: its fields are not what its initializer wrote.
    `const body = { portal: "docs" }; body.externalId = user.id; body.scopes = ["keys:read"]; unkey.portal.createSession(body);`,
    `const body = { portal: "docs", portalId: "pc_1" }; delete body.portalId; Object.assign(body, rest); unkey.portal.createSession(body);`,
    // A list filled in by its own methods, and fields written by destructuring or a loop (a new
    // user's crash hunt: each was judged by its initializer, "No scopes" and "Missing externalId").
    `const scopes = []; if (admin) scopes.push("keys:create"); scopes.push("keys:read"); unkey.portal.createSession({ portal: "docs", externalId: user.id, scopes });`,
    `const body = { portal: "docs", externalId: "u_1", scopes: [] }; body.scopes.unshift("keys:read"); unkey.portal.createSession(body);`,
    `const SC = ["keys.read"]; SC.splice(0, 1, "keys:read"); unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: SC });`,
    `const body = { portal: "docs", scopes: ["keys:read"] }; ({ id: body.externalId } = user); unkey.portal.createSession(body);`,
    `const body = { portal: "docs", scopes: ["keys:read"] }; [body.externalId = "u_1"] = ids; unkey.portal.createSession(body);`,
    `const body = { portal: "docs", scopes: ["keys:read"] }; for (body.externalId of ids) unkey.portal.createSession(body);`,
  ],
  invalid: [
    // An HTTP client's post to the endpoint sends its data as the body.
    {
      code: `axios.post("https://api.unkey.com/v2/portal.createSession", { portal: "docs", externalId: "u_1", scopes: ["keys.read"] });`,
      errors: [
        report(
          `axios.post("https://api.unkey.com/v2/portal.createSession", { portal: "docs", externalId: "u_1", scopes: ["keys.read"] });`,
          "unknown_scope",
          '"keys.read"',
          replace(`axios.post("https://api.unkey.com/v2/portal.createSession", { portal: "docs", externalId: "u_1", scopes: ["keys:read"] });`),
        ),
      ],
    },
    {
      // The SDK's portal member taken out first is still the SDK.
      code: `const { portal } = unkey; portal.createSession({ portalId: "pc_1", ${GOOD_REST} });`,
      errors: [
        report(
          `const { portal } = unkey; portal.createSession({ portalId: "pc_1", ${GOOD_REST} });`,
          "unknown_field",
          "portalId",
          rename(`const { portal } = unkey; portal.createSession({ portal: "pc_1", ${GOOD_REST} });`),
        ),
      ],
    },
    // The field a key stands for already sent: renaming would write it twice, and the later key,
    // which JSON keeps, may name another portal; the key is reported with no suggestion.
    ...[
      `unkey.portal.createSession({ portal: "billing-portal", portalId: "pc_1", ${GOOD_REST} });`,
      `unkey.portal.createSession({ portalId: "pc_1", portal: "billing-portal", ${GOOD_REST} });`,
      `const BASE = { portal: "billing-portal" }; unkey.portal.createSession({ ...BASE, portalId: "pc_1", ${GOOD_REST} });`,
      `unkey.portal.createSession({ slug: "billing-portal", portalId: "pc_1", externalId: "u_1", permissions: ["keys:read"] });`,
    ].map((code) => ({ code, errors: [report(code, "unknown_field", "portalId")] })),
    {
      code: `unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: ["keys:read"], scope: ["keys:create"] });`,
      errors: [
        report(
          `unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: ["keys:read"], scope: ["keys:create"] });`,
          "unknown_field",
          "scope",
          undefined,
          1,
        ),
      ],
    },
    {
      code: DASHBOARD,
      errors: [
        report(DASHBOARD, "unknown_field", "portalId", rename(DASHBOARD.replace("portalId", "portal"))),
        report(DASHBOARD, "unknown_scope", '"keys.read"', replace(DASHBOARD.replace('"keys.read"', '"keys:read"'))),
        report(DASHBOARD, "unknown_scope", '"keys.create"', replace(DASHBOARD.replace('"keys.create"', '"keys:create"'))),
      ],
    },
    ...[
      ["externalID", "externalId", `unkey.portal.createSession({ portal: "docs", externalID: "u_1", scopes: ["keys:read"] });`],
      ["scope", "scopes", `unkey.portal.createSession({ portal: "docs", externalId: "u_1", scope: ["keys:read"] });`],
      ["returnURL", "returnUrl", `unkey.portal.createSession({ portal: "docs", ${GOOD_REST}, returnURL: "https://example.com" });`],
      ["portal_id", "portal", `unkey.portal.createSession({ portal_id: "docs", ${GOOD_REST} });`],
    ].map(([key, field, code]) => ({
      code: code as string,
      errors: [report(code as string, "unknown_field", key as string, rename((code as string).replace(key as string, field as string)))],
    })),
    {
      // A shorthand keeps its value; a quoted key keeps its quotes.
      code: `unkey.portal.createSession({ portalId, ${GOOD_REST} });`,
      errors: [
        report(
          `unkey.portal.createSession({ portalId, ${GOOD_REST} });`,
          "unknown_field",
          "portalId",
          rename(`unkey.portal.createSession({ portal: portalId, ${GOOD_REST} });`),
        ),
      ],
    },
    {
      code: `unkey.portal.createSession({ 'portalId': "docs", ${GOOD_REST} });`,
      errors: [
        report(
          `unkey.portal.createSession({ 'portalId': "docs", ${GOOD_REST} });`,
          "unknown_field",
          "'portalId'",
          rename(`unkey.portal.createSession({ 'portal': "docs", ${GOOD_REST} });`),
        ),
      ],
    },
    {
      // No guess for a key like no field; `constructor` is sent as a key like any other.
      code: `unkey.portal.createSession({ portal: "docs", ${GOOD_REST}, user: 1, constructor: 2 });`,
      errors: [
        report(`unkey.portal.createSession({ portal: "docs", ${GOOD_REST}, user: 1, constructor: 2 });`, "unknown_field", "user"),
        report(`unkey.portal.createSession({ portal: "docs", ${GOOD_REST}, user: 1, constructor: 2 });`, "unknown_field", "constructor"),
      ],
    },
  ],
};

const BAD_SCOPES = `unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: ["keys:write", "api.*.read_key", "api.*.create_key", "keys:read", "keys:read"] });`;
const CONDITIONAL = `unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: admin ? ["keys.read", "keys:create"] : ["keys:read"] });`;
const FOLLOWED = `const SCOPES = ["keys.read"];\nconst body = { portal: "docs", externalId: "u_1", scopes: SCOPES };\nunkey.portal.createSession(body);\nunkey.portal.createSession(body);`;
const PARTLY_KNOWN = `unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: [...more, "keys.read", "keys:read", "keys:read"] });`;

// Scopes: the vocabulary, root-key permissions with why, duplicates, the list's type and length.
const scopes: Cases = {
  valid: [
    `unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: [scope, "keys:read"] });`,
    `unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: admin ? ["keys:create"] : ["keys:read"] });`,
    // A list too long to judge whole is judged entry by entry: no duplicate is said.
    {
      name: "10,000 entries of one scope",
      code: `unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: [${Array.from({ length: 10_000 }, () => '"keys:read"').join(", ")}] });`,
    },
  ],
  invalid: [
    {
      code: BAD_SCOPES,
      errors: [
        report(BAD_SCOPES, "unknown_scope", '"keys:write"'),
        report(BAD_SCOPES, "legacy_permission", '"api.*.read_key"', replace(BAD_SCOPES.replace('"api.*.read_key"', '"keys:read"'))),
        // An action that stands on two scopes: said, but no replacement is certain.
        report(BAD_SCOPES, "legacy_permission", '"api.*.create_key"'),
        report(BAD_SCOPES, "duplicate_scope", '"keys:read"', undefined, 1),
      ],
    },
    {
      code: `unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: [] });`,
      errors: [report(`unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: [] });`, "too_short", "[]")],
    },
    {
      code: `unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: "keys:read" });`,
      errors: [report(`unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: "keys:read" });`, "wrong_type", '"keys:read"')],
    },
    // An object or a list as an entry is no scope, and the list's other entries are still compared.
    ...(
      [
        [`unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: ["keys:read", []] });`, "[]"],
        [`unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: ["keys:read", { scope: "keys:read" }] });`, '{ scope: "keys:read" }'],
        [`unkey.portal.createSession({ slug: "docs", externalId: "u_1", permissions: [["keys:read"]] });`, '["keys:read"]'],
        [`unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: [...more, {}] });`, "{}"],
      ] as const
    ).map(([code, entry]) => ({ code, errors: [report(code, "not_a_string", entry)] })),
    {
      code: `unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: ["keys:read", "keys:read", {}] });`,
      errors: [
        report(
          `unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: ["keys:read", "keys:read", {}] });`,
          "duplicate_scope",
          '"keys:read"',
          undefined,
          1,
        ),
        report(`unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: ["keys:read", "keys:read", {}] });`, "not_a_string", "{}"),
      ],
    },
    {
      code: `unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: -1 });`,
      errors: [report(`unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: -1 });`, "wrong_type", "-1")],
    },
    {
      code: `unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: ["keys:read", -2n] });`,
      errors: [report(`unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: ["keys:read", -2n] });`, "not_a_string", "-2n")],
    },
    { code: CONDITIONAL, errors: [report(CONDITIONAL, "unknown_scope", '"keys.read"', replace(CONDITIONAL.replace('"keys.read"', '"keys:read"')))] },
    {
      // Reported where it is written, once however many calls send it.
      code: FOLLOWED,
      errors: [report(FOLLOWED, "unknown_scope", '"keys.read"', replace(FOLLOWED.replace('"keys.read"', '"keys:read"')))],
    },
    {
      // A spread of an unknown list: each known entry is still judged, the list as a whole is not.
      code: PARTLY_KNOWN,
      errors: [report(PARTLY_KNOWN, "unknown_scope", '"keys.read"', replace(PARTLY_KNOWN.replace('"keys.read"', '"keys:read"')))],
    },
  ],
};

const URL_BODY = (url: string) => `unkey.portal.createSession({ portal: "docs", ${GOOD_REST}, returnUrl: ${url} });`;
const LONG_URL = `"https://example.com/${"a".repeat(490)}"`;

// externalId, preview and returnUrl.
const values: Cases = {
  valid: [
    `unkey.portal.createSession({ portal: "docs", externalId: \`u_\${id}\`, scopes: ["keys:read"], preview: flag ? true : false });`,
    `unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: ["keys:read"], returnUrl: undefined });`,
    URL_BODY("`https://${host}/back`"),
  ],
  invalid: [
    ...(
      [
        ["externalId", '""', "too_short"],
        ["externalId", `"${"u".repeat(257)}"`, "too_long"],
        ["externalId", "42", "not_a_string"],
        // A negative number is as known as a positive one.
        ["externalId", "-1", "not_a_string"],
        ["preview", "-1", "wrong_type"],
        // An object or a list is no string, whatever it holds.
        ["externalId", "{}", "not_a_string"],
        ["externalId", '{ id: "u_1" }', "not_a_string"],
        ["externalId", "[]", "not_a_string"],
        ["returnUrl", "{}", "not_a_string"],
        ["returnUrl", '["https://example.com"]', "not_a_string"],
        ["preview", "{}", "wrong_type"],
        ["preview", '"yes"', "wrong_type"],
        ["preview", "0", "wrong_type"],
        ["preview", "`on`", "wrong_type"],
      ] as const
    ).map(([field, value, messageId]) => {
      const code = `unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: ["keys:read"], ${field}: ${value} });`.replace(
        field === "externalId" ? 'externalId: "u_1", ' : "\0",
        "",
      );
      return { code, errors: [report(code, messageId, value)] };
    }),
    ...['"/settings"', '"javascript:alert(1)"', '"mailto:a@example.com"', '"ftp://example.com"'].map((url) => ({
      code: URL_BODY(url),
      errors: [report(URL_BODY(url), "invalid_url", url)],
    })),
    { code: URL_BODY(LONG_URL), errors: [report(URL_BODY(LONG_URL), "too_long", LONG_URL)] },
  ],
};

const MIXED = `unkey.portal.createSession({ slug: "docs", externalId: "u_1", scopes: ["keys:read"] });`;
const MISSING = `unkey.portal.createSession({\n  portal: "docs",\n  scopes: ["keys:read"],\n});`;
const UNSET = `unkey.portal.createSession({ portal: "docs", externalId: undefined, scopes: ["keys:read"] });`;

// Which keys: the generations mixed, required fields missing only where nothing else could hold them.
const keys: Cases = {
  valid: [
    // An unknown spread, a computed key or a call's result may hold any field.
    `unkey.portal.createSession({ ...base, portal: "docs" });`,
    `unkey.portal.createSession({ [key]: "u_1", portal: "docs", scopes: ["keys:read"] });`,
    `unkey.portal.createSession(makeBody());`,
    `function open(body) { return unkey.portal.createSession(body); }`,
    // What cannot be known is not judged: a getter, a prototype, a spread of nothing, toJSON.
    `unkey.portal.createSession({ portal: "docs", externalId: "u_1", get scopes() { return ["bad"]; } });`,
    `unkey.portal.createSession({ __proto__: null, portal: "docs", externalId: "u_1", scopes: ["keys:read"] });`,
    `unkey.portal.createSession({ ...null, ...undefined, portal: "docs", externalId: "u_1", scopes: ["keys:read"] });`,
    `unkey.portal.createSession({ toJSON() { return {}; }, portalId: "pc_1" });`,
    // A known spread supplies the fields it holds.
    `const base = { externalId: "u_1", scopes: ["keys:read"] };\nunkey.portal.createSession({ ...base, portal: "docs" });`,
    // A value a later spread may overwrite is not judged.
    `unkey.portal.createSession({ portal: "docs", externalId: "", scopes: [], ...overrides });`,
    // The slug is valid-slug's.
    `unkey.portal.createSession({ portal: "My-Portal", externalId: "u_1", scopes: ["keys:read"] });`,
  ],
  invalid: [
    { code: MIXED, errors: [report(MIXED, "mixed_generations", "slug", { id: "migrateBody", code: MIXED.replace("slug", "portal") })] },
    // A missing field stands on the object's opening brace.
    { code: MISSING, errors: [report(MISSING, "missing_field", "{")] },
    { code: UNSET, errors: [report(UNSET, "missing_field", "{")] },
    {
      code: `const base = { externalID: "u_1" };\nunkey.portal.createSession({ ...base, portal: "docs", scopes: ["keys:read"] });`,
      errors: [
        report(
          `const base = { externalID: "u_1" };\nunkey.portal.createSession({ ...base, portal: "docs", scopes: ["keys:read"] });`,
          "unknown_field",
          "externalID",
          rename(`const base = { externalId: "u_1" };\nunkey.portal.createSession({ ...base, portal: "docs", scopes: ["keys:read"] });`),
        ),
      ],
    },
  ],
};

const OLDER_FETCH = `fetch("https://api.unkey.com/v2/portal.createSession", { method: "POST", body: JSON.stringify({ slug: "docs", externalId: "u_1", permissions: ["api.*.read_key", "keys:create", "api.*.create_key"] }) });`;
const MIGRATED = OLDER_FETCH.replace("slug", "portal").replace("permissions", "scopes").replace('"api.*.read_key"', '"keys:read"');
const STANDALONE = `import { portalCreateSession } from "@unkey/api/funcs/portalCreateSession.js";\nportalCreateSession(core, { portalId: "pc_1", externalId: "u_1", scopes: ["keys:read"] });`;
const WRAPPED = `billing.open(user, { portal: "docs", externalId: "u_1", scopes: ["keys.read"] });`;

// Every call shape valid-slug knows, and the older body where it is refused.
const shapes: Cases = {
  valid: [
    // Through the SDK, where no installed SDK is known to refuse it, the older body is the user's choice.
    `unkey.portal.createSession({ slug: "docs", externalId: "u_1", permissions: ["keys:read"] });`,
    { code: OLDER_FETCH.replace(/"api[^\]]*/, '"keys:read"'), options: [{ olderBody: "never" }] },
  ],
  invalid: [
    {
      // The current server refuses the older body: said once, on its first older key, with the rewrite.
      code: OLDER_FETCH,
      errors: [
        report(OLDER_FETCH, "older_body", "slug", { id: "migrateBody", code: MIGRATED }),
        report(OLDER_FETCH, "legacy_permission", '"api.*.read_key"', replace(OLDER_FETCH.replace('"api.*.read_key"', '"keys:read"'))),
        report(OLDER_FETCH, "legacy_permission", '"api.*.create_key"'),
      ],
    },
    {
      code: `unkey.portal.createSession({ slug: "docs", externalId: "u_1", permissions });`,
      options: [{ olderBody: "always" }],
      errors: [
        report(`unkey.portal.createSession({ slug: "docs", externalId: "u_1", permissions });`, "older_body", "slug", {
          id: "migrateBody",
          code: `unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: permissions });`,
        }),
      ],
    },
    { code: STANDALONE, errors: [report(STANDALONE, "unknown_field", "portalId", rename(STANDALONE.replace("portalId", "portal")))] },
    {
      code: WRAPPED,
      options: [{ callees: [{ name: "billing.open", argument: 1 }] }],
      errors: [report(WRAPPED, "unknown_scope", '"keys.read"', replace(WRAPPED.replace('"keys.read"', '"keys:read"')))],
    },
  ],
};

const GROUPS: readonly (readonly [string, Cases])[] = [
  ["unknown fields", unknownFields],
  ["scopes", scopes],
  ["externalId, preview and returnUrl", values],
  ["keys: generations and missing fields", keys],
  ["call shapes and the older body", shapes],
];

for (const [title, cases] of GROUPS) ruleTester.run(`valid-session-body: ${title}`, rule, cases);

describe("valid-session-body's words", () => {
  const linter = new Linter({ cwd: "/" });
  const lint = (code: string, options: unknown[] = []) =>
    linter.verify(
      code,
      [{ files: ["**/*.js"], plugins: { "portal-slug": plugin }, rules: { "portal-slug/valid-session-body": ["error", ...options] } }],
      "/cases/file.js",
    );

  it("are the core's, with the field path in front", () => {
    const [message] = lint(`unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: ["keys:read", "keys.read"] });`);
    const [issue] = checkCreateSessionField("scopes", ["keys:read", "keys.read"]);
    expect(message?.message).toBe(`scopes[1]: ${issue?.message}`);
  });

  it("say a key's problem as the guard does, what to write last", () => {
    const [message] = lint(DASHBOARD);
    const [issue] = checkCreateSessionKeys(["portalId", "externalId", "permissions"]).issues;
    expect(issue?.message.endsWith('; write "portal"')).toBe(true);
    expect(message?.message).toBe(issue?.message);
  });

  it("judge a huge list by its first entries", () => {
    const entries = Array.from({ length: MAX_LIST_ENTRIES * 4 }, (_, i) => `"bad-${i}"`).join(", ");
    const messages = lint(`unkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: [${entries}] });`);
    expect(messages).toHaveLength(MAX_LIST_ENTRIES);
    expect(messages.every((message) => message.messageId === "unknown_scope")).toBe(true);
  });

  it("reject a wrong option value naming the rule", () => {
    expect(() => lint("x();", [{ olderBody: "sometimes" }])).toThrow(
      /"portal-slug\/valid-session-body":[\s\S]*Value "sometimes" should be equal to one of the allowed values/,
    );
  });
});

describe("valid-session-body and the installed @unkey/api", () => {
  const root = mkdtempSync(path.join(tmpdir(), "portal-slug-sdk-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  /** A project with `@unkey/api` at `version` installed, and the path of a file in it. */
  const projectWith = (version: string): string => {
    const folder = path.join(root, version);
    mkdirSync(path.join(folder, "node_modules", "@unkey", "api"), { recursive: true });
    mkdirSync(path.join(folder, "src", "deep"), { recursive: true });
    writeFileSync(path.join(folder, "node_modules", "@unkey", "api", "package.json"), JSON.stringify({ name: "@unkey/api", version }));
    return path.join(folder, "src", "deep", "file.js");
  };
  const linter = new Linter({ cwd: root });
  const lint = (code: string, filename: string) =>
    linter.verify(code, [{ files: ["**/*.js"], plugins: { "portal-slug": plugin }, rules: { "portal-slug/valid-session-body": "error" } }], filename);
  const OLDER = `unkey.portal.createSession({ slug: "docs", externalId: "u_1", permissions: ["keys:read"] });`;
  const MIX = `unkey.portal.createSession({ slug: "docs", externalId: "u_1", scopes: ["keys:read"] });`;

  it.each(["2.5.1", "2.6.0", "3.0.0-beta.1"])("calls the older body an error where %s is installed, and names it", (version) => {
    const messages = lint(OLDER, projectWith(version));
    expect(messages.map((message) => [message.messageId, message.column])).toEqual([["older_body", 30]]);
    expect(messages[0]?.message).toContain(`@unkey/api ${version}, installed here`);
  });

  it.each(["2.5.0", "2.4.9", "1.9.0"])("lets the older body be where %s is installed, and takes the newer keys for the odd ones in a mix", (version) => {
    const file = projectWith(version);
    expect(lint(OLDER, file)).toEqual([]);
    const [mixed] = lint(MIX, file);
    expect([mixed?.messageId, mixed?.column]).toEqual(["mixed_generations", MIX.indexOf("scopes") + 1]);
  });
});

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");
const typedTester = new RuleTester({ languageOptions: { parser, parserOptions: { projectService: true, tsconfigRootDir: fixtures } } });
const UNION = `declare const scope: "keys.read" | "keys.write" | "keys:read";\nunkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: [scope] });`;

/** A list of scopes chosen by a key of a literal type: each list the key can name is judged where it is written. */
const KEYED_SCOPES = `type Role = "reader" | "writer";\nconst SCOPES: Record<Role, string[]> = { reader: ["keys:read"], writer: ["keys.create"] };\ndeclare const role: Role;\nunkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: SCOPES[role] });`;

typedTester.run("valid-session-body with type information", rule, {
  valid: [
    // Another vendor's SDK, installed, with a `portal.createSession` of its own: not Unkey's.
    {
      code: `import { Vendor } from "vendor-sdk";\nconst vendor = new Vendor({ apiKey: "k" });\nvendor.portal.createSession({ customerId: "c_1", theme: "dark" });`,
      filename: path.join(fixtures, "file.ts"),
    },
    {
      code: `declare const scope: "keys:read" | "analytics:read";\nunkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: [scope] });`,
      filename: path.join(fixtures, "file.ts"),
    },
  ],
  invalid: [
    // The members of one type with one problem make one report, which counts them.
    { code: UNION, filename: path.join(fixtures, "file.ts"), errors: [report(UNION, "unknown_scope", "scope", undefined, 2)] },
    {
      code: KEYED_SCOPES,
      filename: path.join(fixtures, "file.ts"),
      errors: [report(KEYED_SCOPES, "unknown_scope", '"keys.create"', replace(KEYED_SCOPES.replace('"keys.create"', '"keys:create"')))],
    },
  ],
});

/** The same chosen by a key the syntax knows, a const's: judged without type information too. */
const CONST_KEYED_SCOPES = `const SCOPES = { reader: ["keys:read"], writer: ["keys.create"] };\nconst ROLE = "writer";\nunkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: SCOPES[ROLE] });`;

// Without type information a key of a literal type is unknown: nothing is said of the lists it
// may name; a key that can only be known strings names them all the same.
ruleTester.run("valid-session-body, a computed key, without type information", rule, {
  valid: [KEYED_SCOPES],
  invalid: [
    {
      code: CONST_KEYED_SCOPES,
      errors: [report(CONST_KEYED_SCOPES, "unknown_scope", '"keys.create"', replace(CONST_KEYED_SCOPES.replace('"keys.create"', '"keys:create"')))],
    },
  ],
});

const project = path.join(fixtures, "project");
const service = path.join(project, "src", "services", "use.ts");
const IMPORTED = `import { DASHBOARD_BODY } from "../config/bodies.js";\nunkey.portal.createSession(DASHBOARD_BODY);`;
const IMPORTED_SCOPES = `import { SCOPES } from "../config/bodies.js";\nunkey.portal.createSession({ portal: "docs", externalId: "u_1", scopes: SCOPES });`;

ruleTester.run("valid-session-body across modules", rule, {
  valid: [{ code: IMPORTED, filename: service, settings: { "portal-slug": { followImports: false } } }],
  invalid: [
    {
      // Reported at the use, without a suggestion: ESLint edits only the file it lints.
      code: IMPORTED,
      filename: service,
      errors: [
        report(IMPORTED, "unknown_field", "DASHBOARD_BODY", undefined, 1),
        report(IMPORTED, "unknown_scope", "DASHBOARD_BODY", undefined, 1),
        report(IMPORTED, "unknown_scope", "DASHBOARD_BODY", undefined, 1),
      ],
    },
    { code: IMPORTED_SCOPES, filename: service, errors: [report(IMPORTED_SCOPES, "unknown_scope", "SCOPES", undefined, 1)] },
  ],
});

describe("valid-session-body across modules, in words", () => {
  it("names the file and line where the value is written", () => {
    const linter = new Linter({ cwd: project });
    const [message] = linter.verify(
      IMPORTED_SCOPES,
      [{ files: ["**/*.ts"], languageOptions: { parser }, plugins: { "portal-slug": plugin }, rules: { "portal-slug/valid-session-body": "error" } }],
      service,
    );
    expect(message?.message).toBe(
      'scopes[1] (written at src/config/bodies.ts:4:37): "keys.create" is not a scope: use keys:read, keys:create, keys:reroll or analytics:read; write "keys:create" there',
    );
  });
});

describe("valid-session-body's words for the older body under olderBody: always", () => {
  it("names the newer fields once, as what to send instead", () => {
    const linter = new Linter({ cwd: "/" });
    const config: Linter.Config[] = [{ plugins: { "portal-slug": plugin }, rules: { "portal-slug/valid-session-body": ["error", { olderBody: "always" }] } }];
    const [message] = linter.verify(`unkey.portal.createSession({ slug: "docs", externalId: "u_1", permissions: ["keys:read"] });`, config, "/project/file.js");
    expect(message?.message).toMatch(
      /^This is the older body \("slug", "permissions"\); @unkey\/api \S+ and the current server take "portal" with "scopes" instead$/,
    );
  });
});
