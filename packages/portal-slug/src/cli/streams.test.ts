import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, type CliIo } from "./index.js";
import { JUDGED_LINE, Output, StreamError, asStreamError, cut } from "./streams.js";
import { bin, cli, withStream } from "./test-support.js";

describe("reading stdin", () => {
  it("puts lines together across chunks: a character's bytes split, a CRLF split, no newline at the end", async () => {
    const bytes = new TextEncoder().encode("caf\u00e9-bar\r\nmy-portal\r\nlast");
    // Every way of cutting the input in two gives the same lines.
    for (let at = 0; at <= bytes.length; at++) {
      const { stdout } = await cli(["check", "--json", "-"], { stdin: [bytes.slice(0, at), bytes.slice(at)] as unknown as string[] });
      expect((JSON.parse(stdout) as { input: string }[]).map(({ input }) => input)).toEqual(["caf\u00e9-bar", "my-portal", "last"]);
    }
  });

  it("prints each line's verdict before it reads the next chunk", async () => {
    let stdout = "";
    const seen: string[] = [];
    const io: CliIo = {
      stdout: (text) => void (stdout += text),
      stderr: () => undefined,
      stdin: async function* () {
        yield "my-portal\nBad\n";
        seen.push(stdout);
        yield "last-one\n";
      },
      readFile: () => "",
      importModule: () => Promise.reject(new Error("no module here")),
      color: false,
      cwd: process.cwd(),
      version: "9.9.9",
    };
    expect(await runCli(["check", "-"], io)).toBe(1);
    expect(seen[0]).toMatch(/^valid {4}my-portal\ninvalid {2}"Bad"\n/);
    expect(stdout).toMatch(/valid {4}last-one\n$/);
  });

  it("judges a line past the judged length by its first part, and says so", async () => {
    const { status, stdout } = await cli(["check", "-"], { stdin: [`${"a".repeat(JUDGED_LINE)}`, `${"_".repeat(1000)}\nok-slug\n`] });
    expect(status).toBe(1);
    expect(stdout).toContain(`(${JUDGED_LINE + 1000} characters; the first ${JUDGED_LINE} judged)`);
    // The underscores are past the judged part: only its length is wrong, and said whole.
    expect(stdout).not.toContain("underscore");
    expect(stdout).toContain(`is too long: ${JUDGED_LINE + 1000} characters, at most 64`);
    expect(stdout).toMatch(/valid {4}ok-slug\n$/);
  });

  it("never cuts a character in two where it cuts a line", async () => {
    const { stdout } = await cli(["check", "--json", "-"], { stdin: `${"a".repeat(JUDGED_LINE - 1)}\u{1f600}\n` });
    const [result] = JSON.parse(stdout) as { issues: { code: string; message: string }[] }[];
    expect(result?.issues.map(({ code }) => code)).toEqual(["too_long"]);
  });

  it("says a stream that fails in one line and exits 2", async () => {
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (text) => void lines.push(text),
      stdin: () => {
        throw new StreamError("stdin", "EISDIR", "EISDIR: illegal operation on a directory, read");
      },
      readFile: () => "",
      importModule: () => Promise.reject(new Error("no module here")),
      color: false,
      cwd: process.cwd(),
      version: "9.9.9",
    };
    const lines: string[] = [];
    expect(await runCli(["check", "-"], io)).toBe(2);
    expect(lines).toEqual(["portal-slug: Cannot read stdin: EISDIR: illegal operation on a directory, read\n"]);
  });
});

describe("the installed command's streams", () => {
  const scratch = mkdtempSync(join(tmpdir(), "portal-slug-cli-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("says in one line that a directory is no stdin, exit 2", () => {
    const run = withStream(["check", "-"], 0, scratch, "r");
    expect(run.stderr).toMatch(/^portal-slug: Cannot read stdin: EISDIR: [^\n]*\n$/);
    expect(run.status).toBe(2);
  });

  it.runIf(process.platform === "linux")("says in one line that stdout is full, exit 2", () => {
    const run = withStream(["check", "my-portal"], 1, "/dev/full", "w");
    expect(run.stderr).toMatch(/^portal-slug: Cannot write to stdout: ENOSPC: [^\n]*\n$/);
    expect(run.status).toBe(2);
  });

  it("ends quietly when the reader of its stdout goes away", async () => {
    const child = spawn(process.execPath, [bin, "check", "-"], { stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    // As `… | portal-slug check - | head -c1` does: one chunk read, then the pipe closed.
    child.stdout.once("data", () => child.stdout.destroy());
    child.stdin.on("error", () => undefined);
    const lines = Buffer.from("my-portal\n".repeat(10_000));
    const feed = (): void => {
      while (child.stdin.writable && child.stdin.write(lines));
      if (child.stdin.writable) child.stdin.once("drain", feed);
    };
    feed();
    const status = await new Promise<number | null>((resolve) => child.once("close", resolve));
    expect(stderr).toBe("");
    // Every slug it judged before the pipe closed was valid.
    expect(status).toBe(0);
  });

  it("prints each line's verdict as it reads the line", async () => {
    const child = spawn(process.execPath, [bin, "check", "-"], { stdio: ["pipe", "pipe", "inherit"] });
    child.stdin.write("my-portal\n");
    const first = await new Promise<string>((resolve) => child.stdout.setEncoding("utf8").once("data", resolve));
    expect(first).toBe("valid    my-portal\n");
    child.stdin.end("Bad\n");
    expect(await new Promise((resolve) => child.once("close", resolve))).toBe(1);
  });

  /**
   * Runs `check -` on `size` bytes made of `unit` repeated, counting its output instead of
   * keeping it, and answers its exit status, the output's size and the process's peak memory.
   */
  async function stream(
    unit: string,
    size: number,
    tail = "\n",
  ): Promise<{ status: number | null; bytes: number; lines: number; head: string; maxRssMb: number }> {
    // Reports the peak resident set size on stderr as the process exits.
    const report = `data:text/javascript,${encodeURIComponent('import { writeSync } from "node:fs"; process.on("exit", () => writeSync(2, `@@maxrss ${process.resourceUsage().maxRSS}\\n`));')}`;
    const child = spawn(process.execPath, ["--import", report, bin, "check", "-"], { stdio: ["pipe", "pipe", "pipe"] });
    let bytes = 0;
    let lines = 0;
    let head = "";
    child.stdout.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) lines++;
      if (head.length < 4096) head += chunk.toString("utf8");
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    const block = Buffer.from(unit.repeat(Math.max(1, Math.floor((1 << 16) / unit.length))));
    let written = 0;
    await new Promise<void>((resolve, reject) => {
      child.stdin.on("error", reject);
      const feed = (): void => {
        while (written < size) {
          const piece = written + block.length > size ? block.subarray(0, size - written) : block;
          written += piece.length;
          if (!child.stdin.write(piece)) return void child.stdin.once("drain", feed);
        }
        child.stdin.end(tail, () => resolve());
      };
      feed();
    });
    const status = await new Promise<number | null>((resolve) => child.once("close", resolve));
    const maxRss = /@@maxrss (\d+)/.exec(stderr);
    expect(stderr.replace(/@@maxrss \d+\n/, "")).toBe("");
    return { status, bytes, lines, head, maxRssMb: Number(maxRss?.[1]) / 1024 };
  }

  it("streams 50 MB of lines in bounded memory", async () => {
    // Mostly valid slugs of 60 characters, one in a thousand lines broken.
    const valid = `${"abcdefghij-".repeat(5)}klmnopqrs\n`;
    const unit = valid.repeat(999) + `Bad_${valid}`;
    const size = 50 * 1024 * 1024;
    const { status, lines, head, maxRssMb } = await stream(unit, size);
    expect(status).toBe(1);
    expect(head.startsWith(`valid    ${valid}`)).toBe(true);
    const inputLines = Math.floor(size / valid.length);
    // Every line has its verdict: a valid one a line, a broken one several.
    expect(lines).toBeGreaterThanOrEqual(inputLines - 2);
    expect(maxRssMb).toBeLessThan(300);
  });

  it("judges one 50 MB line in bounded memory and echoes only its start", async () => {
    const size = 50 * 1024 * 1024;
    const { status, bytes, head, maxRssMb } = await stream("a", size);
    expect(status).toBe(1);
    expect(head).toContain(`(${size} characters; the first ${JUDGED_LINE} judged)`);
    expect(head).toContain(`too_long: "${"a".repeat(40)}…" is too long:`);
    expect(bytes).toBeLessThan(2_000);
    expect(maxRssMb).toBeLessThan(300);
  });
});

/** An io for runCli that reads `stdin` and writes stdout with `stdout`, keeping what goes to stderr. */
function ioWith(stdin: CliIo["stdin"], stdout: CliIo["stdout"] = () => undefined): { io: CliIo; stderr: string[] } {
  const stderr: string[] = [];
  const io: CliIo = {
    stdout,
    stderr: (text) => void stderr.push(text),
    stdin,
    readFile: () => "",
    importModule: () => Promise.reject(new Error("no module here")),
    color: false,
    cwd: process.cwd(),
    version: "9.9.9",
  };
  return { io, stderr };
}

describe("a stream's error", () => {
  it("is a StreamError of the stream, with the system's code when it has one", () => {
    expect(asStreamError("stdin", Object.assign(new Error("EISDIR: illegal operation"), { code: "EISDIR" }))).toEqual(
      new StreamError("stdin", "EISDIR", "EISDIR: illegal operation"),
    );
    expect(asStreamError("stdout", Object.assign(new Error("odd"), { code: 5 }))).toMatchObject({ stream: "stdout", code: undefined, message: "odd" });
    expect(asStreamError("stdout", "a string thrown")).toMatchObject({ stream: "stdout", code: undefined, message: "a string thrown" });
    expect(asStreamError("stdin", null)).toMatchObject({ stream: "stdin", code: undefined, message: "null" });
    expect(asStreamError("stdin", { code: "EIO" })).toMatchObject({ stream: "stdin", code: "EIO", message: "[object Object]" });
    // Only an object's code is the system's: a function thrown is no system error, whatever it holds.
    expect(
      asStreamError(
        "stdin",
        Object.assign(() => undefined, { code: "EIO" }),
      ),
    ).toMatchObject({ stream: "stdin", code: undefined });
    expect(asStreamError("stdin", new Error("x"))).toBeInstanceOf(StreamError);
  });

  it("stays the StreamError it is, of the stream it names", () => {
    const error = new StreamError("stdin", "EIO", "read EIO");
    expect(asStreamError("stdout", error)).toBe(error);
    expect(error.name).toBe("StreamError");
  });

  it.each([
    [
      "when it is opened",
      () => {
        throw new Error("stdin is gone");
      },
    ],
    [
      "while it is read",
      async function* () {
        yield "my-portal\n";
        throw new Error("stdin is gone");
      },
    ],
  ])("is said as stdin's when stdin fails %s", async (_, stdin) => {
    const { io, stderr } = ioWith(stdin as CliIo["stdin"]);
    expect(await runCli(["check", "-"], io)).toBe(2);
    expect(stderr).toEqual(["portal-slug: Cannot read stdin: stdin is gone\n"]);
  });
});

describe("cut", () => {
  it("keeps a text as long as the cut whole, even when it ends in half a pair", () => {
    expect(cut("ab", 2)).toBe("ab");
    expect(cut("ab\ud800", 3)).toBe("ab\ud800");
  });

  it("cuts a longer text at the length, or one unit before where a pair would be split", () => {
    expect(cut("abc", 2)).toBe("ab");
    expect(cut("a\udc00\udc00", 2)).toBe("a\udc00");
    expect(cut("a\ud800\udc00", 2)).toBe("a");
    expect(cut("a\udbff\udfff", 2)).toBe("a");
    expect(cut("a\ud7ff\udc00", 2)).toBe("a\ud7ff");
    expect(cut("a\udc00b", 2)).toBe("a\udc00");
  });
});

describe("Output", () => {
  it("writes nothing when nothing was gathered, and what was gathered in one write", async () => {
    const writes: string[] = [];
    const output = new Output((text) => void writes.push(text));
    await output.flush();
    output.write("a");
    output.write("b");
    await output.flush();
    await output.flush();
    expect(writes).toEqual(["ab"]);
  });
});

describe("reading long lines", () => {
  it("never cuts a character in two where it cuts a line that ends in CRLF", async () => {
    const { stdout } = await cli(["check", "--json", "-"], { stdin: `${"a".repeat(JUDGED_LINE - 1)}\u{1f600}xyz\r\n` });
    const [result] = JSON.parse(stdout) as { issues: { code: string }[]; inputLength: number }[];
    expect(result?.issues.map(({ code }) => code)).toEqual(["too_long"]);
    expect(result?.inputLength).toBe(JUDGED_LINE + 4);
  });

  it("never cuts a character in two whose halves come in two chunks at the judged length", async () => {
    const { stdout } = await cli(["check", "--json", "-"], { stdin: [`${"a".repeat(JUDGED_LINE - 1)}\ud83d`, "\ude00xyz\n"] });
    const [result] = JSON.parse(stdout) as { issues: { code: string }[] }[];
    expect(result?.issues.map(({ code }) => code)).toEqual(["too_long"]);
  });
});

describe("stopping early", () => {
  it("stops reading stdin when stdout's reader goes away", async () => {
    let stopped = false;
    const stdin = async function* () {
      try {
        for (;;) yield "my-portal\n";
      } finally {
        stopped = true;
      }
    };
    const { io } = ioWith(stdin, () => Promise.reject(new StreamError("stdout", "EPIPE", "write EPIPE")));
    expect(await runCli(["check", "-"], io)).toBe(0);
    expect(stopped).toBe(true);
  });

  it("reads a stdin whose iterator cannot be stopped to its end", async () => {
    const chunks = ["my-portal\n", "dev-docs\n"];
    const stdin = () => ({
      [Symbol.asyncIterator]: () => ({
        next: async () => (chunks.length ? { done: false, value: chunks.shift() as string } : { done: true, value: undefined }),
      }),
    });
    const { io } = ioWith(stdin as unknown as CliIo["stdin"]);
    expect(await runCli(["check", "-"], io)).toBe(0);
  });
});
