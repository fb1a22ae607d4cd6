// The valid-slug rule, one group of cases a shape the rule knows; every report with its exact
// line and columns, and the same reports drawn as carets under the code in a snapshot beside
// this file (`__snapshots__/valid-slug.test.ts.snap`), where a reviewer sees what each covers.
import path from "node:path";
import { fileURLToPath } from "node:url";
import parser from "@typescript-eslint/parser";
import type { RunTests } from "@typescript-eslint/rule-tester";
import { Linter } from "eslint";
import { DECLARED_PORTAL_SUGGESTION, validatePortalRef } from "portal-slug";
import { describe, expect, it, vi } from "vitest";
import { RuleTester } from "../testing/rule-tester.js";
import plugin from "../index.js";
import rule, { type MessageId, type Options } from "./valid-slug.js";

const ruleTester = new RuleTester({ languageOptions: { parser } });

type Cases = RunTests<MessageId, Options>;

/** The one suggestion a fixable report offers, as RuleTester compares it. */
const suggest = (output: string) => [{ messageId: "replaceWithSuggestion" as const, output }];
/** The one suggestion of a report whose value none of the declared portals is: the nearest of them. */
const declared = (output: string) => [{ messageId: DECLARED_PORTAL_SUGGESTION, output }];

// The SDK method, on any receiver whose chain ends in .portal.createSession.
const sdk: Cases = {
  valid: [
    // Valid slugs.
    `unkey.portal.createSession({ slug: "my-portal", externalId: "u_1", permissions: ["keys:read"] });`,
    `unkey.portal.createSession({ portal: "billing-2", externalId: "u_1", scopes: ["keys:read"] });`,
    `unkey.portal.createSession({ slug: "123" });`,
    `unkey.portal.createSession({ slug: "1st-portal" });`,
    `unkey.portal.createSession({ slug: \`my-portal\` });`,
    `unkey.portal.createSession(request);`,
    // Not a portal call.
    `api.createSession({ slug: "My-Portal" });`,
    `unkey.keys.createSession({ slug: "My-Portal" });`,
    `portal.createSession({ slug: "My-Portal" });`,
    `unkey.portal.getSession({ slug: "My-Portal" });`,
    // A receiver held by a name that may hold anything else, or by another member.
    `let portal = unkey.portal; portal.createSession({ slug: "My-Portal" });`,
    `function open(portal) { return portal.createSession({ slug: "My-Portal" }); }`,
    `const { keys } = unkey; keys.createSession({ slug: "My-Portal" });`,
    `const api = unkey.keys; api.createSession({ slug: "My-Portal" });`,
    // A field set to another member, or \`this\` of a function of its own, which the class's field is not.
    `class A { #portal = unkey.keys; m() { this.#portal.createSession({ slug: "My-Portal" }); } }`,
    `class A { #portal = unkey.portal; m() { return function () { return this.#portal.createSession({ slug: "My-Portal" }); }; } }`,
    `class A { #portal = unkey.portal; m() { this.#other.createSession({ slug: "My-Portal" }); } }`,
    `class A { static sessions = unkey.portal; m() { this.sessions.createSession({ slug: "My-Portal" }); } }`,
    `class A { sessions = unkey.portal; static m() { return this.sessions.createSession({ slug: "My-Portal" }); } }`,
  ],
  invalid: [
    // The SDK's portal member taken out first, destructured or by name.
    {
      code: `const { portal } = unkey; portal.createSession({ slug: "My-Portal" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 57,
          endLine: 1,
          endColumn: 61,
          suggestions: suggest(`const { portal } = unkey; portal.createSession({ slug: "my-portal" });`),
        },
      ],
    },
    {
      code: `const { portal: billing } = this.unkey; billing.createSession({ slug: "My-Portal" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 72,
          endLine: 1,
          endColumn: 76,
          suggestions: suggest(`const { portal: billing } = this.unkey; billing.createSession({ slug: "my-portal" });`),
        },
      ],
    },
    {
      code: `const portal = unkey.portal!; portal.createSession({ slug: "My-Portal" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 61,
          endLine: 1,
          endColumn: 65,
          suggestions: suggest(`const portal = unkey.portal!; portal.createSession({ slug: "my-portal" });`),
        },
      ],
    },
    // A field of the class set to the SDK's portal member, by its initializer or the constructor.
    {
      code: `class Billing { #portal = unkey.portal; open() { return this.#portal.createSession({ slug: "My-Portal" }); } }`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 93,
          endLine: 1,
          endColumn: 97,
          suggestions: suggest(`class Billing { #portal = unkey.portal; open() { return this.#portal.createSession({ slug: "my-portal" }); } }`),
        },
      ],
    },
    {
      code: `class Billing { readonly sessions; constructor(unkey: Unkey) { this.sessions = unkey.portal; } open = () => this.sessions.createSession({ slug: "My-Portal" }); }`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 146,
          endLine: 1,
          endColumn: 150,
          suggestions: suggest(
            `class Billing { readonly sessions; constructor(unkey: Unkey) { this.sessions = unkey.portal; } open = () => this.sessions.createSession({ slug: "my-portal" }); }`,
          ),
        },
      ],
    },
    {
      code: `class Billing { #portal = unkey.portal; open() { const sessions = this.#portal; return sessions.createSession({ slug: "My-Portal" }); } }`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 120,
          endLine: 1,
          endColumn: 124,
          suggestions: suggest(
            `class Billing { #portal = unkey.portal; open() { const sessions = this.#portal; return sessions.createSession({ slug: "my-portal" }); } }`,
          ),
        },
      ],
    },
    // TypeScript's and optional chaining's wrappers around the receiver or the method.
    {
      code: `unkey.portal!.createSession({ slug: "My-Portal" });`,
      errors: [
        { messageId: "uppercase", line: 1, column: 38, endLine: 1, endColumn: 42, suggestions: suggest(`unkey.portal!.createSession({ slug: "my-portal" });`) },
      ],
    },
    {
      code: `(unkey.portal as Portal).createSession({ slug: "My-Portal" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 49,
          endLine: 1,
          endColumn: 53,
          suggestions: suggest(`(unkey.portal as Portal).createSession({ slug: "my-portal" });`),
        },
      ],
    },
    {
      code: `unkey.portal.createSession!({ slug: "My-Portal" });`,
      errors: [
        { messageId: "uppercase", line: 1, column: 38, endLine: 1, endColumn: 42, suggestions: suggest(`unkey.portal.createSession!({ slug: "my-portal" });`) },
      ],
    },
    {
      code: `(ctx.unkey?.portal)?.createSession({ slug: "My-Portal" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 45,
          endLine: 1,
          endColumn: 49,
          suggestions: suggest(`(ctx.unkey?.portal)?.createSession({ slug: "my-portal" });`),
        },
      ],
    },
    {
      code: `unkey.portal.createSession({ slug: "My-Portal", externalId: "u_1" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 37,
          endLine: 1,
          endColumn: 41,
          suggestions: suggest(`unkey.portal.createSession({ slug: "my-portal", externalId: "u_1" });`),
        },
      ],
    },
    {
      // Optional chaining, this, and a computed method name.
      code: `this.unkey?.portal["createSession"]({ slug: "Acme" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 46,
          endLine: 1,
          endColumn: 47,
          suggestions: suggest(`this.unkey?.portal["createSession"]({ slug: "acme" });`),
        },
      ],
    },
    {
      code: `ctx.unkey?.portal?.createSession({ slug: "a_b_c" });`,
      errors: [
        {
          messageId: "underscore",
          line: 1,
          column: 44,
          endLine: 1,
          endColumn: 47,
          suggestions: suggest(`ctx.unkey?.portal?.createSession({ slug: "a-b-c" });`),
        },
      ],
    },
  ],
};

// Portal IDs, in the newer portal field and in the older slug field.
const ids: Cases = {
  valid: [`unkey.portal.createSession({ portal: "pc_3Kd9xQ2", externalId: "u_1", scopes: ["keys:read"] });`],
  invalid: [
    // A malformed ID is called an ID.
    {
      code: `unkey.portal.createSession({ portal: "pc_ab-c" });`,
      errors: [
        {
          messageId: "invalid_portal_id",
          data: {
            kind: "ID",
            slug: '"pc_ab-c"',
            where: "",
            detail: '"-" at index 5 is not allowed in a portal ID: "pc_" then letters and digits',
            others: "",
            write: "",
          },
          line: 1,
          column: 44,
          endLine: 1,
          endColumn: 45,
        },
      ],
    },
    {
      // The newer field: a non-ID portal is a slug, and a malformed ID is judged as an ID.
      code: `unkey.portal.createSession({ portal: "My-Portal", scopes: ["keys:read"] });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 43,
          suggestions: suggest(`unkey.portal.createSession({ portal: "my-portal", scopes: ["keys:read"] });`),
        },
      ],
    },
    {
      code: `unkey.portal.createSession({ portal: "pc_ab-c" });`,
      errors: [{ messageId: "invalid_portal_id", line: 1, column: 44, endLine: 1, endColumn: 45, suggestions: [] }],
    },
    // An ID mistyped (its prefix in capitals, a space before it) is an ID, not a slug to rewrite:
    // the slug made of its characters (`pc-3kd9xq2`) would name another portal.
    {
      code: `unkey.portal.createSession({ portal: "PC_3Kd9xQ2", externalId: "u_1" });`,
      errors: [
        {
          messageId: "invalid_portal_id",
          data: {
            kind: "ID",
            slug: '"PC_3Kd9xQ2"',
            where: "",
            detail: '"PC_" at index 0 starts a portal ID in capitals: "pc_" is lowercase',
            others: "",
            write: '; write "pc_3Kd9xQ2"',
          },
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 42,
          suggestions: suggest(`unkey.portal.createSession({ portal: "pc_3Kd9xQ2", externalId: "u_1" });`),
        },
      ],
    },
    {
      code: `unkey.portal.createSession({ portal: " pc_3Kd9xQ2", externalId: "u_1" });`,
      errors: [
        {
          messageId: "invalid_portal_id",
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 40,
          suggestions: suggest(`unkey.portal.createSession({ portal: "pc_3Kd9xQ2", externalId: "u_1" });`),
        },
      ],
    },
    {
      // The older slug takes no ID at all: told its characters, with no slug made of them.
      code: `unkey.portal.createSession({ slug: "PC_3Kd9xQ2", externalId: "u_1" });`,
      errors: [{ messageId: "uppercase", line: 1, column: 37, endLine: 1, endColumn: 46, suggestions: [] }],
    },
    // An ID in the older body's slug, which takes none: said whole, as an ID, with the field that
    // takes it, and no rewrite of its characters as a slug's.
    {
      code: `unkey.portal.createSession({ slug: "pc_3Kd9xQ2", externalId: "u_1", permissions: ["keys:read"] });`,
      errors: [
        {
          messageId: "underscore",
          data: {
            kind: "ID",
            slug: '"pc_3Kd9xQ2"',
            where: "",
            detail: '"slug" takes a slug, never a portal ID',
            others: "",
            write: '; send it as "portal", which Unkey\'s current body takes for either',
          },
          line: 1,
          column: 36,
          endLine: 1,
          endColumn: 48,
          suggestions: [],
        },
      ],
    },
    {
      // A mistyped ID whose meant ID none of the declared portals is near: that ID, said to be none of
      // them, not "the declared portal nearest it"; one near a declared ID: the declared one.
      code: `unkey.portal.createSession({ portal: "PC_abc" });`,
      settings: { "portal-slug": { portals: ["billing-portal", "pc_3Kd9xQ2"] } },
      errors: [
        {
          messageId: "invalid_portal_id",
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 42,
          suggestions: suggest(`unkey.portal.createSession({ portal: "pc_abc" });`),
        },
      ],
    },
    {
      code: `unkey.portal.createSession({ portal: "PC_3Kd9xQ3" });`,
      settings: { "portal-slug": { portals: ["billing-portal", "pc_3Kd9xQ2"] } },
      errors: [
        {
          messageId: "invalid_portal_id",
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 42,
          suggestions: declared(`unkey.portal.createSession({ portal: "pc_3Kd9xQ2" });`),
        },
      ],
    },
    {
      // With the workspace's portals declared, no declared slug is offered for an ID either.
      code: `const ID = "pc_3Kd9xQ2";\nunkey.portal.createSession({ slug: ID });`,
      settings: { "portal-slug": { portals: ["billing-portal", "pc_3Kd9xQ2"] } },
      errors: [{ messageId: "underscore", line: 1, column: 12, endLine: 1, endColumn: 24, suggestions: [] }],
    },
  ],
};

// The standalone portalCreateSession, however it is imported.
const standalone: Cases = {
  valid: [
    // A valid slug; a local function of the same name; the name imported from another module.
    `import { portalCreateSession } from "@unkey/api/funcs/portalCreateSession.js";
     portalCreateSession(core, { slug: "my-portal" });`,
    `function portalCreateSession(a: unknown, b: unknown) {} portalCreateSession(core, { slug: "My-Portal" });`,
    `import { portalCreateSession } from "./local"; portalCreateSession(core, { slug: "My-Portal" });`,
    `const { portalCreateSession } = await import("./local"); portalCreateSession(core, { slug: "My-Portal" });`,
    // After a spread, no argument's position is known.
    `import { portalCreateSession } from "@unkey/api/funcs/portalCreateSession.js";
     portalCreateSession(...args, { slug: "My-Portal" });`,
    // A require of another module, or a require this file declares itself.
    `const { portalCreateSession } = require("./local"); portalCreateSession(core, { slug: "My-Portal" });`,
    `function require(id: string): any { return {}; }
     const { portalCreateSession } = require("@unkey/api/funcs/portalCreateSession.js"); portalCreateSession(core, { slug: "My-Portal" });`,
    `import sdk = require("./local"); sdk.portalCreateSession(core, { slug: "My-Portal" });`,
    // A createRequire that is not node:module's makes no require.
    `import { createRequire } from "./fake"; const load = createRequire(); const { portalCreateSession } = load("@unkey/api/funcs/portalCreateSession.js"); portalCreateSession(core, { slug: "My-Portal" });`,
    // Another package whose path ends alike is not the SDK's.
    `import { portalCreateSession } from "npm:@other/api@2/funcs/portalCreateSession.js"; portalCreateSession(core, { slug: "My-Portal" });`,
  ],
  invalid: [
    // ESM's own require, made by createRequire under any name.
    {
      code: `import { createRequire } from "node:module";
const load = createRequire(import.meta.url);
const { portalCreateSession } = load("@unkey/api/funcs/portalCreateSession.js");
portalCreateSession(core, { slug: "My-Portal" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 4,
          column: 36,
          endLine: 4,
          endColumn: 40,
          suggestions: suggest(`import { createRequire } from "node:module";
const load = createRequire(import.meta.url);
const { portalCreateSession } = load("@unkey/api/funcs/portalCreateSession.js");
portalCreateSession(core, { slug: "my-portal" });`),
        },
      ],
    },
    // Import-equals read as a namespace, exported too; a template module name.
    {
      code: `import sdk = require("@unkey/api/funcs/portalCreateSession.js");
sdk["portalCreateSession"](core, { slug: "My-Portal" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 47,
          suggestions: suggest(`import sdk = require("@unkey/api/funcs/portalCreateSession.js");
sdk["portalCreateSession"](core, { slug: "my-portal" });`),
        },
      ],
    },
    {
      code: `export import sdk = require("@unkey/api/funcs/portalCreateSession.js");
const { portalCreateSession: open } = sdk; open(core, { slug: "My-Portal" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 2,
          column: 64,
          endLine: 2,
          endColumn: 68,
          suggestions: suggest(`export import sdk = require("@unkey/api/funcs/portalCreateSession.js");
const { portalCreateSession: open } = sdk; open(core, { slug: "my-portal" });`),
        },
      ],
    },
    {
      code: `const { portalCreateSession } = require(\`@unkey/api/funcs/portalCreateSession.js\`);
portalCreateSession(core, { slug: "My-Portal" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 40,
          suggestions: suggest(`const { portalCreateSession } = require(\`@unkey/api/funcs/portalCreateSession.js\`);
portalCreateSession(core, { slug: "my-portal" });`),
        },
      ],
    },
    // The module as Deno names an npm package's: `npm:` before it, a version after the package's name.
    {
      code: `import * as fns from "npm:@unkey/api@^2.5.1/funcs/portalCreateSession.js";
fns.portalCreateSession(core, { slug: "My-Portal" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 44,
          suggestions: suggest(`import * as fns from "npm:@unkey/api@^2.5.1/funcs/portalCreateSession.js";
fns.portalCreateSession(core, { slug: "my-portal" });`),
        },
      ],
    },
    {
      code: `const { portalCreateSession } = await import("npm:@unkey/api/funcs/portalCreateSession.js");
portalCreateSession(core, { slug: "My-Portal" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 40,
          suggestions: suggest(`const { portalCreateSession } = await import("npm:@unkey/api/funcs/portalCreateSession.js");
portalCreateSession(core, { slug: "my-portal" });`),
        },
      ],
    },
    // A dynamic import, destructured and renamed, or kept whole.
    {
      code: `const { portalCreateSession: open } = await import("@unkey/api/funcs/portalCreateSession.js");
open(core, { slug: "My-Portal" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 25,
          suggestions: suggest(`const { portalCreateSession: open } = await import("@unkey/api/funcs/portalCreateSession.js");
open(core, { slug: "my-portal" });`),
        },
      ],
    },
    {
      code: `const sdk = await import("@unkey/api/funcs/portalCreateSession");
sdk.portalCreateSession(core, { slug: "My-Portal" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 44,
          suggestions: suggest(`const sdk = await import("@unkey/api/funcs/portalCreateSession");
sdk.portalCreateSession(core, { slug: "my-portal" });`),
        },
      ],
    },
    // require() that no config declares, and TypeScript's import-equals.
    {
      code: `const { portalCreateSession: open } = require("@unkey/api/funcs/portalCreateSession.js");
open(core, { slug: "My-Portal" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 25,
          suggestions: suggest(`const { portalCreateSession: open } = require("@unkey/api/funcs/portalCreateSession.js");
open(core, { slug: "my-portal" });`),
        },
      ],
    },
    {
      code: `const sdk = require("@unkey/api/funcs/portalCreateSession");
sdk.portalCreateSession(core, { slug: "My-Portal" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 44,
          suggestions: suggest(`const sdk = require("@unkey/api/funcs/portalCreateSession");
sdk.portalCreateSession(core, { slug: "my-portal" });`),
        },
      ],
    },
    {
      code: `import sdk = require("@unkey/api/funcs/portalCreateSession.js");
sdk.portalCreateSession(core, { slug: "My-Portal" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 44,
          suggestions: suggest(`import sdk = require("@unkey/api/funcs/portalCreateSession.js");
sdk.portalCreateSession(core, { slug: "my-portal" });`),
        },
      ],
    },
    // The standalone function imported under the name fetch.
    {
      code: `import { portalCreateSession as fetch } from "@unkey/api/funcs/portalCreateSession.js";
fetch(core, { slug: "Bad_X" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 27,
          suggestions: suggest(`import { portalCreateSession as fetch } from "@unkey/api/funcs/portalCreateSession.js";
fetch(core, { slug: "bad-x" });`),
        },
      ],
    },
    {
      // The standalone function, renamed on import; and through a namespace import.
      code: `import { portalCreateSession as openPortal } from "@unkey/api/funcs/portalCreateSession.js";\nawait openPortal(unkeyCore, { slug: "Help Desk" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 44,
          suggestions: suggest(
            `import { portalCreateSession as openPortal } from "@unkey/api/funcs/portalCreateSession.js";\nawait openPortal(unkeyCore, { slug: "help-desk" });`,
          ),
        },
      ],
    },
    {
      code: `import * as funcs from "@unkey/api/funcs/portalCreateSession.js";\nfuncs.portalCreateSession(core, { portal: "-x-" });`,
      errors: [{ messageId: "leading_hyphen", line: 2, column: 44, endLine: 2, endColumn: 47, suggestions: [] }],
    },
  ],
};

// Raw fetch and new Request to the endpoint.
const fetch: Cases = {
  valid: [
    // A valid slug; another endpoint; a body that is no JSON.stringify; no body.
    `fetch("https://api.unkey.com/v2/portal.createSession", { method: "POST", body: JSON.stringify({ slug: "my-portal" }) });`,
    `fetch("https://api.unkey.com/v2/keys.createKey", { method: "POST", body: JSON.stringify({ slug: "My-Portal" }) });`,
    `fetch(url, { method: "POST", body: JSON.stringify({ slug: "My-Portal" }) });`,
    `fetch("https://api.unkey.com/v2/portal.createSession", { method: "POST", body: form });`,
    `fetch("https://api.unkey.com/v2/portal.createSession");`,
    // A URL that is the endpoint on one branch only may be any URL.
    `fetch(useUnkey ? "https://api.unkey.com/v2/portal.createSession" : otherUrl, { method: "POST", body: JSON.stringify({ slug: "Team_A" }) });`,
    // The endpoint's path in a query or a fragment is another URL.
    `fetch("https://evil.example/?next=/v2/portal.createSession", { method: "POST", body: JSON.stringify({ slug: "Bad_X" }) });`,
    `fetch(new URL("#/v2/portal.createSession", base), { method: "POST", body: JSON.stringify({ slug: "Bad_X" }) });`,
    // The endpoint named only in a query is another URL, with a query of its own too.
    `fetch("https://evil.example/?next=/v2/portal.createSession&x=1", { method: "POST", body: JSON.stringify({ slug: "Bad_X" }) });`,
    // An HTTP client's post to another URL, or another method to the endpoint.
    `axios.post("https://example.com/api/users", { portal: "Marketing Site" });`,
    `axios.put("https://api.unkey.com/v2/portal.createSession", { portal: "Bad_X" });`,
    `post("https://api.unkey.com/v2/portal.createSession", { portal: "Bad_X" });`,
    // axios called with a config: another method, or a URL written as a path alone.
    `axios({ method: "get", url: "https://api.unkey.com/v2/portal.createSession", data: { portal: "Bad_X" } });`,
    `axios({ method: "post", url: "/v2/portal.createSession", data: { portal: "Bad_X" } });`,
    // A client's options with a body that is no JSON.stringify of an object: nothing read.
    `ky.post("https://api.unkey.com/v2/portal.createSession", { body: form, headers });`,
  ],
  invalid: [
    // An HTTP client's post to the endpoint: axios's data, ky's and got's json, or `body: JSON.stringify(…)`.
    {
      code: `axios({ method: "post", url: "https://api.unkey.com/v2/portal.createSession", data: { portal: "Bad_X" }, headers });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 96,
          endLine: 1,
          endColumn: 101,
          suggestions: suggest(`axios({ method: "post", url: "https://api.unkey.com/v2/portal.createSession", data: { portal: "bad-x" }, headers });`),
        },
      ],
    },
    {
      code: `const ENDPOINT = "https://api.unkey.com/v2/portal.createSession";\napi.request({ url: ENDPOINT, method: "POST", data: { portal: "Bad_X" } });`,
      errors: [
        {
          messageId: "uppercase",
          line: 2,
          column: 63,
          endLine: 2,
          endColumn: 68,
          suggestions: suggest(
            `const ENDPOINT = "https://api.unkey.com/v2/portal.createSession";\napi.request({ url: ENDPOINT, method: "POST", data: { portal: "bad-x" } });`,
          ),
        },
      ],
    },
    {
      code: `got.post("https://api.unkey.com/v2/portal.createSession", { body: JSON.stringify({ portal: "Bad_X" }), headers });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 93,
          endLine: 1,
          endColumn: 98,
          suggestions: suggest(`got.post("https://api.unkey.com/v2/portal.createSession", { body: JSON.stringify({ portal: "bad-x" }), headers });`),
        },
      ],
    },
    {
      code: `axios.post("https://api.unkey.com/v2/portal.createSession", JSON.stringify({ portal: "Bad_X" }));`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 87,
          endLine: 1,
          endColumn: 92,
          suggestions: suggest(`axios.post("https://api.unkey.com/v2/portal.createSession", JSON.stringify({ portal: "bad-x" }));`),
        },
      ],
    },
    {
      code: `axios.post("https://api.unkey.com/v2/portal.createSession", { portal: "Bad_X", externalId: "u", scopes: ["keys:read"] }, { headers });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 72,
          endLine: 1,
          endColumn: 77,
          suggestions: suggest(
            `axios.post("https://api.unkey.com/v2/portal.createSession", { portal: "bad-x", externalId: "u", scopes: ["keys:read"] }, { headers });`,
          ),
        },
      ],
    },
    {
      code: `ky.post("https://api.unkey.com/v2/portal.createSession", { json: { portal: "Bad_X" }, headers }).json();`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 77,
          endLine: 1,
          endColumn: 82,
          suggestions: suggest(`ky.post("https://api.unkey.com/v2/portal.createSession", { json: { portal: "bad-x" }, headers }).json();`),
        },
      ],
    },

    // Endpoint URLs built from consts, `+` and new URL on every branch.
    {
      code: `const BASE = "https://api.unkey.com"; const ENDPOINT = "/v2/portal.createSession"; fetch(\`\${BASE}\${ENDPOINT}\`, { method: "POST", body: JSON.stringify({ slug: "Bad_X" }) });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 160,
          endLine: 1,
          endColumn: 165,
          suggestions: suggest(
            `const BASE = "https://api.unkey.com"; const ENDPOINT = "/v2/portal.createSession"; fetch(\`\${BASE}\${ENDPOINT}\`, { method: "POST", body: JSON.stringify({ slug: "bad-x" }) });`,
          ),
        },
      ],
    },
    {
      code: `fetch(BASE + "/v2/portal.createSession", { method: "POST", body: JSON.stringify({ slug: "Bad_X" }) });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 90,
          endLine: 1,
          endColumn: 95,
          suggestions: suggest(`fetch(BASE + "/v2/portal.createSession", { method: "POST", body: JSON.stringify({ slug: "bad-x" }) });`),
        },
      ],
    },
    {
      code: `fetch(eu ? new URL("/v2/portal.createSession", EU) : new URL("/v2/portal.createSession", US), { method: "POST", body: JSON.stringify({ slug: "Bad_X" }) });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 143,
          endLine: 1,
          endColumn: 148,
          suggestions: suggest(
            `fetch(eu ? new URL("/v2/portal.createSession", EU) : new URL("/v2/portal.createSession", US), { method: "POST", body: JSON.stringify({ slug: "bad-x" }) });`,
          ),
        },
      ],
    },
    // Every branch of the URL is the endpoint.
    {
      code: `fetch(eu ? "https://eu.unkey.com/v2/portal.createSession" : "https://api.unkey.com/v2/portal.createSession", { method: "POST", body: JSON.stringify({ slug: "Team_A" }) });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 158,
          endLine: 1,
          endColumn: 164,
          suggestions: suggest(
            `fetch(eu ? "https://eu.unkey.com/v2/portal.createSession" : "https://api.unkey.com/v2/portal.createSession", { method: "POST", body: JSON.stringify({ slug: "team-a" }) });`,
          ),
        },
      ],
    },
    {
      // Raw HTTP: a template URL on a base, the body from a const.
      code: `const BASE = "https://api.unkey.com";\nconst body = JSON.stringify({ slug: "Sales", externalId: id });\nawait fetch(\`\${BASE}/v2/portal.createSession\`, { method: "POST", headers, body });`,
      errors: [
        {
          messageId: "uppercase",
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 39,
          suggestions: suggest(
            `const BASE = "https://api.unkey.com";\nconst body = JSON.stringify({ slug: "sales", externalId: id });\nawait fetch(\`\${BASE}/v2/portal.createSession\`, { method: "POST", headers, body });`,
          ),
        },
      ],
    },
    {
      code: `const URL_ = "https://api.unkey.com/v2/portal.createSession";\nnew Request(URL_, { method: "POST", body: JSON.stringify({ slug: "a" }) });`,
      errors: [{ messageId: "too_short", line: 2, column: 66, endLine: 2, endColumn: 69, suggestions: [] }],
    },
    {
      code: `globalThis.fetch(new URL("/v2/portal.createSession", base), { body: JSON.stringify({ slug: "x_y_z" }) });`,
      errors: [
        {
          messageId: "underscore",
          line: 1,
          column: 94,
          endLine: 1,
          endColumn: 97,
          suggestions: suggest(`globalThis.fetch(new URL("/v2/portal.createSession", base), { body: JSON.stringify({ slug: "x-y-z" }) });`),
        },
      ],
    },
    {
      // A query or a fragment after the endpoint's path: still the endpoint.
      code: `fetch("https://api.unkey.com/v2/portal.createSession?trace=1", { method: "POST", body: JSON.stringify({ slug: "Bad_X" }) });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 112,
          endLine: 1,
          endColumn: 117,
          suggestions: suggest(`fetch("https://api.unkey.com/v2/portal.createSession?trace=1", { method: "POST", body: JSON.stringify({ slug: "bad-x" }) });`),
        },
      ],
    },
    {
      code: 'fetch(`${BASE}/v2/portal.createSession#${id}`, { body: JSON.stringify({ slug: "Bad_X" }) });',
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 80,
          endLine: 1,
          endColumn: 85,
          suggestions: suggest('fetch(`${BASE}/v2/portal.createSession#${id}`, { body: JSON.stringify({ slug: "bad-x" }) });'),
        },
      ],
    },
    {
      code: `fetch(BASE + "/v2/portal.createSession" + "?trace=" + id, { body: JSON.stringify({ slug: "Bad_X" }) });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 91,
          endLine: 1,
          endColumn: 96,
          suggestions: suggest(`fetch(BASE + "/v2/portal.createSession" + "?trace=" + id, { body: JSON.stringify({ slug: "bad-x" }) });`),
        },
      ],
    },
  ],
};

// The user's own wrappers, named in callees.
const callees: Cases = {
  valid: [
    // A wrapper of another name, and the slug as an argument that is unknown.
    { code: `billing.openPortal({ slug: "My-Portal" });`, options: [{ callees: [{ name: "shop.openPortal", property: "slug" }] }] },
    { code: `openPortal(team.slug);`, options: [{ callees: [{ name: "openPortal" }] }] },
    { code: `openPortal(...args, "My-Portal");`, options: [{ callees: [{ name: "openPortal", argument: 1 }] }] },
    // An index far past the arguments written costs nothing.
    { code: `openPortal("Bad_X");`, options: [{ callees: [{ name: "openPortal", argument: 2_000_000_000 }] }] },
    // A wrapper's value may be a portal ID, as the newer body's portal may (declared, or with none declared).
    {
      code: `openBySlug("pc_3Kd9xQ2"); PortalClient.open({ portalName: "pc_3Kd9xQ2" });`,
      options: [{ callees: [{ name: "openBySlug" }, { name: "PortalClient.open", property: "portalName" }] }],
    },
    {
      code: `openBySlug("pc_3Kd9xQ2");`,
      options: [{ callees: [{ name: "openBySlug" }] }],
      settings: { "portal-slug": { portals: ["billing-portal", "pc_3Kd9xQ2"] } },
    },
  ],
  invalid: [
    // A wrapper of the user's whose name a built-in shape also has is asked too.
    {
      code: `http.fetch("/portal", { slug: "My-Portal" });`,
      options: [{ callees: [{ name: "http.fetch", argument: 1, property: "slug" }] }],
      errors: [
        { messageId: "uppercase", line: 1, column: 32, endLine: 1, endColumn: 36, suggestions: suggest(`http.fetch("/portal", { slug: "my-portal" });`) },
      ],
    },
    {
      code: `api.Request({ slug: "My-Portal" });`,
      options: [{ callees: [{ name: "api.Request", property: "slug" }] }],
      errors: [{ messageId: "uppercase", line: 1, column: 22, endLine: 1, endColumn: 26, suggestions: suggest(`api.Request({ slug: "my-portal" });`) }],
    },
    {
      code: `my.portal.createSession(ctx, { slug: "My-Portal" });`,
      options: [{ callees: [{ name: "my.portal.createSession", argument: 1, property: "slug" }] }],
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 43,
          suggestions: suggest(`my.portal.createSession(ctx, { slug: "my-portal" });`),
        },
      ],
    },
    // The wrapper's name is matched against the end of the chain, whatever comes before it.
    {
      code: `clients[region].openPortal("My-Portal");`,
      options: [{ callees: [{ name: "openPortal" }] }],
      errors: [{ messageId: "uppercase", line: 1, column: 29, endLine: 1, endColumn: 33, suggestions: suggest(`clients[region].openPortal("my-portal");`) }],
    },
    {
      code: `class A { #billing: any; m() { this.#billing.openPortal("My-Portal"); } }`,
      options: [{ callees: [{ name: "openPortal" }] }],
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 58,
          endLine: 1,
          endColumn: 62,
          suggestions: suggest(`class A { #billing: any; m() { this.#billing.openPortal("my-portal"); } }`),
        },
      ],
    },
    {
      code: `clients[region].billing.openPortal("My-Portal");`,
      options: [{ callees: [{ name: "billing.openPortal" }] }],
      errors: [
        { messageId: "uppercase", line: 1, column: 37, endLine: 1, endColumn: 41, suggestions: suggest(`clients[region].billing.openPortal("my-portal");`) },
      ],
    },
    {
      // The user's own wrappers: a body property, or the slug as the argument itself.
      code: `this.billing.openPortal(user.id, { slug: "Team Portal" });`,
      options: [{ callees: [{ name: "billing.openPortal", argument: 1, property: "slug" }] }],
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 43,
          endLine: 1,
          endColumn: 49,
          suggestions: suggest(`this.billing.openPortal(user.id, { slug: "team-portal" });`),
        },
      ],
    },
    {
      code: `openPortal("my--portal");`,
      options: [{ callees: [{ name: "openPortal" }] }],
      errors: [{ messageId: "consecutive_hyphens", line: 1, column: 15, endLine: 1, endColumn: 17, suggestions: suggest(`openPortal("my-portal");`) }],
    },
  ],
};

// Values followed to where they are written.
const values: Cases = {
  valid: [
    // A valid const.
    `const SLUG = "my-portal"; unkey.portal.createSession({ slug: SLUG });`,
    // Dynamic values: nothing this file can know, so nothing is reported.
    `function open(slug: string) { return unkey.portal.createSession({ slug }); }`,
    `let slug = "My-Portal"; slug = read(); unkey.portal.createSession({ slug });`,
    `import { SLUG } from "./config"; unkey.portal.createSession({ slug: SLUG });`,
    `unkey.portal.createSession({ slug: getSlug() });`,
    `unkey.portal.createSession({ slug: config.portal.slug });`,
    `const PORTALS = { eu: "keys-eu", us: "Keys-US" }; unkey.portal.createSession({ slug: PORTALS[region] });`,
    `const PORTALS = { eu: "keys-eu", us: "Keys-US" }; const KEY = read(); unkey.portal.createSession({ slug: PORTALS[KEY] }); unkey.portal.createSession({ slug: PORTALS[eu ? "eu" : region] });`,
    // A key that leads back to itself, as code mid-edit may: no key, and no crash.
    `const P = { a: "Bad_A" }; const K = P[K]; unkey.portal.createSession({ portal: K }); const K1 = P[K2]; const K2 = P[K1]; unkey.portal.createSession({ portal: P[K1] });`,
    `const PORTALS = { eu: "keys-eu", ...extra }; unkey.portal.createSession({ slug: PORTALS.us });`,
    // An element past a spread may be any, and a hole or a key that is no index is none.
    `const A = [...extra, "Bad_One"]; unkey.portal.createSession({ slug: A[1] });`,
    `const A = ["Bad_One", , "ok-portal"]; unkey.portal.createSession({ slug: A[1] }); unkey.portal.createSession({ slug: A["01"] });`,
    `unkey.portal.createSession({ slug: ready && "My-Portal" });`,
    `unkey.portal.createSession({ ...defaults });`,
    // An unknown spread after the literal may replace it.
    `unkey.portal.createSession({ slug: "My-Portal", ...overrides });`,
    `unkey.portal.createSession({ slug: "My-Portal", [key]: value });`,
    // One lookup opens 64 spreads at most; past them a field is unknown (the invalid list has 64).
    `const W = { x: 1 }; const S = { slug: "My-Portal", ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W }; unkey.portal.createSession(S);`,
    // Eight objects each spreading the one before twelve times: 12^8 paths, cut short by the
    // lookup's spread budget (without it, this case runs for minutes).
    `const a0 = { x: 1 };\nconst a1 = { ...a0, ...a0, ...a0, ...a0, ...a0, ...a0, ...a0, ...a0, ...a0, ...a0, ...a0, ...a0 };\nconst a2 = { ...a1, ...a1, ...a1, ...a1, ...a1, ...a1, ...a1, ...a1, ...a1, ...a1, ...a1, ...a1 };\nconst a3 = { ...a2, ...a2, ...a2, ...a2, ...a2, ...a2, ...a2, ...a2, ...a2, ...a2, ...a2, ...a2 };\nconst a4 = { ...a3, ...a3, ...a3, ...a3, ...a3, ...a3, ...a3, ...a3, ...a3, ...a3, ...a3, ...a3 };\nconst a5 = { ...a4, ...a4, ...a4, ...a4, ...a4, ...a4, ...a4, ...a4, ...a4, ...a4, ...a4, ...a4 };\nconst a6 = { ...a5, ...a5, ...a5, ...a5, ...a5, ...a5, ...a5, ...a5, ...a5, ...a5, ...a5, ...a5 };\nconst a7 = { ...a6, ...a6, ...a6, ...a6, ...a6, ...a6, ...a6, ...a6, ...a6, ...a6, ...a6, ...a6 };\nconst a8 = { ...a7, ...a7, ...a7, ...a7, ...a7, ...a7, ...a7, ...a7, ...a7, ...a7, ...a7, ...a7 };\nunkey.portal.createSession(a8);`,
    // A helper with two returns, an async helper, a parameter's body: not one known object.
    `function bodyFor(eu) { if (eu) return { slug: "Eu_Portal" }; return { slug: "Us_Portal" }; } unkey.portal.createSession(bodyFor(true));`,
    `async function bodyFor() { return { slug: "My_Portal" }; } unkey.portal.createSession(bodyFor());`,
    `function open(body) { return unkey.portal.createSession(body); }`,
    // An Object.freeze that is not the global's.
    `const Object = { freeze: (x) => ({}) }; const P = Object.freeze({ eu: "EU_x" }); unkey.portal.createSession({ slug: P.eu });`,
    // A const object changed after it is written (a placeholder filled in later): its fields are
    // no longer what its initializer wrote.
    `const body = { portal: "", externalId: "u_1", scopes: ["keys:read"] }; body.portal = eu ? "billing-portal" : "dev-docs"; unkey.portal.createSession(body);`,
    `const body = { portal: "Bad_Placeholder" }; Object.assign(body, overrides); unkey.portal.createSession(body);`,
    `const cfg = { eu: { portal: "Bad_Eu" } }; cfg.eu["portal"] = read(); unkey.portal.createSession({ portal: cfg.eu.portal });`,
    `const body = { portal: "Bad_X" }; delete (body as any).portal; unkey.portal.createSession(body);`,
    `const P = ["Bad_X"]; P[0]++; unkey.portal.createSession({ portal: P[0] });`,
    `const P = ["Bad_A", "ok-ok"]; P.shift(); unkey.portal.createSession({ portal: P[0] });`,
    `const body = { portal: "Bad_Before" }; [body.portal] = next; unkey.portal.createSession(body);`,
    `const body = { portal: "Bad_Before" }; for (body.portal in map) unkey.portal.createSession(body);`,
    `const body = { portal: "Bad_Before" }; ({ ...body.rest } = next); unkey.portal.createSession(body);`,
  ],
  invalid: [
    // Reading a field, calling a method of it that changes nothing, or destructuring from it
    // leaves a const object as written.
    {
      code: `const P = ["Bad_X"]; P.slice(1); P.map(String); const [first] = P; ({ a: other.x } = P); unkey.portal.createSession({ portal: P[0] });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 18,
          suggestions: suggest(
            `const P = ["bad-x"]; P.slice(1); P.map(String); const [first] = P; ({ a: other.x } = P); unkey.portal.createSession({ portal: P[0] });`,
          ),
        },
      ],
    },
    // Reading a field, or changing another object, leaves a const object as written.
    {
      code: `const body = { portal: "Bad_X" }; log(body.portal); other.portal = "x"; Object.assign(other, body); unkey.portal.createSession(body);`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 30,
          suggestions: suggest(
            `const body = { portal: "bad-x" }; log(body.portal); other.portal = "x"; Object.assign(other, body); unkey.portal.createSession(body);`,
          ),
        },
      ],
    },
    // One lookup opens 64 spreads at most: the 64th still finds the field.
    {
      code: `const W = { x: 1 }; const S = { slug: "My-Portal", ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W }; unkey.portal.createSession(S);`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 40,
          endLine: 1,
          endColumn: 44,
          suggestions: suggest(
            `const W = { x: 1 }; const S = { slug: "my-portal", ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W, ...W }; unkey.portal.createSession(S);`,
          ),
        },
      ],
    },
    // Members of nested const objects, and numeric keys.
    {
      code: `const P = { prod: { eu: "EU_portal" } }; unkey.portal.createSession({ slug: P.prod.eu });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 29,
          suggestions: suggest(`const P = { prod: { eu: "eu-portal" } }; unkey.portal.createSession({ slug: P.prod.eu });`),
        },
      ],
    },
    {
      code: `unkey.portal.createSession({ slug: "My-Portal", 0: x });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 37,
          endLine: 1,
          endColumn: 41,
          suggestions: suggest(`unkey.portal.createSession({ slug: "my-portal", 0: x });`),
        },
      ],
    },
    {
      // An element of a const array, nested too, at the element.
      code: `const A = ["ok-portal", "Arr_Portal"] as const; const L = { items: ["List_Item"] }; unkey.portal.createSession({ slug: A[1] }); unkey.portal.createSession({ slug: L.items[0] });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 31,
          suggestions: suggest(
            `const A = ["ok-portal", "arr-portal"] as const; const L = { items: ["List_Item"] }; unkey.portal.createSession({ slug: A[1] }); unkey.portal.createSession({ slug: L.items[0] });`,
          ),
        },
        {
          messageId: "uppercase",
          line: 1,
          column: 70,
          endLine: 1,
          endColumn: 76,
          suggestions: suggest(
            `const A = ["ok-portal", "Arr_Portal"] as const; const L = { items: ["list-item"] }; unkey.portal.createSession({ slug: A[1] }); unkey.portal.createSession({ slug: L.items[0] });`,
          ),
        },
      ],
    },
    {
      code: `const R = { 1: "My-Portal" }; unkey.portal.createSession({ slug: R[1] });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 21,
          suggestions: suggest(`const R = { 1: "my-portal" }; unkey.portal.createSession({ slug: R[1] });`),
        },
      ],
    },
    {
      // Reported at the const's initializer, where the value is written.
      code: `const PORTAL_SLUG = "Billing";\nunkey.portal.createSession({ slug: PORTAL_SLUG });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 23,
          suggestions: suggest(`const PORTAL_SLUG = "billing";\nunkey.portal.createSession({ slug: PORTAL_SLUG });`),
        },
      ],
    },
    {
      // Shorthand, through as const and satisfies, reported once though two calls use it.
      code: `const slug = "my_portal" as const satisfies string;\nunkey.portal.createSession({ slug });\nunkey.portal.createSession({ slug: slug! });`,
      errors: [
        {
          messageId: "underscore",
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 18,
          suggestions: suggest(
            `const slug = "my-portal" as const satisfies string;\nunkey.portal.createSession({ slug });\nunkey.portal.createSession({ slug: slug! });`,
          ),
        },
      ],
    },
    {
      code: `const defaults = { slug: "Support" };\nunkey.portal.createSession({ ...defaults, externalId: "u_1" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 28,
          suggestions: suggest(`const defaults = { slug: "support" };\nunkey.portal.createSession({ ...defaults, externalId: "u_1" });`),
        },
      ],
    },
    {
      // A later property wins over an earlier spread.
      code: `const defaults = { slug: "my-portal" };\nunkey.portal.createSession({ ...defaults, slug: "Other" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 2,
          column: 50,
          endLine: 2,
          endColumn: 51,
          suggestions: suggest(`const defaults = { slug: "my-portal" };\nunkey.portal.createSession({ ...defaults, slug: "other" });`),
        },
      ],
    },
    {
      code: `const request = { slug: "Docs" } as const;\nawait unkey.portal.createSession(request);`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 27,
          suggestions: suggest(`const request = { slug: "docs" } as const;\nawait unkey.portal.createSession(request);`),
        },
      ],
    },
    {
      // A member of a const object is judged where the property is written.
      code: `const PORTALS = { eu: "keys-eu", us: "keys--us" } as const;\nunkey.portal.createSession({ portal: region === "eu" ? PORTALS.eu : PORTALS["us"] });`,
      errors: [
        {
          messageId: "consecutive_hyphens",
          line: 1,
          column: 43,
          endLine: 1,
          endColumn: 45,
          suggestions: suggest(
            `const PORTALS = { eu: "keys-eu", us: "keys-us" } as const;\nunkey.portal.createSession({ portal: region === "eu" ? PORTALS.eu : PORTALS["us"] });`,
          ),
        },
      ],
    },
    {
      // A computed key that can only be known strings, a const's or a conditional's: each value it names, where it is written (once for both calls).
      code: `const PORTALS = { production: "billing-portal", staging: "staging--portal" };\nconst KEY = "staging";\nunkey.portal.createSession({ portal: PORTALS[KEY] });\nunkey.portal.createSession({ portal: PORTALS[eu ? "production" : "staging"] });`,
      errors: [
        {
          messageId: "consecutive_hyphens",
          line: 1,
          column: 66,
          endLine: 1,
          endColumn: 68,
          suggestions: suggest(
            `const PORTALS = { production: "billing-portal", staging: "staging-portal" };\nconst KEY = "staging";\nunkey.portal.createSession({ portal: PORTALS[KEY] });\nunkey.portal.createSession({ portal: PORTALS[eu ? "production" : "staging"] });`,
          ),
        },
      ],
    },
    {
      // Both branches of a conditional, and the literal side of ?? and ||.
      code: `unkey.portal.createSession({ slug: isEu ? "eu-portal" : "US_portal" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 58,
          endLine: 1,
          endColumn: 61,
          suggestions: suggest(`unkey.portal.createSession({ slug: isEu ? "eu-portal" : "us-portal" });`),
        },
      ],
    },
    {
      code: `unkey.portal.createSession({ slug: process.env.PORTAL ?? "Main" });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 59,
          endLine: 1,
          endColumn: 60,
          suggestions: suggest(`unkey.portal.createSession({ slug: process.env.PORTAL ?? "main" });`),
        },
      ],
    },
    {
      code: `unkey.portal.createSession({ slug: (input || ("x")) });`,
      errors: [{ messageId: "too_short", line: 1, column: 47, endLine: 1, endColumn: 50, suggestions: [] }],
    },
    {
      // Members of Object.freeze.
      code: `const PORTALS = Object.freeze({ eu: "EU_portal" });\nunkey.portal.createSession({ slug: PORTALS.eu });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 38,
          endLine: 1,
          endColumn: 41,
          suggestions: suggest(`const PORTALS = Object.freeze({ eu: "eu-portal" });\nunkey.portal.createSession({ slug: PORTALS.eu });`),
        },
      ],
    },
    {
      // Destructured however deep, from objects and arrays, where it is written.
      code: `const CFG = { billing: { slug: "Cfgslug" }, arr: ["ok-portal", "Arrslug"] } as const;\nconst { billing: { slug: nested }, arr: [, second] } = CFG;\nconst [first] = [CFG.arr[1]];\nunkey.portal.createSession({ slug: nested });\nunkey.portal.createSession({ slug: first });\nunkey.portal.createSession({ slug: second });`,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 34,
          suggestions: suggest(
            `const CFG = { billing: { slug: "cfgslug" }, arr: ["ok-portal", "Arrslug"] } as const;\nconst { billing: { slug: nested }, arr: [, second] } = CFG;\nconst [first] = [CFG.arr[1]];\nunkey.portal.createSession({ slug: nested });\nunkey.portal.createSession({ slug: first });\nunkey.portal.createSession({ slug: second });`,
          ),
        },
        {
          messageId: "uppercase",
          line: 1,
          column: 65,
          endLine: 1,
          endColumn: 66,
          suggestions: suggest(
            `const CFG = { billing: { slug: "Cfgslug" }, arr: ["ok-portal", "arrslug"] } as const;\nconst { billing: { slug: nested }, arr: [, second] } = CFG;\nconst [first] = [CFG.arr[1]];\nunkey.portal.createSession({ slug: nested });\nunkey.portal.createSession({ slug: first });\nunkey.portal.createSession({ slug: second });`,
          ),
        },
      ],
    },
    {
      // A body built by a local helper, called or spread: reported once, where it is written.
      code: `function bodyFor(id: string) {\n  return { portal: "Help_Desk", externalId: id, scopes: ["keys:read"] } as const;\n}\nunkey.portal.createSession(bodyFor(a));\nunkey.portal.createSession({ ...bodyFor(b) });`,
      errors: [
        {
          messageId: "uppercase",
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 27,
          suggestions: suggest(
            `function bodyFor(id: string) {\n  return { portal: "help-desk", externalId: id, scopes: ["keys:read"] } as const;\n}\nunkey.portal.createSession(bodyFor(a));\nunkey.portal.createSession({ ...bodyFor(b) });`,
          ),
        },
      ],
    },
    {
      code: `const bodyFor = (id: string) => ({ slug: "my__portal", externalId: id });\nawait unkey.portal.createSession(bodyFor(user.id));`,
      errors: [
        {
          messageId: "underscore",
          line: 1,
          column: 45,
          endLine: 1,
          endColumn: 47,
          suggestions: suggest(`const bodyFor = (id: string) => ({ slug: "my-portal", externalId: id });\nawait unkey.portal.createSession(bodyFor(user.id));`),
        },
      ],
    },
  ],
};

// Templates with expressions.
const templates: Cases = {
  valid: [
    // Expressions that may hold anything, around parts that are right.
    `unkey.portal.createSession({ slug: \`team-\${id}\` });`,
    `unkey.portal.createSession({ slug: \`\${prefix}-portal\` });`,
    `unkey.portal.createSession({ portal: \`pc_\${id}\` });`,
    // An ID whose prefix is a const: its variable part cannot be seen.
    `const PREFIX = "pc_"; unkey.portal.createSession({ portal: \`\${PREFIX}\${id}Ab\` });`,
    // A portal template that may start with pc_ may be an ID, whose characters are not a slug's.
    `unkey.portal.createSession({ portal: \`\${live ? "pc_live" : "pc_test"}Z\${id}\` });`,
    `unkey.portal.createSession({ portal: \`\${prefix}\${id}Ab\` });`,
    `unkey.portal.createSession({ portal: \`\${kind}_\${id}\` });`,
  ],
  invalid: [
    // A portal template whose known start is no ID is judged as a slug.
    {
      code: `const PART = "team"; unkey.portal.createSession({ portal: \`\${PART}_\${id}\` });`,
      errors: [{ messageId: "underscore", line: 1, column: 67, endLine: 1, endColumn: 68 }],
    },
    {
      // A template without expressions is a literal; the suggestion keeps the backticks.
      code: "unkey.portal.createSession({ slug: `My-Portal` });",
      errors: [
        { messageId: "uppercase", line: 1, column: 37, endLine: 1, endColumn: 41, suggestions: suggest("unkey.portal.createSession({ slug: `my-portal` });") },
      ],
    },
    {
      // Template with expressions: the static parts are judged, at their characters, with no suggestion.
      code: "unkey.portal.createSession({ slug: `Team-${id}` });",
      errors: [{ messageId: "uppercase", line: 1, column: 37, endLine: 1, endColumn: 38, suggestions: [] }],
    },
    {
      code: "unkey.portal.createSession({ slug: `team-${id}_portal` });",
      errors: [{ messageId: "underscore", line: 1, column: 47, endLine: 1, endColumn: 48, suggestions: [] }],
    },
    {
      code: "unkey.portal.createSession({ slug: `-${id}` });",
      errors: [{ messageId: "leading_hyphen", line: 1, column: 37, endLine: 1, endColumn: 38, suggestions: [] }],
    },
    {
      code: "unkey.portal.createSession({ slug: `${id}-` });",
      errors: [{ messageId: "trailing_hyphen", line: 1, column: 42, endLine: 1, endColumn: 43, suggestions: [] }],
    },
    {
      // No portal ID holds a "-": a template with one is a slug, whatever the expression is.
      code: "unkey.portal.createSession({ portal: `${region}--portal` });",
      errors: [{ messageId: "consecutive_hyphens", line: 1, column: 48, endLine: 1, endColumn: 50, suggestions: [] }],
    },
    {
      code: "unkey.portal.createSession({ portal: `${team}-` });",
      errors: [{ messageId: "trailing_hyphen", line: 1, column: 46, endLine: 1, endColumn: 47, suggestions: [] }],
    },
    {
      // After its prefix an ID holds letters and digits: an underscore written there makes it no ID, and a slug has none either.
      code: "unkey.portal.createSession({ portal: `pc_${id}_x` });",
      errors: [{ messageId: "underscore", line: 1, column: 41, endLine: 1, endColumn: 42, suggestions: [] }],
    },
  ],
};

// Templates and sums whose every part is one value the rule knows: the whole value they make.
const composed: Cases = {
  valid: [
    `const ENV = "prod"; unkey.portal.createSession({ slug: \`\${ENV}-billing\` });`,
    // Put together, an ID is judged by the ID rule.
    `const PREFIX = "pc_"; const ID = "3Kd9xQ2"; unkey.portal.createSession({ portal: PREFIX + ID });`,
    `unkey.portal.createSession({ slug: "billing-" + 2 });`,
    // A sum of numbers first is a number, not text put together: not followed.
    `unkey.portal.createSession({ slug: 1 + 2 + "-Portal" });`,
    // A part with two values is not one value: the template's static parts are judged, and are right.
    `const ENV = live ? "Prod" : "dev"; unkey.portal.createSession({ slug: \`\${ENV}-billing\` });`,
    // Too deep to read: eight templates of templates and more are unknown, their static parts right.
    `const P0 = "Bad_Slug"; ${Array.from({ length: 9 }, (_, i) => `const P${i + 1} = \`\${P${i}}\`;`).join(" ")} unkey.portal.createSession({ slug: P9 });`,
  ],
  invalid: [
    {
      code: `const ENV = "Prod";\nunkey.portal.createSession({ slug: \`\${ENV}-billing\` });`,
      errors: [{ messageId: "uppercase", line: 2, column: 36, endLine: 2, endColumn: 52, suggestions: [] }],
    },
    {
      code: `unkey.portal.createSession({ slug: "billing" + "_portal" });`,
      errors: [{ messageId: "underscore", line: 1, column: 36, endLine: 1, endColumn: 57, suggestions: [] }],
    },
    {
      // Parts put together again: the whole value at the expression the call sends.
      code: `const TEAM = "team"; const BASE = \`\${TEAM}_x\`;\nunkey.portal.createSession({ slug: BASE + "-portal" });`,
      errors: [{ messageId: "underscore", line: 2, column: 36, endLine: 2, endColumn: 52, suggestions: [] }],
    },
    {
      // A const put together is reported where it is written, once for every call.
      code: `const SLUG = "Billing" + "-" + 2;\nunkey.portal.createSession({ slug: SLUG });\nunkey.portal.createSession({ slug: SLUG });`,
      errors: [{ messageId: "uppercase", line: 1, column: 14, endLine: 1, endColumn: 33, suggestions: [] }],
    },
    {
      // An enum member's initializer put together is read without type information.
      code: `enum Ref { A = "ok-ref", D = "Bad" + "_Concat" }\nunkey.portal.createSession({ portal: Ref.D });`,
      errors: [{ messageId: "uppercase", line: 1, column: 30, endLine: 1, endColumn: 47, suggestions: [] }],
    },
    {
      // Eight templates of templates deep is still read.
      code: `const P0 = "Bad_Slug"; ${Array.from({ length: 8 }, (_, i) => `const P${i + 1} = \`\${P${i}}\`;`).join(" ")}\nunkey.portal.createSession({ slug: P8 });`,
      errors: [{ messageId: "uppercase", line: 1, column: 175, endLine: 1, endColumn: 182, suggestions: [] }],
    },
  ],
};

// Each slug rule, and the characters a report covers.
const rules: Cases = {
  valid: [],
  invalid: [
    // The report stands on a problem that has a place; the length is named among the others.
    {
      code: `unkey.portal.createSession({ slug: "a_" });`,
      errors: [{ messageId: "underscore", line: 1, column: 38, endLine: 1, endColumn: 39 }],
    },
    // A template's raw CRLF is one character of its value, two of the file's.
    {
      code: `unkey.portal.createSession({ slug: \`line\r\nA_a\` });`,
      errors: [
        { messageId: "whitespace", line: 1, column: 41, endLine: 2, endColumn: 3, suggestions: suggest(`unkey.portal.createSession({ slug: \`line-a-a\` });`) },
      ],
    },
    {
      code: `unkey.portal.createSession({ slug: 'my_portal' });`,
      errors: [
        { messageId: "underscore", line: 1, column: 39, endLine: 1, endColumn: 40, suggestions: suggest(`unkey.portal.createSession({ slug: 'my-portal' });`) },
      ],
    },
    {
      code: `unkey.portal.createSession({ slug: "-portal" });`,
      errors: [
        {
          messageId: "leading_hyphen",
          line: 1,
          column: 37,
          endLine: 1,
          endColumn: 38,
          suggestions: suggest(`unkey.portal.createSession({ slug: "portal" });`),
        },
      ],
    },
    {
      code: `unkey.portal.createSession({ slug: "portal-" });`,
      errors: [
        {
          messageId: "trailing_hyphen",
          line: 1,
          column: 43,
          endLine: 1,
          endColumn: 44,
          suggestions: suggest(`unkey.portal.createSession({ slug: "portal" });`),
        },
      ],
    },
    {
      code: `unkey.portal.createSession({ slug: "my---portal" });`,
      errors: [
        {
          messageId: "consecutive_hyphens",
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 42,
          suggestions: suggest(`unkey.portal.createSession({ slug: "my-portal" });`),
        },
      ],
    },
    {
      code: `unkey.portal.createSession({ slug: "my  portal" });`,
      errors: [
        { messageId: "whitespace", line: 1, column: 39, endLine: 1, endColumn: 41, suggestions: suggest(`unkey.portal.createSession({ slug: "my-portal" });`) },
      ],
    },
    {
      code: `unkey.portal.createSession({ slug: "portаl" });`,
      errors: [
        {
          messageId: "invalid_character",
          line: 1,
          column: 41,
          endLine: 1,
          endColumn: 42,
          suggestions: suggest(`unkey.portal.createSession({ slug: "portal" });`),
        },
      ],
    },
    {
      // Too short has no span: the whole literal is the problem, and nothing can be suggested.
      code: `unkey.portal.createSession({ slug: "ab" });`,
      errors: [{ messageId: "too_short", line: 1, column: 36, endLine: 1, endColumn: 40, suggestions: [] }],
    },
    {
      code: `unkey.portal.createSession({ slug: "${"a".repeat(66)}" });`,
      errors: [
        {
          messageId: "too_long",
          line: 1,
          column: 101,
          endLine: 1,
          endColumn: 103,
          suggestions: suggest(`unkey.portal.createSession({ slug: "${"a".repeat(64)}" });`),
        },
      ],
    },
    {
      // Escapes: the report covers the six source characters that spell the underscore.
      code: `unkey.portal.createSession({ slug: "my\\u005Fportal" });`,
      errors: [
        { messageId: "underscore", line: 1, column: 39, endLine: 1, endColumn: 45, suggestions: suggest(`unkey.portal.createSession({ slug: "my-portal" });`) },
      ],
    },
    {
      code: `unkey.portal.createSession({ slug: "\\x4Dy-portal" });`,
      errors: [
        { messageId: "uppercase", line: 1, column: 37, endLine: 1, endColumn: 41, suggestions: suggest(`unkey.portal.createSession({ slug: "my-portal" });`) },
      ],
    },
    {
      code: `unkey.portal.createSession({ slug: "my-\\u{1F600}-portal" });`,
      errors: [
        {
          messageId: "invalid_character",
          line: 1,
          column: 40,
          endLine: 1,
          endColumn: 49,
          suggestions: suggest(`unkey.portal.createSession({ slug: "my-portal" });`),
        },
      ],
    },
    {
      // Several problems, one report: at the first, naming the others.
      code: `unkey.portal.createSession({ slug: "My_Portal!" });`,
      errors: [
        {
          messageId: "uppercase",
          data: {
            kind: "slug",
            slug: '"My_Portal!"',
            where: "",
            detail: '"M" at index 0 (and 1 more) is uppercase: slugs are lowercase',
            others: '; also "_" at index 2 is an underscore: join words with "-"; also "!" at index 9 is not allowed: use a-z, 0-9 and "-"',
            write: '; write "my-portal"',
          },
          line: 1,
          column: 37,
          endLine: 1,
          endColumn: 47,
          suggestions: [
            { messageId: "replaceWithSuggestion", data: { suggestion: '"my-portal"' }, output: `unkey.portal.createSession({ slug: "my-portal" });` },
          ],
        },
      ],
    },
  ],
};

// A portal field whose value is no string: the server takes none, whatever it is.
const notAString: Cases = {
  valid: [
    // Left out (JSON drops undefined): the body's business, valid-session-body's missing field.
    `unkey.portal.createSession({ portal: undefined, externalId: "u_1", scopes: ["keys:read"] });`,
    // A wrapper's argument that is the slug itself: only a string is known to be meant as one.
    { code: `portalLink(42);`, options: [{ callees: [{ name: "portalLink" }] }] },
    // Unknown is unknown.
    `unkey.portal.createSession({ portal: -offset });`,
  ],
  invalid: [
    ...(
      [
        [`unkey.portal.createSession({ portal: 42, externalId: "u_1", scopes: ["keys:read"] });`, 38, 40],
        [`unkey.portal.createSession({ portal: null, externalId: "u_1", scopes: ["keys:read"] });`, 38, 42],
        [`unkey.portal.createSession({ portal: true, externalId: "u_1", scopes: ["keys:read"] });`, 38, 42],
        [`unkey.portal.createSession({ portal: -1, externalId: "u_1", scopes: ["keys:read"] });`, 38, 40],
        [`unkey.portal.createSession({ portal: ["docs"], externalId: "u_1", scopes: ["keys:read"] });`, 38, 46],
        [`unkey.portal.createSession({ portal: { slug: "docs" }, externalId: "u_1", scopes: ["keys:read"] });`, 38, 54],
        // The older slug too, and a value followed to where it is written.
        [`unkey.portal.createSession({ slug: 42, externalId: "u_1", permissions: ["keys:read"] });`, 36, 38],
        [`const PORTALS = { eu: 7 }; unkey.portal.createSession({ portal: PORTALS.eu });`, 23, 24],
        [`unkey.portal.createSession({ portal: cond ? "docs" : 0 });`, 54, 55],
      ] as const
    ).map(([code, column, endColumn]) => ({ code, errors: [{ messageId: "not_a_string" as const, line: 1, column, endLine: 1, endColumn, suggestions: [] }] })),
    {
      code: `billing.openPortal(user, { portal: false });`,
      options: [{ callees: [{ name: "billing.openPortal", argument: 1, property: "portal" }] }],
      errors: [
        {
          messageId: "not_a_string",
          data: { field: "portal", where: "", detail: "Expected a string, got a boolean" },
          line: 1,
          column: 36,
          endLine: 1,
          endColumn: 41,
        },
      ],
    },
  ],
};

/** Every group, by what it is about. */
const GROUPS: [string, Cases][] = [
  ["the SDK method, on any receiver whose chain ends in .portal.createSession", sdk],
  ["portal IDs, in the newer portal field and in the older slug", ids],
  ["the standalone portalCreateSession, however it is imported", standalone],
  ["raw fetch and new Request to the endpoint", fetch],
  ["the user's own wrappers, named in callees", callees],
  ["values followed to where they are written", values],
  ["templates with expressions", templates],
  ["values put together from parts that are each known", composed],
  ["each slug rule, and the characters a report covers", rules],
  ["a body's portal field that is no string", notAString],
];

for (const [title, cases] of GROUPS) ruleTester.run(`valid-slug: ${title}`, rule, cases);

/**
 * The reports of `code` drawn under it: each reported line, carets under the characters the
 * report covers, then its message ID, message and the suggestion's replacement text.
 */
function drawn(code: string, messages: Linter.LintMessage[]): string {
  const lines = code.split(/\r?\n/);
  const out = [code, "---"];
  for (const message of messages) {
    const endLine = message.endLine ?? message.line;
    for (let line = message.line; line <= endLine; line++) {
      const text = lines[line - 1] ?? "";
      const from = line === message.line ? message.column - 1 : 0;
      const to = line === endLine ? (message.endColumn ?? message.column + 1) - 1 : text.length;
      out.push(`${String(line).padStart(3)} | ${text}`, `    | ${" ".repeat(from)}${"^".repeat(Math.max(1, to - from))}`);
    }
    const fixes = (message.suggestions ?? []).map((suggestion) => ` -> ${suggestion.fix.text}`).join("");
    out.push(`    ${message.messageId}: ${message.message}${fixes}`);
  }
  return out.join("\n");
}

describe("valid-slug's reports, drawn", () => {
  const linter = new Linter({ cwd: "/" });
  it.each(GROUPS)("%s", (_title, cases) => {
    const drawings = cases.invalid.map((test) => {
      const config: Linter.Config[] = [
        {
          files: ["**/*.ts"],
          languageOptions: { parser },
          plugins: { "portal-slug": plugin },
          rules: { "portal-slug/valid-slug": ["error", ...(test.options ?? [])] },
        },
      ];
      return drawn(test.code, linter.verify(test.code, config, "/cases/file.ts"));
    });
    expect(drawings.join("\n\n")).toMatchSnapshot();
  });
});

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");
const typedTester = new RuleTester({
  languageOptions: { parser, parserOptions: { projectService: true, tsconfigRootDir: fixtures } },
});

typedTester.run("valid-slug with type information", rule, {
  valid: [
    { code: `declare const slug: "eu-portal" | "us-portal"; unkey.portal.createSession({ slug });`, filename: path.join(fixtures, "file.ts") },
    // A name whose type is `undefined` alone has no text to judge.
    { code: `declare const slug: undefined; unkey.portal.createSession({ slug: slug ?? "eu-portal" });`, filename: path.join(fixtures, "file.ts") },
    // A union with a wide member is not fully known: nothing is reported.
    { code: `declare const slug: "Bad" | string; unkey.portal.createSession({ slug });`, filename: path.join(fixtures, "file.ts") },
    // The project's own `portal.createSession`, implemented in the project, not in Unkey's SDK.
    {
      code: `const services = { portal: { createSession: async (req: { userId: string; portal: string }) => req.userId } };\nservices.portal.createSession({ userId: "u", portal: "Bad_One" });\nclass Sso { portal = { createSession(portal: string) { return portal; } } }\nnew Sso().portal.createSession("Bad_One");`,
      filename: path.join(fixtures, "file.ts"),
    },
    // A name sent as an asserted type is judged by that type, not by the name's own wider one.
    {
      code: `type PortalName = "billing-portal" | "dev-docs";\nexport function open(target: PortalName | "eu" | "us") {\n  unkey.portal.createSession({ portal: target as PortalName });\n  unkey.portal.createSession({ portal: <PortalName>target });\n  const name = target as PortalName;\n  unkey.portal.createSession({ portal: name });\n}`,
      filename: path.join(fixtures, "file.ts"),
    },
    // A template whose parts are each one of a few literals, all of them valid; or one part of type string, where an underscore may be an ID's.
    {
      code: `declare const plan: "free" | "pro";\ndeclare const name: string;\nunkey.portal.createSession({ portal: \`\${plan}-portal\` });\nunkey.portal.createSession({ portal: \`\${name}_portal\` });`,
      filename: path.join(fixtures, "file.ts"),
    },
    // A key of a literal type is followed to each member it names; one the object lacks is unknown, and so is a key of type string.
    {
      code: `const P = { eu: "eu-portal", us: "us-portal" };\ndeclare const region: "eu" | "ap";\ndeclare const key: string;\nunkey.portal.createSession({ portal: P[region] });\nunkey.portal.createSession({ portal: P[key] });`,
      filename: path.join(fixtures, "file.ts"),
    },
  ],
  invalid: [
    // A template the syntax cannot put together, whose type as sent (as const) is a union of literals: each member judged.
    {
      code: `type Region = "eu" | "us";\ndeclare const region: Region;\nunkey.portal.createSession({ portal: \`\${region}_portal\` as const });\nconst portal = \`\${region}_portal\` as const;\nunkey.portal.createSession({ portal });`,
      filename: path.join(fixtures, "file.ts"),
      errors: [
        { messageId: "underscore", line: 3, column: 38, endLine: 3, endColumn: 65, suggestions: [] },
        { messageId: "underscore", line: 5, column: 30, endLine: 5, endColumn: 36, suggestions: [] },
      ],
    },
    // The same template without `as const`: each string its typed parts make, judged as the members of that type are.
    {
      code: `type Plan = "free" | "pro";\ndeclare const plan: Plan;\nconst PREFIX = "team";\nunkey.portal.createSession({ portal: \`\${PREFIX}-\${plan}_portal\` });`,
      filename: path.join(fixtures, "file.ts"),
      errors: [{ messageId: "underscore", line: 4, column: 38, endLine: 4, endColumn: 64, suggestions: [] }],
    },
    // A method only typed in the project (an interface standing in for the SDK's types) may be the SDK's.
    {
      code: `interface Client { portal: { createSession(body: { portal: string }): Promise<unknown> } }\ndeclare const unkey: Client;\nunkey.portal.createSession({ portal: "Bad_One" });`,
      filename: path.join(fixtures, "file.ts"),
      errors: [
        {
          messageId: "uppercase",
          line: 3,
          column: 39,
          endLine: 3,
          endColumn: 44,
          suggestions: suggest(
            `interface Client { portal: { createSession(body: { portal: string }): Promise<unknown> } }\ndeclare const unkey: Client;\nunkey.portal.createSession({ portal: "bad-one" });`,
          ),
        },
      ],
    },
    // A receiver the checker cannot place (any) is taken to be the SDK's, as without type information.
    {
      code: `declare const unkey: any;\nunkey.portal.createSession({ portal: "Bad_One" });`,
      filename: path.join(fixtures, "file.ts"),
      errors: [
        {
          messageId: "uppercase",
          line: 2,
          column: 39,
          endLine: 2,
          endColumn: 44,
          suggestions: suggest(`declare const unkey: any;\nunkey.portal.createSession({ portal: "bad-one" });`),
        },
      ],
    },
    // `satisfies` widens the members to string, and `as const` gives the member a literal type of
    // its own: either way each key the key's type can be is followed to its initializer and
    // reported there, as `REGION_PORTALS.us` is.
    ...["satisfies Record<Region, string>", "as const"].map((typing) => {
      const code = (us: string) =>
        `type Region = "eu" | "us";\nconst REGION_PORTALS = { eu: "eu-portal", us: "${us}" } ${typing};\ndeclare const region: Region;\nunkey.portal.createSession({ portal: REGION_PORTALS[region] });`;
      return {
        code: code("us--portal"),
        filename: path.join(fixtures, "file.ts"),
        errors: [{ messageId: "consecutive_hyphens" as const, line: 2, column: 50, endLine: 2, endColumn: 52, suggestions: suggest(code("us-portal")) }],
      };
    }),
    {
      // An optional literal union: `!` and `??` send only its strings, each judged.
      code: `function open(portal?: "eu-portal" | "Us_Portal", other?: "eu-portal" | "Ap_Portal") {\n  unkey.portal.createSession({ portal: portal! });\n  unkey.portal.createSession({ portal: other ?? "eu-portal" });\n}`,
      filename: path.join(fixtures, "file.ts"),
      errors: [
        { messageId: "uppercase", line: 2, column: 40, endLine: 2, endColumn: 46, suggestions: [] },
        { messageId: "uppercase", line: 3, column: 40, endLine: 3, endColumn: 45, suggestions: [] },
      ],
    },
    {
      code: `type Region = "eu-portal" | "US_portal";\ndeclare function region(): Region;\nunkey.portal.createSession({ slug: region() });`,
      filename: path.join(fixtures, "file.ts"),
      errors: [{ messageId: "uppercase", line: 3, column: 36, endLine: 3, endColumn: 44, suggestions: [] }],
    },
    {
      // A value followed to an expression whose type is wide (a call), asserted narrower where it is written: that literal type, at its use.
      code: `declare function read(): string;\nconst D = read() as "Bad_Concat";\nunkey.portal.createSession({ portal: D });`,
      filename: path.join(fixtures, "file.ts"),
      errors: [{ messageId: "uppercase", line: 3, column: 38, endLine: 3, endColumn: 39, suggestions: [] }],
    },
    {
      // A sibling enum member by its bare name has its literal type: the initializer put together, reported where it is written.
      code: `enum Ref { A = "Bad", D = A + "_Concat" }\nunkey.portal.createSession({ portal: Ref.D });`,
      filename: path.join(fixtures, "file.ts"),
      errors: [{ messageId: "uppercase", line: 1, column: 27, endLine: 1, endColumn: 40, suggestions: [] }],
    },
    {
      code: `function open(slug: "Main" | "Backup_1") {\n  return unkey.portal.createSession({ slug });\n}`,
      filename: path.join(fixtures, "file.ts"),
      // One report for the type's members: the first wrong one, with the count of the others.
      errors: [{ messageId: "uppercase", line: 2, column: 39, endLine: 2, endColumn: 43, suggestions: [] }],
    },
  ],
});

// A literal type's members against the declared portals: a malformed member outranks one none of
// them is (it is wrong wherever it is sent), whichever comes first in the union, and the count
// covers the rest, unknown ones included.
const DECLARED = { "portal-slug": { portals: ["billing-portal", "dev-docs", "pc_3Kd9xQ2"] } };
const file = path.join(fixtures, "file.ts");
typedTester.run("valid-slug with type information and declared portals", rule, {
  valid: [{ code: `declare const slug: "billing-portal" | "dev-docs"; unkey.portal.createSession({ slug });`, filename: file, settings: DECLARED }],
  invalid: [
    {
      code: `declare const region: "eu-portal" | "US_Portal";\nunkey.portal.createSession({ slug: region });`,
      filename: file,
      settings: DECLARED,
      errors: [
        {
          messageId: "uppercase",
          data: {
            kind: "slug",
            slug: '"US_Portal" (and 1 more member of its type)',
            where: "",
            detail: '"US" at index 0 (and 1 more) is uppercase: slugs are lowercase',
            // The member's form is none of the declared portals either: said now, not after it is written.
            others:
              '; also "_" at index 2 is an underscore: join words with "-"; also "us-portal" is none of the 3 portals declared, and Unkey answers 404 for a portal it does not have; none is close: "billing-portal", "dev-docs"',
            write: '; write "us-portal"',
          },
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
    {
      // The malformed member last in the union, and two unknown ones before it.
      code: `type Region = "eu-portal" | "ap-portal" | "us--portal";\ndeclare function region(): Region;\nunkey.portal.createSession({ slug: region() });`,
      filename: file,
      settings: DECLARED,
      errors: [{ messageId: "consecutive_hyphens", line: 3, column: 36, endLine: 3, endColumn: 44, suggestions: [] }],
    },
    {
      // Unions mixing IDs in the newer field: a malformed ID, or a malformed slug, outranks an unknown ID.
      code: `declare const portal: "pc_3Kd9xQ3" | "pc_ab-c";\nunkey.portal.createSession({ portal });`,
      filename: file,
      settings: DECLARED,
      errors: [
        {
          messageId: "invalid_portal_id",
          data: {
            kind: "ID",
            slug: '"pc_ab-c" (and 1 more member of its type)',
            where: "",
            detail: '"-" at index 5 is not allowed in a portal ID: "pc_" then letters and digits',
            others: "",
            write: "",
          },
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 36,
          suggestions: [],
        },
      ],
    },
    {
      code: `declare const portal: "pc_3Kd9xQ3" | "dev-docs" | "Dev_Docs";\nunkey.portal.createSession({ portal: portal });`,
      filename: file,
      settings: DECLARED,
      errors: [{ messageId: "uppercase", line: 2, column: 38, endLine: 2, endColumn: 44, suggestions: [] }],
    },
    {
      // Only unknown members: the first, with the count of the others and the closest portal.
      code: `declare const portal: "pc_3Kd9xQ3" | "eu-portal";\nunkey.portal.createSession({ portal });`,
      filename: file,
      settings: DECLARED,
      errors: [
        {
          messageId: "unknown_portal",
          data: {
            kind: "ID",
            slug: '"pc_3Kd9xQ3" (and 1 more member of its type)',
            where: "",
            detail: '"pc_3Kd9xQ3" is none of the 3 portals declared, and Unkey answers 404 for a portal it does not have',
            others: "",
            write: '; write "pc_3Kd9xQ2"',
          },
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 36,
          suggestions: [],
        },
      ],
    },
  ],
});

describe("valid-slug options", () => {
  const linter = new Linter();
  const lintWith = (options: unknown) =>
    linter.verify("openPortal('x');", [{ plugins: { "portal-slug": plugin }, rules: { "portal-slug/valid-slug": ["error", options] } }]);

  it.each([
    [{ callees: [{ name: "1st.open" }] }, /"portal-slug\/valid-slug":\s+Value "1st\.open" should match pattern/],
    [{ callees: [{ name: "open", argument: -1 }] }, /"portal-slug\/valid-slug":\s+Value -1 should be >= 0/],
    [{ callees: [{ name: "open", property: "" }] }, /"portal-slug\/valid-slug":\s+Value "" should NOT be shorter than 1 characters/],
    [{ callees: [{ argument: 0 }] }, /"portal-slug\/valid-slug":\s+Value \{"argument":0\} should have required property 'name'/],
    [{ callee: [] }, /"portal-slug\/valid-slug":[\s\S]*Unexpected property "callee"\. Expected properties: "callees"/],
  ])("rejects %j with ESLint's message naming the rule and the value", (options, message) => {
    expect(() => lintWith(options)).toThrow(message);
  });

  it.each([
    [[], /settings\["portal-slug"\]: Expected an object/],
    [{ followImports: "no" }, /settings\["portal-slug"\]\.followImports: Expected true or false, got a string/],
    [{ followImport: false }, /settings\["portal-slug"\]\.followImport: Not a setting of eslint-plugin-portal-slug, which knows followImports and portals/],
    [{ portals: "billing-portal" }, /settings\["portal-slug"\]\.portals: Expected an array of portal slugs and IDs/],
    [
      { portals: new Set(["billing-portal"]) },
      /settings\["portal-slug"\]\.portals: Expected an array of portal slugs and IDs, such as \["billing-portal", "pc_3Kd9xQ2"\], not a Set: spread it \(\[\.\.\.portals\]\), since ESLint's --cache reads a Set as \{\}/,
    ],
    [{ portals: ["billing-portal", 42] }, /settings\["portal-slug"\]\.portals\[1\]: Expected a string, a portal slug or ID, got a number/],
  ])("rejects the shared setting %j, naming it, on a file that may call a portal and on a run's first file", async (setting, message) => {
    const lint = (code: string, loaded: typeof plugin) =>
      linter.verify(code, [{ plugins: { "portal-slug": loaded }, settings: { "portal-slug": setting }, rules: { "portal-slug/valid-slug": "error" } }]);
    expect(() => lint("unkey.portal.createSession({ portal: 'x' });", plugin)).toThrow(message);
    // Said once a run on files without a portal call (issue 18 item 1); a run is a process,
    // whose plugin this test loads afresh.
    vi.resetModules();
    const fresh = (await import("../index.js")).default;
    expect(() => lint("let x = 1;", fresh)).toThrow(message);
  });

  it("gives a mistaken setting a stack of its one line, with what ESLint adds to the message: the plugin's frames name nothing to change", () => {
    let thrown: unknown;
    try {
      linter.verify(
        "unkey.portal.createSession({ portal: 'x' });",
        [{ plugins: { "portal-slug": plugin }, settings: { "portal-slug": { portals: "billing-portal" } }, rules: { "portal-slug/valid-slug": "error" } }],
        "a.js",
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    const { message, stack } = thrown as TypeError;
    expect(message).toMatch(
      /^Error while loading rule 'portal-slug\/valid-slug': settings\["portal-slug"\]\.portals: Expected an array[^\n]*\nOccurred while linting a\.js/,
    );
    expect(stack).toBe(`SettingsError: ${message}`);
  });

  it("accepts a wrapper with only a name", () => {
    expect(lintWith({ callees: [{ name: "openPortal" }] }).map((report) => report.messageId)).toEqual(["too_short"]);
  });
});

// Values kept in other modules: followed through imports, reported at the use (ESLint reports
// only in the file it lints), the message naming where the value is written.
const project = path.join(fixtures, "project");
const service = path.join(project, "src", "services", "use.ts");
// RuleTester lints with ESLint's working folder at the file system's root.
const written = (file: string, line: number, column: number) =>
  ` (written at ${path.relative(path.parse(project).root, path.join(project, file)).split(path.sep).join("/")}:${line}:${column})`;

/** Calls of the standalone function that a barrel of the project re-exports, each sending a bad slug. */
const BARREL = `import { portalCreateSession, openSession, viaImport } from "../config/unkey-lib.js";\nimport * as lib from "../config/unkey-lib.js";\nportalCreateSession(core, { slug: "Bad_One" });\nopenSession(core, { slug: "Bad_Two" });\nviaImport(core, { slug: "Bad_Three" });\nlib.openSession(core, { slug: "Bad_Four" });`;

/** What a report of `Dev_Docs`, written in another module, says besides where. */
const JSON_REPORT_DATA = {
  kind: "slug",
  slug: '"Dev_Docs"',
  detail: '"D" at index 0 (and 1 more) is uppercase: slugs are lowercase; also "_" at index 3 is an underscore: join words with "-"',
  others: "",
  write: '; write "dev-docs" there',
};

/** The cases every way of reading another module must agree on, with and without type information. */
const acrossModules: RunTests<MessageId, Options> = {
  valid: [
    { code: `import { GOOD } from "../config/portals.js"; unkey.portal.createSession({ portal: GOOD });`, filename: service },
    { code: `import { regions } from "../config/index.js"; unkey.portal.createSession({ portal: regions.US });`, filename: service },
    { code: `import { byName } from "../config"; unkey.portal.createSession({ portal: byName.main });`, filename: service },
    { code: `const { CURRENT } = require("../config/legacy.cjs"); unkey.portal.createSession({ portal: CURRENT });`, filename: service },
    // CommonJS exports written again as the module loads: changed inside, under a condition, or dropped by a new `module.exports`.
    {
      code: `const { CFG, UNDER_CONDITION } = require("../config/rewritten.cjs");\nunkey.portal.createSession({ portal: CFG.billing });\nunkey.portal.createSession({ portal: UNDER_CONDITION });`,
      filename: service,
    },
    { code: `unkey.portal.createSession({ portal: require("../config/replaced.cjs").DROPPED });`, filename: service },
    // A cycle of re-exports, a module that does not parse, one that does not exist: unknown, and silent.
    { code: `import { X } from "../config/cycle-a.js"; unkey.portal.createSession({ portal: X });`, filename: service },
    { code: `import { BROKEN } from "../config/broken.js"; unkey.portal.createSession({ portal: BROKEN });`, filename: service },
    { code: `import { Y } from "./nope.js"; unkey.portal.createSession({ portal: Y });`, filename: service },
    // A type-only import has no value.
    { code: `import type { REGIONS } from "../config/portals.js"; unkey.portal.createSession({ portal: REGIONS.us });`, filename: service },
    // An enum's initializers read its own members, not the module's const of the same name (TypeScript's reading).
    {
      code: `import { Portal } from "../config/enums.js"; unkey.portal.createSession({ portal: Portal.Billing }); unkey.portal.createSession({ portal: Portal.Docs });`,
      filename: service,
    },
    // A function of the project's own of the standalone function's name, and another export of a barrel that re-exports it.
    { code: `import { portalCreateSession } from "../config/local-lib.js"; portalCreateSession(core, { slug: "Bad_One" });`, filename: service },
    { code: `import { own } from "../config/unkey-lib.js"; own(core, { slug: "Bad_One" }); // portalCreateSession`, filename: service },
  ],
  invalid: [
    {
      // A number written in another module: reported at its use, said where it is written.
      code: `import { LEGACY_PORTAL } from "../config/portals.js";\nunkey.portal.createSession({ portal: LEGACY_PORTAL });`,
      filename: service,
      errors: [
        {
          messageId: "not_a_string",
          data: { field: "portal", where: written("src/config/portals.ts", 17, 30), detail: "Expected a string, got a number" },
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    {
      // The standalone function through a barrel of the project: re-exported, renamed, imported then exported, or read off its namespace.
      code: BARREL,
      filename: service,
      errors: [
        { messageId: "uppercase", line: 3, column: 36, endLine: 3, endColumn: 41, suggestions: suggest(BARREL.replace('"Bad_One"', '"bad-one"')) },
        { messageId: "uppercase", line: 4, column: 28, endLine: 4, endColumn: 33, suggestions: suggest(BARREL.replace('"Bad_Two"', '"bad-two"')) },
        { messageId: "uppercase", line: 5, column: 26, endLine: 5, endColumn: 31, suggestions: suggest(BARREL.replace('"Bad_Three"', '"bad-three"')) },
        { messageId: "uppercase", line: 6, column: 32, endLine: 6, endColumn: 37, suggestions: suggest(BARREL.replace('"Bad_Four"', '"bad-four"')) },
      ],
    },
    {
      // A member read by its enum's name in an initializer is followed; and a JSON module's byte order mark is no column.
      code: `import { Portal } from "../config/enums.js";\nimport bom from "../config/bom.json";\nunkey.portal.createSession({ portal: Portal.Loud });\nunkey.portal.createSession({ portal: bom.docs });`,
      filename: service,
      errors: [
        { messageId: "underscore", line: 3, column: 38, endLine: 3, endColumn: 49 },
        { messageId: "uppercase", data: { ...JSON_REPORT_DATA, where: written("src/config/bom.json", 1, 11) }, line: 4, column: 38, endLine: 4, endColumn: 46 },
      ],
    },
    {
      // JSON, imported or required (what `require` returns is the value itself), said where the
      // file has it: its first line is read after a prefix that moves no column.
      code: `import data from "../config/portals.json";\nconst json = require("../config/portals.json");\nconst { list: [, second] } = require("../config/portals.json");\nunkey.portal.createSession({ portal: data.docs });\nunkey.portal.createSession({ portal: json.list[1] });\nunkey.portal.createSession({ portal: second });`,
      filename: service,
      errors: [
        {
          messageId: "uppercase",
          data: { ...JSON_REPORT_DATA, where: written("src/config/portals.json", 1, 11) },
          line: 4,
          column: 38,
          endLine: 4,
          endColumn: 47,
        },
        { messageId: "uppercase", line: 5, column: 38, endLine: 5, endColumn: 50 },
        { messageId: "uppercase", line: 6, column: 38, endLine: 6, endColumn: 44 },
      ],
    },
    {
      // `satisfies`, and the member of an imported const object: reported at the whole member.
      code: `import { REGIONS } from "../config/portals.js";\nunkey.portal.createSession({ portal: REGIONS.us });`,
      filename: service,
      errors: [
        {
          messageId: "consecutive_hyphens",
          data: {
            kind: "slug",
            slug: '"us--portal"',
            where: written("src/config/portals.ts", 5, 47),
            detail: '"--" at index 2 is a double hyphen: keep one "-"',
            others: "",
            write: '; write "us-portal" there',
          },
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 48,
          suggestions: [],
        },
      ],
    },
    {
      // A `??` fallback, and a declared type that is no literal.
      code: `import { DEFAULT, SUPPORT } from "../config/portals.js";\nunkey.portal.createSession({ portal: DEFAULT });\nunkey.portal.createSession({ slug: SUPPORT });`,
      filename: service,
      errors: [
        { messageId: "uppercase", line: 2, column: 38, endLine: 2, endColumn: 45, suggestions: [] },
        { messageId: "underscore", line: 3, column: 36, endLine: 3, endColumn: 43, suggestions: [] },
      ],
    },
    {
      // An enum member, and a member of Object.freeze.
      code: `import { Tier, FROZEN } from "../config/portals.js";\nunkey.portal.createSession({ portal: Tier.Pro });\nunkey.portal.createSession({ portal: FROZEN.docs });`,
      filename: service,
      errors: [
        { messageId: "uppercase", line: 2, column: 38, endLine: 2, endColumn: 46, suggestions: [] },
        { messageId: "whitespace", line: 3, column: 38, endLine: 3, endColumn: 49, suggestions: [] },
      ],
    },
    {
      // A default export, a namespace through `export *`, `export { a as b } from`, and the module's index.
      code: `import portals from "../config/portals";\nimport * as cfg from "../config/index.js";\nimport { HELP_DESK, byName } from "../config";\nunkey.portal.createSession({ portal: portals.beta });\nunkey.portal.createSession({ portal: cfg.REGIONS.us });\nunkey.portal.createSession({ portal: HELP_DESK });\nunkey.portal.createSession({ portal: byName.beta });`,
      filename: service,
      errors: [
        {
          messageId: "underscore",
          data: {
            kind: "slug",
            slug: '"beta_portal"',
            where: written("src/config/portals.ts", 15, 36),
            detail: '"_" at index 4 is an underscore: join words with "-"',
            others: "",
            write: '; write "beta-portal" there',
          },
          line: 4,
          column: 38,
          endLine: 4,
          endColumn: 50,
        },
        { messageId: "consecutive_hyphens", line: 5, column: 38, endLine: 5, endColumn: 52 },
        { messageId: "underscore", line: 6, column: 38, endLine: 6, endColumn: 47 },
        { messageId: "underscore", line: 7, column: 38, endLine: 7, endColumn: 49 },
      ],
    },
    {
      // A JavaScript module named with `.js`, through `export * as`, and the tsconfig's `paths`.
      code: `import { regions } from "@config/index";\nunkey.portal.createSession({ portal: regions.EU });`,
      filename: service,
      errors: [
        {
          messageId: "uppercase",
          data: {
            kind: "slug",
            slug: '"EU-portal"',
            where: written("src/config/regions.js", 2, 19),
            detail: '"EU" at index 0 is uppercase: slugs are lowercase',
            others: "",
            write: '; write "eu-portal" there',
          },
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 48,
        },
      ],
    },
    {
      // CommonJS: a destructured require and a required namespace; a const that holds an import
      // is reported once, where it enters the file.
      code: `const { LEGACY } = require("../config/legacy.cjs");\nconst legacy = require("../config/legacy.cjs");\nconst L = legacy.LEGACY;\nunkey.portal.createSession({ portal: LEGACY });\nunkey.portal.createSession({ portal: L });\nunkey.portal.createSession({ slug: L });`,
      filename: service,
      errors: [
        { messageId: "uppercase", line: 3, column: 11, endLine: 3, endColumn: 24 },
        { messageId: "uppercase", line: 4, column: 38, endLine: 4, endColumn: 44 },
      ],
    },
    {
      // CommonJS: a module whose exports are one string; a key kept where `module.exports` is set anew.
      code: `const single = require("../config/single.cjs");\nunkey.portal.createSession({ portal: single });\nunkey.portal.createSession({ portal: require("../config/replaced.cjs").KEPT });`,
      filename: service,
      errors: [
        { messageId: "uppercase", line: 1, column: 16, endLine: 1, endColumn: 47 },
        { messageId: "uppercase", line: 3, column: 38, endLine: 3, endColumn: 76 },
      ],
    },
    {
      // A module TypeScript compiled to CommonJS, required.
      code: `const { COMPILED } = require("../config/compiled.cjs");\nunkey.portal.createSession({ portal: COMPILED });`,
      filename: service,
      errors: [{ messageId: "uppercase", line: 2, column: 38, endLine: 2, endColumn: 46 }],
    },
    {
      // A key that can only be one string, into an imported object: reported at the use, as `REGIONS.us` is.
      code: `import { REGIONS } from "../config/portals.js";\nconst KEY = "us";\nunkey.portal.createSession({ portal: REGIONS[KEY] });`,
      filename: service,
      errors: [{ messageId: "consecutive_hyphens", line: 3, column: 38, endLine: 3, endColumn: 50 }],
    },
    {
      // The body itself, spread from another module.
      code: `import { REGIONS } from "../config/portals.js";\nconst base = { portal: REGIONS.us };\nunkey.portal.createSession({ ...base, externalId: "u1" });`,
      filename: service,
      errors: [{ messageId: "consecutive_hyphens", line: 2, column: 24, endLine: 2, endColumn: 34 }],
    },
  ],
};

ruleTester.run("valid-slug across modules, without type information", rule, {
  ...acrossModules,
  valid: [
    ...acrossModules.valid,
    // The shared setting that keeps the rule to the linted file.
    {
      code: `import { REGIONS } from "../config/portals.js";\nunkey.portal.createSession({ portal: REGIONS.us });`,
      filename: service,
      settings: { "portal-slug": { followImports: false } },
    },
  ],
});

const projectTester = new RuleTester({
  languageOptions: { parser, parserOptions: { projectService: true, tsconfigRootDir: project } },
});
projectTester.run("valid-slug across modules, with type information", rule, acrossModules);

// A key of a literal type into an imported object: each member it names, reported at the use as
// `REGIONS.us` is. Without type information the key is unknown, and nothing is said.
const KEYED = `import { REGIONS, type Region } from "../config/portals.js";\ndeclare const region: Region;\nunkey.portal.createSession({ portal: REGIONS[region] });`;
ruleTester.run("valid-slug, a key of a literal type into an imported object, without type information", rule, {
  valid: [{ code: KEYED, filename: service }],
  invalid: [],
});
projectTester.run("valid-slug, a key of a literal type into an imported object, with type information", rule, {
  valid: [],
  invalid: [
    {
      code: KEYED,
      filename: service,
      errors: [
        {
          messageId: "consecutive_hyphens",
          data: {
            kind: "slug",
            slug: '"us--portal"',
            where: written("src/config/portals.ts", 5, 47),
            detail: '"--" at index 2 is a double hyphen: keep one "-"',
            others: "",
            write: '; write "us-portal" there',
          },
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 53,
          suggestions: [],
        },
      ],
    },
  ],
});

// The workspace's portals, declared once in the shared setting: a well-formed value none of them
// is gets unknown_portal, with the closest one (by edit distance, within a bound) as the suggestion.
const PORTALS = { "portal-slug": { portals: ["billing-portal", "dev-docs", "pc_3Kd9xQ2"] } };
const TYPO = `unkey.portal.createSession({ portal: "biling-portal", externalId: "u_1", scopes: ["keys:read"] });`;
const FAR = `unkey.portal.createSession({ slug: "support", externalId: "u_1", permissions: ["keys:read"] });`;
const ID_TYPO = `unkey.portal.createSession({ portal: "pc_3Kd9xQ3" });`;
const MALFORMED = `unkey.portal.createSession({ portal: "Dev-Docs" });`;

ruleTester.run("valid-slug with known portals", rule, {
  valid: [
    { code: `unkey.portal.createSession({ portal: "billing-portal" }); unkey.portal.createSession({ portal: "pc_3Kd9xQ2" });`, settings: PORTALS },
    // Without the setting, only the form is judged.
    TYPO,
    // A value no file can know is not guessed at.
    { code: `unkey.portal.createSession({ portal: process.env.PORTAL });`, settings: PORTALS },
  ],
  invalid: [
    {
      code: TYPO,
      settings: PORTALS,
      errors: [
        // Another portal than the one written: a suggestion of its own kind, which `portal-slug fix` leaves to a person.
        { messageId: "unknown_portal", line: 1, column: 38, endLine: 1, endColumn: 53, suggestions: declared(TYPO.replace("biling-portal", "billing-portal")) },
      ],
    },
    // A far value gets no suggestion; the message lists the declared ones.
    { code: FAR, settings: PORTALS, errors: [{ messageId: "unknown_portal", line: 1, column: 36, endLine: 1, endColumn: 45, suggestions: [] }] },
    {
      code: ID_TYPO,
      settings: PORTALS,
      errors: [
        { messageId: "unknown_portal", line: 1, column: 38, endLine: 1, endColumn: 50, suggestions: declared(ID_TYPO.replace("pc_3Kd9xQ3", "pc_3Kd9xQ2")) },
      ],
    },
    // A malformed value keeps its form report; its suggestion is the declared portal it is near,
    // its own form when that is the one declared.
    {
      code: MALFORMED,
      settings: PORTALS,
      errors: [{ messageId: "uppercase", line: 1, column: 39, endLine: 1, endColumn: 44, suggestions: suggest(MALFORMED.replace("Dev-Docs", "dev-docs")) }],
    },
    {
      // Its form, "billing-portal-us", is declared nowhere: the nearest declared one is another portal.
      code: `unkey.portal.createSession({ portal: "Billing_Portal_US" });`,
      settings: PORTALS,
      errors: [
        {
          messageId: "uppercase",
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 56,
          suggestions: [
            {
              messageId: DECLARED_PORTAL_SUGGESTION,
              data: { suggestion: '"billing-portal"' },
              output: `unkey.portal.createSession({ portal: "billing-portal" });`,
            },
          ],
        },
      ],
    },
  ],
});

describe("valid-slug with known portals, in words", () => {
  const linter = new Linter({ cwd: "/" });
  const lint = (code: string, portals: unknown) =>
    linter.verify(
      code,
      [{ plugins: { "portal-slug": plugin }, settings: { "portal-slug": { portals } }, rules: { "portal-slug/valid-slug": "error" } }],
      "/cases/file.js",
    );

  it("names the closest declared portal, in the core's words", () => {
    const [report] = lint(TYPO, PORTALS["portal-slug"].portals);
    const result = validatePortalRef("biling-portal", { portals: PORTALS["portal-slug"].portals });
    const [issue] = result.valid ? [] : result.issues;
    expect(report?.message).toBe(`Unknown portal slug "biling-portal": ${issue?.message}`);
    expect(report?.message).toMatch(/; write "billing-portal"$/);
  });

  it("says once, on the console, which entries are malformed, and checks against the others", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const portals = ["billing-portal", "Bad_Entry_For_Test"];
      expect(lint(TYPO, portals).map((report) => report.messageId)).toEqual(["unknown_portal"]);
      lint(TYPO, [...portals]);
      const said = warn.mock.calls.map(([message]) => String(message)).filter((message) => message.includes("Bad_Entry_For_Test"));
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(
        /^eslint-plugin-portal-slug: settings\["portal-slug"\]\.portals\[1\]: "Bad_Entry_For_Test" is no portal slug or ID.*; the entry is left out$/,
      );
    } finally {
      warn.mockRestore();
    }
  });

  it("builds a list of 100,000 portals once a config: ten more files cost less than the first, which built it", () => {
    const portals = Array.from({ length: 100_000 }, (_, i) => `portal-${i}`);
    const config: Linter.Config[] = [
      { plugins: { "portal-slug": plugin }, settings: { "portal-slug": { portals } }, rules: { "portal-slug/valid-slug": "error" } },
    ];
    const code = `unkey.portal.createSession({ portal: "portal-1234x" });`;
    let start = performance.now();
    const [first] = linter.verify(code, config, "/cases/a.js");
    const building = performance.now() - start;
    start = performance.now();
    for (let i = 0; i < 10; i++) linter.verify(code, config, `/cases/b${i}.js`);
    const tenMore = performance.now() - start;
    expect(first?.messageId).toBe("unknown_portal");
    expect(first?.suggestions?.[0]?.fix.text).toBe('"portal-1234"');
    expect(tenMore).toBeLessThan(building);
  });
});
