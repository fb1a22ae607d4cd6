import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli, type CliIo } from "./cli.js";

/** Runs the CLI in-process and keeps what it wrote. */
function cli(argv: string[], options: { stdin?: string; color?: boolean } = {}) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdin: () => options.stdin ?? "",
    color: options.color ?? false,
    version: "9.9.9",
  };
  const status = runCli(argv, io);
  return { status, stdout, stderr };
}

describe("portal-slug check", () => {
  it("exits 0 when every slug is valid", () => {
    expect(cli(["check", "my-portal", "billing"])).toEqual({ status: 0, stdout: "valid    my-portal\nvalid    billing\n", stderr: "" });
  });

  it("shows carets under the offending characters, each message and the suggestion, and exits 1", () => {
    const { status, stdout } = cli(["check", "my-portal", "My_Portal"]);
    expect(status).toBe(1);
    expect(stdout).toBe(
      [
        "valid    my-portal",
        'invalid  "My_Portal"',
        "  My_Portal",
        "  ^ ^",
        '  - uppercase: "M" at 0 (and 1 more) is uppercase: slugs are lowercase',
        '  - underscore: "_" at 2 is an underscore: join words with "-"',
        "  suggestion: my-portal",
        "",
      ].join("\n"),
    );
  });

  it("makes invisible characters visible and puts the caret under them", () => {
    const { stdout } = cli(["check", "my\u200bportal"]);
    expect(stdout).toContain("  my\\u{200b}portal\n    ^^^^^^^^\n");
  });

  it("escapes the echoed input too, so a right-to-left override cannot turn the line around", () => {
    const { stdout } = cli(["check", "my\u202eportal"]);
    expect(stdout.split("\n")[0]).toBe('invalid  "my\\u{202e}portal"');
    expect(stdout).not.toContain("\u202e");
  });

  it("checks an argument after -- even when it starts with --, the typo it may be", () => {
    const { status, stdout } = cli(["check", "--", "--portal", "--json"]);
    expect(status).toBe(1);
    expect(stdout).toContain('invalid  "--portal"');
    expect(stdout).toContain('invalid  "--json"');
  });

  it("checks --help after a bare -- as a slug", () => {
    expect(cli(["check", "--", "--help"])).toMatchObject({ status: 1, stdout: expect.stringContaining('invalid  "--help"') });
  });

  it("escapes an unknown option or command before echoing it", () => {
    const option = cli(["check", "--\x1b]0;pwned\x07"]);
    expect(option.status).toBe(2);
    expect(option.stderr).toMatch(/^portal-slug: unknown option --\\u\{1b\}\]0;pwned\\u\{7\}\n/);
    const command = cli(["\u202e"]);
    expect(command.stderr).toMatch(/^portal-slug: unknown command "\\u\{202e\}"\n/);
    for (const raw of ["\x1b", "\x07", "\u202e"]) expect(option.stderr + command.stderr).not.toContain(raw);
  });

  it("writes --json in ASCII, which parses back to the same input", () => {
    const { stdout } = cli(["check", "--json", "my\u202eportal\u{1f600}\x7f"]);
    expect(stdout).toMatch(/^[\n -~]*$/);
    expect(stdout).toContain("\\u202e");
    expect((JSON.parse(stdout) as { input: string }[])[0]?.input).toBe("my\u202eportal\u{1f600}\x7f");
  });

  it("says stdin held no slugs when - reads nothing", () => {
    const { status, stderr } = cli(["check", "-"], { stdin: "\n\n" });
    expect(status).toBe(2);
    expect(stderr).toMatch(/^portal-slug: stdin held no slugs/);
  });

  it("reads one slug per line from stdin with -", () => {
    const { status, stdout } = cli(["check", "--json", "-"], { stdin: "ok-slug\r\n\r\nBad\n" });
    expect(status).toBe(1);
    const results = JSON.parse(stdout) as { input: string; valid: boolean; suggestion?: string }[];
    expect(results.map(({ input, valid, suggestion }) => [input, valid, suggestion])).toEqual([
      ["ok-slug", true, undefined],
      ["Bad", false, "bad"],
    ]);
  });

  it("colours only when asked to", () => {
    expect(cli(["check", "Bad"], { color: true }).stdout).toContain("\x1b[31minvalid\x1b[0m");
    expect(cli(["check", "Bad"]).stdout).not.toContain("\x1b[");
  });

  it.each([
    ["check", "--help"],
    ["suggest", "some", "--help"],
    ["--version", "--help"],
    ["bogus", "--help"],
    ["check", "--bogus", "--help"],
  ])("prints the usage for %s … --help and exits 0", (...argv) => {
    const { status, stdout, stderr } = cli(argv);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage:/);
    expect(stderr).toBe("");
  });

  it.each([[[]], [["check"]], [["check", "--jsn", "a"]], [["frobnicate"]], [["suggest"]], [["suggest", "--json", "My Portal"]]])(
    "exits 2 with a message for %j",
    (argv) => {
      const { status, stderr, stdout } = cli(argv);
      expect(status).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^portal-slug: .+\n\nUsage:/);
    },
  );
});

describe("portal-slug suggest", () => {
  it("prints the suggestion", () => {
    expect(cli(["suggest", "My", "Portal_2!"])).toEqual({ status: 0, stdout: "my-portal-2\n", stderr: "" });
  });

  it("exits 1 when there is none, naming the text with its invisible characters escaped", () => {
    expect(cli(["suggest", "!!"])).toMatchObject({ status: 1, stdout: "" });
    expect(cli(["suggest", "\u200b\u200b"]).stderr).toBe('no slug can be made from "\\u{200b}\\u{200b}": fewer than 3 letters or digits\n');
  });

  it("takes text that starts with -- after a bare --", () => {
    expect(cli(["suggest", "--", "--json", "Portal"])).toEqual({ status: 0, stdout: "json-portal\n", stderr: "" });
  });
});

describe("the installed command", () => {
  const bin = fileURLToPath(new URL("../bin/portal-slug.js", import.meta.url));

  it("runs as a process with the real exit status, uncoloured when NO_COLOR is set", () => {
    const run = spawnSync(process.execPath, [bin, "check", "my-portal", "-portal"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("suggestion: portal\n");
    expect(run.stdout).not.toContain("\x1b[");
  });

  it("prints its package version", () => {
    expect(execFileSync(process.execPath, [bin, "--version"], { encoding: "utf8" })).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
