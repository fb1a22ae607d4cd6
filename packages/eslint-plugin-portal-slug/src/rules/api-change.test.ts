/**
 * A change of Unkey's API is one edit of the core's description, and the lint rules take it with
 * nothing of theirs changed: here the description gains a scope and an optional text field (the
 * edit of the core's `api/one-edit.test.ts`), and both rules lint bodies that use them. The core is
 * read from its source, so that the edit reaches every module of it the plugin asks.
 */
import { Linter } from "eslint";
import { describe, expect, it, vi } from "vitest";
import type * as Described from "../../../portal-slug/src/api/create-session.js";
import plugin from "../index.js";

vi.mock("portal-slug", () => import("../../../portal-slug/src/index.js"));
vi.mock("../../../portal-slug/src/api/create-session.js", async (importOriginal) => {
  const actual = await importOriginal<typeof Described>();
  const { newer } = actual.CREATE_SESSION_API.generations;
  return {
    ...actual,
    CREATE_SESSION_API: {
      ...actual.CREATE_SESSION_API,
      // The one edit: a scope, and a field of a kind the checks already know.
      scopes: [...actual.CREATE_SESSION_API.scopes, "keys:delete"],
      generations: {
        ...actual.CREATE_SESSION_API.generations,
        newer: {
          ...newer,
          fields: { ...newer.fields, expiresIn: { kind: "text", required: false, minLength: 1, maxLength: 20, holds: "how long the session lasts" } },
        },
      },
    },
  };
});

const linter = new Linter({ cwd: "/" });
const config: Linter.Config[] = [
  { plugins: { "portal-slug": plugin }, rules: { "portal-slug/valid-slug": "error", "portal-slug/valid-session-body": "error" } },
];

/** Both rules' reports on one call whose body ends in `rest`, with where each stands and its suggestions' outputs. */
function lint(rest: string) {
  const code = `unkey.portal.createSession({ portal: "billing-portal", externalId: "user_1", scopes: ["keys:read", "keys:delete"]${rest} });`;
  return linter.verify(code, config, "/project/portal.js").map(({ ruleId, messageId, message, line, column, endLine, endColumn, suggestions }) => ({
    ruleId,
    messageId,
    message,
    at: [line, column, endLine, endColumn],
    fixed: suggestions?.map(({ fix }) => code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1])),
  }));
}

describe("a scope and a field added to the API's description", () => {
  it("are accepted by both rules", () => {
    expect(lint(`, expiresIn: "1h"`)).toEqual([]);
  });

  it("make a misspelt key of the new field an unknown one, renamed to it", () => {
    expect(lint(`, expires_in: "1h"`)).toEqual([
      {
        ruleId: "portal-slug/valid-session-body",
        messageId: "unknown_field",
        message: expect.stringMatching(/^"expires_in" .*; write "expiresIn"$/),
        at: [1, 116, 1, 126],
        fixed: [`unkey.portal.createSession({ portal: "billing-portal", externalId: "user_1", scopes: ["keys:read", "keys:delete"], expiresIn: "1h" });`],
      },
    ]);
  });

  it("judge the new field's value by its description's limits", () => {
    expect(lint(`, expiresIn: "${"x".repeat(21)}"`)).toEqual([
      {
        ruleId: "portal-slug/valid-session-body",
        messageId: "too_long",
        message: `expiresIn: "${"x".repeat(21)}" is too long: 21 characters, at most 20`,
        at: [1, 127, 1, 150],
        fixed: undefined,
      },
    ]);
  });

  it("list the new scope in the words for an unknown one", () => {
    const reports = linter.verify(
      `unkey.portal.createSession({ portal: "billing-portal", externalId: "user_1", scopes: ["keys:destroy"] });`,
      config,
      "/project/portal.js",
    );
    expect(reports.map(({ messageId }) => messageId)).toEqual(["unknown_scope"]);
    expect(reports[0]?.message).toContain("keys:delete");
  });
});
