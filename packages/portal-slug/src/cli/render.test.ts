import { describe, expect, it } from "vitest";
import { ECHOED, describe as report, terminalSafe } from "./render.js";
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

describe("the report's parts", () => {
  it("colours each part in its own colour when asked to", () => {
    expect(report({ text: "my-portal", length: 9 }, { valid: true }, true)).toBe("\x1b[32mvalid\x1b[0m    my-portal\n");
    const issues = [{ code: "underscore", message: '"_" at index 5 is an underscore', index: 5, end: 6 }];
    expect(report({ text: "ab-cd_ef", length: 8 }, { valid: false, issues, suggestion: "ab-cd-ef" }, true)).toBe(
      [
        '\x1b[31minvalid\x1b[0m  "ab-cd_ef"',
        "  ab-cd_ef",
        "  \x1b[31m     ^\x1b[0m",
        `  - \x1b[2munderscore\x1b[0m: ${issues[0]?.message}`,
        '  write \x1b[32m"ab-cd-ef"\x1b[0m',
        "",
      ].join("\n"),
    );
  });

  it("underlines only a span it can place: an issue without a start or an end, or past the echo, has none", () => {
    const text = "a".repeat(ECHOED + 10);
    const issues = [
      { code: "no_start", message: "one", end: 3 },
      { code: "no_end", message: "two", index: 1 },
      { code: "past", message: "three", index: ECHOED, end: ECHOED + 1 },
    ];
    expect(report({ text, length: text.length }, { valid: false, issues }, false)).toBe(
      [`invalid  "${"a".repeat(ECHOED)}…"`, `  (${text.length} characters)`, "  - no_start: one", "  - no_end: two", "  - past: three", ""].join("\n"),
    );
  });

  it("puts one caret where an issue's span is empty", () => {
    const issues = [{ code: "missing", message: "something is missing here", index: 2, end: 2 }];
    expect(report({ text: "abcd", length: 4 }, { valid: false, issues }, false)).toBe(
      'invalid  "abcd"\n  abcd\n    ^\n  - missing: something is missing here\n',
    );
  });

  it("names what to write when no issue's message ends with it, and when there are no issues", () => {
    const issues = [
      { code: "a", message: 'one; write "ab-cd"' },
      { code: "b", message: "two" },
    ];
    expect(report({ text: "AB-CD", length: 5 }, { valid: false, issues, suggestion: "ab-cd" }, false)).toBe(
      `invalid  "AB-CD"\n  - a: one; write "ab-cd"\n  - b: two\n`,
    );
    expect(report({ text: "AB-CD", length: 5 }, { valid: false, suggestion: "ab-cd" }, false)).toBe(`invalid  "AB-CD"\n  write "ab-cd"\n`);
  });
});

describe("terminalSafe", () => {
  it("escapes the control characters and the marks that turn a line around, and nothing else", () => {
    const unsafe = "a\u0000b\u001b[2J\u007f\u0085\u061c\u200e\u200f\u202a\u202e\u2066\u2069c";
    expect(terminalSafe(unsafe)).toBe("a\\u{0}b\\u{1b}[2J\\u{7f}\\u{85}\\u{61c}\\u{200e}\\u{200f}\\u{202a}\\u{202e}\\u{2066}\\u{2069}c");
    const safe = "é \u{1f600} \u200d\u00a0\u202f\u2065\u206a~ ";
    expect(terminalSafe(safe)).toBe(safe);
  });
});
