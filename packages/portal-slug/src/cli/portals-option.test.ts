import { describe, expect, it } from "vitest";
import { cli } from "./test-support.js";

describe("portal-slug check --portals", () => {
  it("exits 0 for known portals, slugs and IDs", async () => {
    expect(await cli(["check", "--portals", "billing-portal,dev-docs,pc_3Kd9xQ2", "dev-docs", "pc_3Kd9xQ2"])).toEqual({
      status: 0,
      stdout: "valid    dev-docs\nvalid    pc_3Kd9xQ2\n",
      stderr: "",
    });
  });

  it("reports a well-formed value that is none of them with the closest one, exit 1", async () => {
    const { status, stdout } = await cli(["check", "--portals=billing-portal,dev-docs", "biling-portal", "billing-portal"]);
    expect(status).toBe(1);
    expect(stdout).toBe(
      [
        'invalid  "biling-portal"',
        '  - unknown_portal: "biling-portal" is none of the 2 portals declared, and Unkey answers 404 for a portal it does not have: did you mean "billing-portal"?',
        "  suggestion: billing-portal",
        "valid    billing-portal",
        "",
      ].join("\n"),
    );
  });

  it("still names a malformed value's own problems first", async () => {
    const { stdout } = await cli(["check", "--json", "--portals", "billing-portal", "Billing_Portal"]);
    const [result] = JSON.parse(stdout) as { issues: { code: string }[]; suggestion: string }[];
    expect(result?.issues.map(({ code }) => code)).toEqual(["uppercase", "underscore"]);
    expect(result?.suggestion).toBe("billing-portal");
  });

  it("reads the list from a file: a JSON array, or one a line", async () => {
    const files = { "portals.json": '["billing-portal", "dev-docs"]\n', "portals.txt": "# ours\nbilling-portal\r\n\n  dev-docs  \n" };
    for (const file of Object.keys(files)) {
      const { status, stdout } = await cli(["check", "--portals-file", file, "dev-docs", "dev-doc"], { files });
      expect(status, file).toBe(1);
      expect(stdout, file).toContain('did you mean "dev-docs"?');
      expect(stdout, file).toMatch(/^valid {4}dev-docs\n/);
    }
  });

  it.each([
    [["--portals", "billing-portal,Bad Portal"], /bad portals list:\n {2}portals\[1\] "Bad Portal" is no portal slug or ID/],
    [["--portals", ""], /bad portals list:\n {2}portals\[0\] "" is no portal slug or ID/],
    [["--portals-file", "missing.json"], /cannot read --portals-file missing\.json: ENOENT/],
    [["--portals-file", "broken.json"], /--portals-file broken\.json is not valid JSON/],
    // Not an array, so not JSON: one entry a line, and "{}" is none.
    [["--portals-file", "object.json"], /bad portals list:\n {2}portals\[0\] "\{\}" is no portal slug or ID/],
    [["--portals-file", "numbers.json"], /bad portals list:\n {2}portals\[0\] is not a string/],
  ])("makes a bad list (%j) a usage error, exit 2", async (options, message) => {
    const files = { "broken.json": '["a",', "object.json": "{}", "numbers.json": "[1, 2]" };
    const { status, stdout, stderr } = await cli(["check", ...options, "dev-docs"], { files });
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/\n\nUsage:/);
  });
});
