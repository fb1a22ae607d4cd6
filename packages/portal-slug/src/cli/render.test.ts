import { describe, expect, it } from "vitest";
import { ECHOED, describe as report } from "./render.js";
import { cli } from "./test-support.js";

describe("the report of an input", () => {
  it("shows carets under the offending characters, each message and the suggestion, and exits 1", async () => {
    const { status, stdout } = await cli(["check", "my-portal", "My_Portal"]);
    expect(status).toBe(1);
    expect(stdout).toBe(
      [
        "valid    my-portal",
        'invalid  "My_Portal"',
        "  My_Portal",
        "  ^ ^",
        '  - uppercase: "M" at index 0 (and 1 more) is uppercase: slugs are lowercase',
        '  - underscore: "_" at index 2 is an underscore: join words with "-"',
        // Reworded on purpose (issue 17, item 5): the value to write, named as every message names it.
        '  write "my-portal"',
        "",
      ].join("\n"),
    );
  });

  it("makes invisible characters visible and puts the caret under them", async () => {
    const { stdout } = await cli(["check", "my\u200bportal"]);
    expect(stdout).toContain("  my\\u{200b}portal\n    ^^^^^^^^\n");
  });

  it("escapes the echoed input too, so a right-to-left override cannot turn the line around", async () => {
    const { stdout } = await cli(["check", "my\u202eportal"]);
    expect(stdout.split("\n")[0]).toBe('invalid  "my\\u{202e}portal"');
    expect(stdout).not.toContain("\u202e");
  });

  it("writes --json in ASCII, which parses back to the same input", async () => {
    const { stdout } = await cli(["check", "--json", "my\u202eportal\u{1f600}\x7f"]);
    expect(stdout).toMatch(/^[\n -~]*$/);
    expect(stdout).toContain("\\u202e");
    expect((JSON.parse(stdout) as { input: string }[])[0]?.input).toBe("my\u202eportal\u{1f600}\x7f");
  });

  it("says nothing of what to write where no slug can be made", async () => {
    const { stdout } = await cli(["check", "!!"]);
    expect(stdout.split("\n").filter((line) => !line.startsWith("  - "))).toEqual(['invalid  "!!"', "  !!", "  ^^", ""]);
  });

  it("names what to write once: not again when an issue's own message ends with it", () => {
    const issue = { code: "unknown_portal", message: '"biling-portal" is none of the 2 portals declared; write "billing-portal"' };
    const input = { text: "biling-portal", length: 13 };
    expect(report(input, { valid: false, issues: [issue], suggestion: "billing-portal" }, false)).toBe(
      `invalid  "biling-portal"\n  - unknown_portal: ${issue.message}\n`,
    );
    const other = { ...issue, message: '"biling-portal" is none of the 2 portals declared' };
    expect(report(input, { valid: false, issues: [other], suggestion: "billing-portal" }, false)).toBe(
      `invalid  "biling-portal"\n  - unknown_portal: ${other.message}\n  write "billing-portal"\n`,
    );
  });

  it("colours only when asked to", async () => {
    expect((await cli(["check", "Bad"], { color: true })).stdout).toContain("\x1b[31minvalid\x1b[0m");
    expect((await cli(["check", "Bad"])).stdout).not.toContain("\x1b[");
  });
});

describe("a long input", () => {
  it("is echoed only in part, with its length, however long it is", async () => {
    const long = `My_${"x".repeat(9_000)}_end`;
    const { status, stdout } = await cli(["check", long]);
    expect(status).toBe(1);
    expect(stdout.split("\n")[0]).toBe(`invalid  "My_${"x".repeat(ECHOED - 3)}…"`);
    expect(stdout).toContain(`  (${long.length} characters)\n`);
    expect(stdout.length).toBeLessThan(2_000);
    // Carets stay under the part shown: the uppercase letter, the first underscore, and the
    // characters past the 64th up to the end of the echo; the last underscore is not shown.
    expect(stdout).toContain(`\n  ^ ^${" ".repeat(61)}${"^".repeat(ECHOED - 64)}\n`);
  });

  it("is cut in --json too, with its length beside it", async () => {
    const { stdout } = await cli(["check", "--json", "a".repeat(5_000)]);
    const [result] = JSON.parse(stdout) as { input: string; inputLength: number }[];
    expect(result).toMatchObject({ input: `${"a".repeat(ECHOED)}…`, inputLength: 5_000, valid: false });
  });
});
