import { describe, expect, it } from "vitest";
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
