// Which values of a portal call are sent as the portal: the built-in bodies' portal fields, found
// through the call sites, and what the user's wrappers name.
import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { createSessionBodyFinder, indexCallees } from "../../util/calls/call-sites.js";
import { readBody } from "../../util/values/body-shape.js";
import { analyse } from "../../testing/analyse.js";
import { slugValuesOf, type SlugCallee } from "./slug-sites.js";

const callsOf = (file: ReturnType<typeof analyse>) => [
  ...file.all<TSESTree.CallExpression>("CallExpression"),
  ...file.all<TSESTree.NewExpression>("NewExpression"),
];

/** Every value the calls of `code` send as a portal, as `accepts source-text`. */
function sent(code: string, callees: SlugCallee[] = []): string[] {
  const file = analyse(code);
  const bodyOf = createSessionBodyFinder(file.sourceCode, file.scope, "/cases/file.ts");
  const wrappers = indexCallees(callees);
  return callsOf(file).flatMap((call) => {
    const body = bodyOf(call);
    return slugValuesOf(call, body && readBody(body.ref), wrappers, file.scope).map(({ ref, accepts }) => `${accepts} ${file.sourceCode.getText(ref.node)}`);
  });
}

const STANDALONE = 'import { portalCreateSession } from "@unkey/api/funcs/portalCreateSession.js";';

describe("slugValuesOf", () => {
  it.each([
    ['unkey.portal.createSession({ slug: "a" });', ['slug "a"']],
    ['unkey.portal.createSession({ portal: "a" });', ['ref "a"']],
    ['this.unkey?.portal["createSession"]({ slug: S });', ["slug S"]],
    ['(unkey.portal as Portal).createSession({ slug: "a", portal: "b" });', ['slug "a"', 'ref "b"']],
    ['const body = { slug: "a" }; unkey.portal.createSession(body);', ['slug "a"']],
    [`${STANDALONE} portalCreateSession(core, { slug: "a" });`, ['slug "a"']],
    ['fetch("https://api.unkey.com/v2/portal.createSession", { body: JSON.stringify({ portal: "a" }) });', ['ref "a"']],
    ['new Request(`${BASE}/v2/portal.createSession`, { body: JSON.stringify({ slug: "a" }) });', ['slug "a"']],
    ['globalThis.fetch(URL_, { body: globalThis.JSON.stringify({ slug: "a" }) }); const URL_ = "/v2/portal.createSession";', ['slug "a"']],
  ])("finds in %s", (code, expected) => {
    expect(sent(code)).toEqual(expected);
  });

  it.each([
    'unkey.keys.createSession({ slug: "a" });',
    'portal.createSession({ slug: "a" });',
    'createSession({ slug: "a" });',
    'fetch("https://api.unkey.com/v2/keys.createKey", { body: JSON.stringify({ slug: "a" }) });',
    'fetch("https://api.unkey.com/v2/portal.createSession", { body: serialize({ slug: "a" }) });',
    'function portalCreateSession(a, b) {} portalCreateSession(core, { slug: "a" });',
    `${STANDALONE} portalCreateSession(...args, { slug: "a" });`,
    'unkey.portal.createSession({ slug: "a", ...overrides });',
  ])("finds nothing in %s", (code) => {
    expect(sent(code)).toEqual([]);
  });

  it("asks the user's wrappers by the end of the callee's chain, beside the built-in shapes", () => {
    const callees: SlugCallee[] = [
      { name: "billing.openPortal", argument: 1, property: "portal" },
      { name: "portalLink" },
      { name: "http.fetch", argument: 1, property: "slug" },
    ];
    expect(sent('clients[eu].billing.openPortal(user, { portal: "a" });', callees)).toEqual(['ref "a"']);
    expect(sent('openPortal(user, { portal: "a" });', callees)).toEqual([]);
    // A wrapper's own value is judged as the current body's portal is: a portal ID or a slug.
    expect(sent('portalLink("a");', callees)).toEqual(['ref "a"']);
    expect(sent('http.fetch("/p", { slug: "a" });', callees)).toEqual(['slug "a"']);
  });
});
