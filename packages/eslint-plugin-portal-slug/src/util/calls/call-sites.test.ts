// Which calls open a portal session, and what body each sends.
import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { createSessionBodyFinder } from "./call-sites.js";
import { analyse } from "../../testing/analyse.js";

const callsOf = (file: ReturnType<typeof analyse>) => [
  ...file.all<TSESTree.CallExpression>("CallExpression"),
  ...file.all<TSESTree.NewExpression>("NewExpression"),
];

/** The body each call of `code` sends, as `via source-text`. */
function bodies(code: string): string[] {
  const file = analyse(code);
  const bodyOf = createSessionBodyFinder(file.sourceCode, file.scope, "/cases/file.ts");
  return callsOf(file).flatMap((call) => {
    const body = bodyOf(call);
    return body ? [`${body.via} ${file.sourceCode.getText(body.ref.node)}`] : [];
  });
}

const STANDALONE = 'import { portalCreateSession } from "@unkey/api/funcs/portalCreateSession.js";';

describe("the body a call sends", () => {
  it.each([
    ["unkey.portal.createSession(body);", ["sdk body"]],
    [`${STANDALONE} portalCreateSession(core, { portal: "a" });`, ['sdk { portal: "a" }']],
    ['fetch("https://api.unkey.com/v2/portal.createSession", { body: JSON.stringify(payload) });', ["http payload"]],
    ["unkey.portal.createSession();", []],
    ["unkey.portal.createSession(...args);", []],
  ])("in %s", (code, expected) => {
    expect(bodies(code)).toEqual(expected);
  });

  it("is found once per call, however many rules ask", () => {
    const file = analyse("unkey.portal.createSession(body);");
    const bodyOf = createSessionBodyFinder(file.sourceCode, file.scope, "/cases/file.ts");
    const [call] = file.all<TSESTree.CallExpression>("CallExpression");
    expect(bodyOf(call as TSESTree.CallExpression)).toBe(bodyOf(call as TSESTree.CallExpression));
  });
});
