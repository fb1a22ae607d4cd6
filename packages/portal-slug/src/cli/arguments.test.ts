import { describe, expect, it } from "vitest";
import { UsageError } from "./arguments.js";
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
    // Reworded on purpose (issue 17, item 5): what it is, quoted, then what the command takes.
    expect(option.stderr).toMatch(/^portal-slug: "--\\u\{1b\}\]0;pwned\\u\{7\}" is not an option: /);
    const command = await cli(["\u202e"]);
    expect(command.stderr).toMatch(/^portal-slug: "\\u\{202e\}" is not a command: /);
    for (const raw of ["\x1b", "\x07", "\u202e"]) expect(option.stderr + command.stderr).not.toContain(raw);
  });

  it("makes --portals without a list a usage error", async () => {
    expect(await cli(["check", "dev-docs", "--portals"])).toMatchObject({
      status: 2,
      stdout: "",
      stderr: expect.stringMatching(/^portal-slug: Missing the value of --portals: /),
    });
  });
});

describe("what a wrong command line is told", () => {
  // Every line in the style of docs/messages.md: what is wrong, then how to write it right.
  it.each([
    [[], "Missing a command: use check, suggest or fix"],
    [["chek", "my-portal"], '"chek" is not a command: use check, suggest or fix'],
    [["check", "--jsn", "a"], '"--jsn" is not an option: check takes --json, --portals or --portals-file; put "--" before an argument that starts with "--"'],
    [["suggest", "--json", "My Portal"], '"--json" is not an option: suggest takes none; put "--" before an argument that starts with "--"'],
    [["fix", "--dryrun"], '"--dryrun" is not an option: fix takes --dry-run; put "--" before an argument that starts with "--"'],
    [["check", "a", "--portals-file"], "Missing the value of --portals-file: give it as --portals-file <value> or --portals-file=<value>"],
    [["check", "--portals-file=", "a"], "Missing the value of --portals-file: give it as --portals-file <value> or --portals-file=<value>"],
    [["check"], 'Missing the slugs to check: give them as arguments, or "-" to read them from stdin'],
    [["suggest"], 'Missing the texts to make slugs of: give them as arguments, or "-" to read them from stdin'],
  ])("%j: the line, then the usage, exit 2", async (argv, line) => {
    const { status, stdout, stderr } = await cli(argv);
    expect({ status, stdout }).toEqual({ status: 2, stdout: "" });
    expect(stderr.slice(0, stderr.indexOf("\n\nUsage:\n"))).toBe(`portal-slug: ${line}`);
  });
});

describe("UsageError", () => {
  it("is named so, as a stack trace would show it", () => {
    expect(new UsageError("Missing a command")).toMatchObject({ name: "UsageError", message: "Missing a command" });
  });
});
