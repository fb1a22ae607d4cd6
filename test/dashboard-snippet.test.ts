// The Unkey dashboard's "How to integrate" snippet, pasted into the TypeScript example, through the
// ESLint command as a user runs it: every part the current server rejects is reported where it is
// written, and the body the suggestions make is one the runtime guard accepts.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { checkCreateSessionRequest } from "portal-slug";
import { beforeAll, describe, expect, it } from "vitest";
import { root } from "./support/workspace.js";

const example = join(root, "examples", "portal-service");
const file = join(example, "src", "services", "onboarding.ts");

interface Message {
  ruleId: string;
  messageId: string;
  line: number;
  column: number;
  endColumn: number;
  suggestions?: { fix: { range: [number, number]; text: string } }[];
}

/** ESLint's JSON for the snippet's file (or for `text` given in its place), run as `npx eslint` would run it in the example. */
const lint = (text?: string): Promise<{ status: number | null; messages: Message[] }> =>
  new Promise((resolve, reject) => {
    const args = ["node_modules/eslint/bin/eslint.js", "-f", "json", ...(text === undefined ? [file] : ["--stdin", "--stdin-filename", file])];
    const child = execFile(process.execPath, args, { cwd: example, encoding: "utf8" }, (error, stdout) => {
      try {
        const [result] = JSON.parse(stdout) as { messages: Message[] }[];
        resolve({ status: error ? ((error.code as number | undefined) ?? null) : 0, messages: result?.messages ?? [] });
      } catch (cause) {
        reject(new Error(`eslint printed no JSON: ${stdout}`, { cause }));
      }
    });
    child.stdin?.end(text ?? "");
  });

/** `text` with each message's first suggestion applied, from the end, as an editor applies them one after another. */
const applied = (text: string, messages: readonly Message[]): string =>
  messages
    .map((message) => message.suggestions?.[0]?.fix)
    .filter((fix) => fix !== undefined)
    .sort((a, b) => b.range[0] - a.range[0])
    .reduce((result, fix) => result.slice(0, fix.range[0]) + fix.text + result.slice(fix.range[1]), text);

/** The object literal the file's createSession call sends. */
const bodyIn = (text: string): string | undefined => /createSession\((\{.*\})\)/.exec(text)?.[1];

describe("the dashboard's snippet, through the ESLint command", () => {
  const source = readFileSync(file, "utf8");
  const line = source.split("\n").findIndex((text) => text.includes("createSession(")) + 1;
  const columnOf = (text: string) => (source.split("\n")[line - 1] as string).indexOf(text) + 1;
  let run: Awaited<ReturnType<typeof lint>>;
  beforeAll(async () => {
    run = await lint();
  }, 60_000);

  it("reports the unknown key and each misspelt scope, at their characters, and exits 1", () => {
    expect(run.status).toBe(1);
    expect(run.messages.map(({ ruleId, messageId, line, column, endColumn }) => [ruleId, messageId, line, column, endColumn])).toEqual([
      ["portal-slug/valid-session-body", "unknown_field", line, columnOf("portalId"), columnOf("portalId") + "portalId".length],
      ["portal-slug/valid-session-body", "unknown_scope", line, columnOf('"keys.read"'), columnOf('"keys.read"') + '"keys.read"'.length],
      ["portal-slug/valid-session-body", "unknown_scope", line, columnOf('"keys.create"'), columnOf('"keys.create"') + '"keys.create"'.length],
    ]);
  });

  it("offers suggestions that, applied, lead to the newer body the guard accepts", async () => {
    expect(run.messages.every((message) => message.suggestions?.length === 1)).toBe(true);
    const renamed = applied(source, run.messages);
    expect(bodyIn(renamed)).toBe('{ portal: "pc_3Kd9xQ2", externalId: user.id, permissions: ["keys:read", "keys:create"] }');
    // The renamed key with the older `permissions` is a mixed body: reported, with the rewrite of the older key.
    const second = await lint(renamed);
    expect(second.messages.map((message) => message.messageId)).toEqual(["mixed_generations"]);
    const body = bodyIn(applied(renamed, second.messages));
    expect(body).toBe('{ portal: "pc_3Kd9xQ2", externalId: user.id, scopes: ["keys:read", "keys:create"] }');
    const result = checkCreateSessionRequest(runInNewContext(`(${body})`, { user: { id: "user_1" } }));
    expect(result).toMatchObject({ valid: true, generation: "newer", issues: [] });
    expect((await lint(applied(renamed, second.messages))).messages).toEqual([]);
  }, 60_000);
});
