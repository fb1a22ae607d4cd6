// How a console block is read and how a command's output is written in one: the commands and
// the lines each shows, and an output with the project's folder and colours taken out.
import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_PATH, normalizeOutput, readSession } from "./console-session.js";

describe("readSession", () => {
  it("reads each command, a line ending in \\ going on, and the lines up to the next command as its output", () => {
    const { steps, errors } = readSession(["$ npx eslint \\", "  src", "", "/path/to/my-app/src/a.ts  ", "", "$ echo done", "done", ""].join("\n"));
    expect(errors).toEqual([]);
    expect(steps).toEqual([
      { command: "npx eslint \n  src", output: "\n/path/to/my-app/src/a.ts", line: 0 },
      { command: "echo done", output: "done", line: 5 },
    ]);
  });

  it("refuses a block that does not start with a command", () => {
    expect(readSession("output first\n$ echo").errors).toEqual([{ line: 0, message: "a console block starts with a command, a line starting with `$ `" }]);
  });
});

describe("normalizeOutput", () => {
  it("writes the project's folder, by either of its paths, as PROJECT_PATH, without colours or trailing blanks", () => {
    const folder = mkdtempSync(join(tmpdir(), "portal-slug-session-"));
    const link = join(tmpdir(), `portal-slug-session-link-${process.pid}`);
    symlinkSync(folder, link);
    const output = `\u001b[4m${link}/src/a.ts\u001b[24m   \n  1:2  error\n${folder}/b.ts\n\n\n`;
    expect(normalizeOutput(output, link)).toBe(`${PROJECT_PATH}/src/a.ts\n  1:2  error\n${PROJECT_PATH}/b.ts`);
  });
});
