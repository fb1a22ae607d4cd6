// The run's temporary folder: what the tests make under `os.tmpdir()` goes where the run removes it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { basename, dirname } from "node:path";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import setup, { RUN_DIR_PREFIX } from "./temp-dir.js";

describe("the test run's temporary folder", () => {
  it("is the temporary folder of the tests and of the processes they start", () => {
    expect(basename(tmpdir())).toMatch(new RegExp(`^${RUN_DIR_PREFIX}`));
    const child = spawnSync(process.execPath, ["-e", "process.stdout.write(require('node:os').tmpdir())"], { encoding: "utf8" });
    expect(child.stdout).toBe(tmpdir());
  });

  it("is removed by its teardown, and the temporary folder before it put back", () => {
    const before = tmpdir();
    const teardown = setup();
    const made = tmpdir();
    expect(dirname(made)).toBe(before);
    expect(existsSync(made)).toBe(true);
    teardown();
    expect(existsSync(made)).toBe(false);
    expect(tmpdir()).toBe(before);
  });
});
