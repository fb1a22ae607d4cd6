import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runCli, type CliIo } from "./index.js";
import { StreamError } from "./streams.js";
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

describe("runCli", () => {
  /** An io whose stdout and stderr answer as `stdout` and `stderr` do, keeping what each was given. */
  function io(stdout: (text: string) => void | Promise<void> = () => undefined, stderr: (text: string) => void = () => undefined) {
    const written = { stdout: [] as string[], stderr: [] as string[] };
    const given: CliIo = {
      stdout: (text) => {
        written.stdout.push(text);
        return stdout(text);
      },
      stderr: (text) => {
        written.stderr.push(text);
        stderr(text);
      },
      stdin: async function* () {
        yield "my-portal\n";
      },
      readFile: () => "",
      importModule: () => Promise.reject(new Error("no module here")),
      color: false,
      cwd: process.cwd(),
      version: "9.9.9",
    };
    return { io: given, written };
  }

  it("prints the usage for -h, and the version it is given for --version", async () => {
    const help = await cli(["-h"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage:\n {2}portal-slug check /);
    expect(help.stdout).toMatch(/Colour on a terminal only, never when NO_COLOR is set\.\n$/);
    expect(await cli(["--version"])).toEqual({ status: 0, stdout: "9.9.9\n", stderr: "" });
  });

  it("says a stdout that cannot be written in one line, escaped, exit 2", async () => {
    const { io: given, written } = io(() => Promise.reject(new StreamError("stdout", "ENOSPC", "ENOSPC: no space\u001b[2J")));
    expect(await runCli(["check", "my-portal"], given)).toBe(2);
    expect(written.stderr).toEqual(["portal-slug: Cannot write to stdout: ENOSPC: no space\\u{1b}[2J\n"]);
  });

  it("ends quietly with the status judged so far when the reader of stdout goes away", async () => {
    const closed = () => Promise.reject(new StreamError("stdout", "EPIPE", "write EPIPE"));
    const invalid = io(closed);
    expect(await runCli(["check", "Bad"], invalid.io)).toBe(1);
    expect(invalid.written.stderr).toEqual([]);
    const valid = io(closed);
    expect(await runCli(["check", "my-portal"], valid.io)).toBe(0);
    // A stdin that closes is no reader gone away.
    const stdin = io(() => Promise.reject(new StreamError("stdin", "EPIPE", "read EPIPE")));
    expect(await runCli(["check", "my-portal"], stdin.io)).toBe(2);
    expect(stdin.written.stderr).toEqual(["portal-slug: Cannot read stdin: read EPIPE\n"]);
  });

  it("keeps its exit status when stderr cannot be written", async () => {
    const full = () => {
      throw new Error("ENOSPC: no space left on device, write");
    };
    expect(await runCli(["frobnicate"], io(undefined, full).io)).toBe(2);
    expect(await runCli(["check", "--portals", "Bad_Portal", "dev-docs"], io(undefined, full).io)).toBe(2);
  });

  it("lets an error that is none of its own through, as a bug to be seen", async () => {
    const bug = new TypeError("a bug");
    await expect(
      runCli(
        ["check", "my-portal"],
        io(() => {
          throw bug;
        }).io,
      ),
    ).rejects.toBe(bug);
  });
});
