import { describe, expect, it } from "vitest";
import { cli } from "./test-support.js";

describe("the command line", () => {
  it("checks an argument after -- even when it starts with --, the typo it may be", async () => {
    const { status, stdout } = await cli(["check", "--", "--portal", "--json"]);
    expect(status).toBe(1);
    expect(stdout).toContain('invalid  "--portal"');
    expect(stdout).toContain('invalid  "--json"');
  });

  it("checks --help after a bare -- as a slug", async () => {
    expect(await cli(["check", "--", "--help"])).toMatchObject({ status: 1, stdout: expect.stringContaining('invalid  "--help"') });
  });

  it("takes text that starts with -- after a bare --", async () => {
    expect(await cli(["suggest", "--", "--json", "Portal"])).toEqual({ status: 0, stdout: "json\nportal\n", stderr: "" });
  });

  it("escapes an unknown option or command before echoing it", async () => {
    const option = await cli(["check", "--\x1b]0;pwned\x07"]);
    expect(option.status).toBe(2);
    expect(option.stderr).toMatch(/^portal-slug: unknown option --\\u\{1b\}\]0;pwned\\u\{7\}\n/);
    const command = await cli(["\u202e"]);
    expect(command.stderr).toMatch(/^portal-slug: unknown command "\\u\{202e\}"\n/);
    for (const raw of ["\x1b", "\x07", "\u202e"]) expect(option.stderr + command.stderr).not.toContain(raw);
  });

  it("makes --portals without a list a usage error", async () => {
    expect(await cli(["check", "dev-docs", "--portals"])).toMatchObject({
      status: 2,
      stdout: "",
      stderr: expect.stringMatching(/^portal-slug: --portals needs a value\n/),
    });
  });
});
