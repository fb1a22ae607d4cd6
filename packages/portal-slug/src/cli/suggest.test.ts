import { describe, expect, it } from "vitest";
import { runCli, type CliIo } from "./index.js";
import { ECHOED } from "./render.js";
import { cli } from "./test-support.js";

describe("portal-slug suggest", () => {
  it("prints one suggestion for each argument, a line each", async () => {
    expect(await cli(["suggest", "My Portal", "Portal_2!"])).toEqual({ status: 0, stdout: "my-portal\nportal-2\n", stderr: "" });
  });

  it("reads one text a line from stdin with -", async () => {
    expect(await cli(["suggest", "-", "Last One"], { stdin: "Billing Portal (EU)\r\nDev Docs\n" })).toEqual({
      status: 0,
      stdout: "billing-portal-eu\ndev-docs\nlast-one\n",
      stderr: "",
    });
  });

  it("keeps the lines in step where there is no answer: an empty one, the reason on stderr, exit 1", async () => {
    expect(await cli(["suggest", "My Portal", "!!", "Dev Docs"])).toEqual({
      status: 1,
      stdout: "my-portal\n\ndev-docs\n",
      // Reworded on purpose (issue 17, item 5): the value first, then why.
      stderr: '"!!" makes no slug: fewer than 3 of its characters can be written with a-z and 0-9\n',
    });
    expect((await cli(["suggest", "\u200b\u200b"])).stderr).toBe(
      '"\\u{200b}\\u{200b}" makes no slug: fewer than 3 of its characters can be written with a-z and 0-9\n',
    );
  });

  it("quotes the start of a long text that makes no slug, and says it goes on", async () => {
    const long = "!".repeat(ECHOED + 1);
    expect((await cli(["suggest", long])).stderr).toBe(
      `"${"!".repeat(ECHOED)}…" makes no slug: fewer than 3 of its characters can be written with a-z and 0-9\n`,
    );
    const whole = "!".repeat(ECHOED);
    expect((await cli(["suggest", whole])).stderr).toBe(`"${whole}" makes no slug: fewer than 3 of its characters can be written with a-z and 0-9\n`);
  });

  it("answers every line of stdin, a blank one with an empty line, so that the lines stay in step", async () => {
    expect(await cli(["suggest", "-"], { stdin: "My Portal\n\r\nDev Docs\n\n" })).toEqual({
      status: 1,
      stdout: "my-portal\n\ndev-docs\n\n",
      stderr: '"" makes no slug: fewer than 3 of its characters can be written with a-z and 0-9\n'.repeat(2),
    });
  });

  it("exits 2 when stdin holds no text", async () => {
    expect(await cli(["suggest", "-"], { stdin: "" })).toMatchObject({
      status: 2,
      stdout: "",
      stderr: expect.stringMatching(/^portal-slug: stdin held no text/),
    });
  });

  it("waits for stderr to take what it says before it reads more, so that a slow reader of stderr holds it back", async () => {
    let pulled = 0;
    let said = "";
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (text) => ((said += text), held),
      stdin: async function* () {
        for (const chunk of ["!!\n", "??\n", "**\n"]) {
          pulled++;
          yield chunk;
        }
      },
      readFile: () => "",
      importModule: async () => ({}),
      color: false,
      cwd: process.cwd(),
      version: "9.9.9",
    };
    const run = runCli(["suggest", "-"], io);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pulled).toBe(1);
    expect(said).toBe('"!!" makes no slug: fewer than 3 of its characters can be written with a-z and 0-9\n');
    release();
    expect(await run).toBe(1);
    expect(pulled).toBe(3);
  });
});
