import { describe, expect, it } from "vitest";
import { ECHOED } from "./render.js";
import { cli } from "./test-support.js";

describe("portal-slug check", () => {
  it("exits 0 when every slug is valid", async () => {
    expect(await cli(["check", "my-portal", "billing"])).toEqual({ status: 0, stdout: "valid    my-portal\nvalid    billing\n", stderr: "" });
  });

  it("says stdin held no slugs when - reads nothing", async () => {
    const { status, stderr } = await cli(["check", "-"], { stdin: "\n\n" });
    expect(status).toBe(2);
    expect(stderr).toMatch(/^portal-slug: stdin held no slugs/);
  });

  it("reads one slug per line from stdin with -", async () => {
    const { status, stdout } = await cli(["check", "--json", "-"], { stdin: "ok-slug\r\n\r\nBad\n" });
    expect(status).toBe(1);
    const results = JSON.parse(stdout) as { input: string; valid: boolean; suggestion?: string }[];
    expect(results.map(({ input, valid, suggestion }) => [input, valid, suggestion])).toEqual([
      ["ok-slug", true, undefined],
      ["Bad", false, "bad"],
    ]);
  });
});

describe("portal-slug check --json", () => {
  it("writes the layout JSON.stringify(results, null, 2) gives", async () => {
    const { stdout } = await cli(["check", "--json", "ok-slug", "Bad"]);
    expect(stdout).toBe(`${JSON.stringify(JSON.parse(stdout), null, 2)}\n`);
  });

  it("gives an unknown portal's suggestion", async () => {
    const { stdout } = await cli(["check", "--json", "--portals", "billing-portal,dev-docs", "biling-portal"]);
    const [result] = JSON.parse(stdout) as { issues: { code: string }[]; suggestion?: string; kind?: string }[];
    expect(result).toMatchObject({ valid: false, kind: "slug", suggestion: "billing-portal" });
    expect(result?.issues.map(({ code }) => code)).toEqual(["unknown_portal"]);
  });

  it("cuts only an input longer than the echo, and gives its length then", async () => {
    const whole = "a".repeat(ECHOED);
    const { stdout } = await cli(["check", "--json", whole, `${whole}b`]);
    expect(JSON.parse(stdout)).toMatchObject([{ input: whole }, { input: `${whole}…`, inputLength: ECHOED + 1 }]);
    expect((JSON.parse(stdout) as object[])[0]).not.toHaveProperty("inputLength");
  });
});
