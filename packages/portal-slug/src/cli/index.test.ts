import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { bin, cli, withStream } from "./test-support.js";

describe("portal-slug", () => {
  it.each([
    ["check", "--help"],
    ["suggest", "some", "--help"],
    ["--version", "--help"],
    ["bogus", "--help"],
    ["check", "--bogus", "--help"],
  ])("prints the usage for %s … --help and exits 0", async (...argv) => {
    const { status, stdout, stderr } = await cli(argv);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage:/);
    expect(stderr).toBe("");
  });

  it.each([[[]], [["check"]], [["check", "--jsn", "a"]], [["frobnicate"]], [["suggest"]], [["suggest", "--json", "My Portal"]]])(
    "exits 2 with a message for %j",
    async (argv) => {
      const { status, stderr, stdout } = await cli(argv);
      expect(status).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^portal-slug: .+\n\nUsage:/);
    },
  );
});

describe("the installed command", () => {
  it("runs as a process with the real exit status, uncoloured when NO_COLOR is set", async () => {
    const run = spawnSync(process.execPath, [bin, "check", "my-portal", "-portal"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('  write "portal"\n');
    expect(run.stdout).not.toContain("\x1b[");
  });

  it("prints its package version", async () => {
    expect(execFileSync(process.execPath, [bin, "--version"], { encoding: "utf8" })).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.runIf(process.platform === "linux")("exits 2 on a usage error even when stderr is full", () => {
    const run = withStream(["frobnicate"], 2, "/dev/full", "w");
    expect(run.stdout).toBe("");
    expect(run.status).toBe(2);
  });
});
