import { execFileSync, spawn, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ECHOED, JUDGED_LINE, StreamError, runCli, type CliIo } from "./cli.js";

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in-process and keeps what it wrote. `stdin` is given whole or as the chunks it
 * arrives in; `files` are what `--portals-file` can read.
 */
async function cli(argv: string[], options: { stdin?: string | (string | Uint8Array)[]; color?: boolean; files?: Record<string, string> } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const chunks = typeof options.stdin === "string" ? [options.stdin] : (options.stdin ?? []);
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdin: async function* () {
      yield* chunks;
    },
    readFile: (path) => {
      const text = options.files?.[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    color: options.color ?? false,
    version: "9.9.9",
  };
  const status = await runCli(argv, io);
  return { status, stdout, stderr };
}

describe("portal-slug check", () => {
  it("exits 0 when every slug is valid", async () => {
    expect(await cli(["check", "my-portal", "billing"])).toEqual({ status: 0, stdout: "valid    my-portal\nvalid    billing\n", stderr: "" });
  });

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
        "  suggestion: my-portal",
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

  it("checks an argument after -- even when it starts with --, the typo it may be", async () => {
    const { status, stdout } = await cli(["check", "--", "--portal", "--json"]);
    expect(status).toBe(1);
    expect(stdout).toContain('invalid  "--portal"');
    expect(stdout).toContain('invalid  "--json"');
  });

  it("checks --help after a bare -- as a slug", async () => {
    expect(await cli(["check", "--", "--help"])).toMatchObject({ status: 1, stdout: expect.stringContaining('invalid  "--help"') });
  });

  it("escapes an unknown option or command before echoing it", async () => {
    const option = await cli(["check", "--\x1b]0;pwned\x07"]);
    expect(option.status).toBe(2);
    expect(option.stderr).toMatch(/^portal-slug: unknown option --\\u\{1b\}\]0;pwned\\u\{7\}\n/);
    const command = await cli(["\u202e"]);
    expect(command.stderr).toMatch(/^portal-slug: unknown command "\\u\{202e\}"\n/);
    for (const raw of ["\x1b", "\x07", "\u202e"]) expect(option.stderr + command.stderr).not.toContain(raw);
  });

  it("writes --json in ASCII, which parses back to the same input", async () => {
    const { stdout } = await cli(["check", "--json", "my\u202eportal\u{1f600}\x7f"]);
    expect(stdout).toMatch(/^[\n -~]*$/);
    expect(stdout).toContain("\\u202e");
    expect((JSON.parse(stdout) as { input: string }[])[0]?.input).toBe("my\u202eportal\u{1f600}\x7f");
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

  it("colours only when asked to", async () => {
    expect((await cli(["check", "Bad"], { color: true })).stdout).toContain("\x1b[31minvalid\x1b[0m");
    expect((await cli(["check", "Bad"])).stdout).not.toContain("\x1b[");
  });

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

describe("portal-slug suggest", () => {
  it("prints one suggestion for each argument, a line each", async () => {
    expect(await cli(["suggest", "My Portal", "Portal_2!"])).toEqual({ status: 0, stdout: "my-portal\nportal-2\n", stderr: "" });
  });

  it("reads one text a line from stdin with -, as check does", async () => {
    expect(await cli(["suggest", "-", "Last One"], { stdin: "Billing Portal (EU)\r\n\nDev Docs\n" })).toEqual({
      status: 0,
      stdout: "billing-portal-eu\ndev-docs\nlast-one\n",
      stderr: "",
    });
  });

  it("keeps the lines in step where there is no answer: an empty one, the reason on stderr, exit 1", async () => {
    expect(await cli(["suggest", "My Portal", "!!", "Dev Docs"])).toEqual({
      status: 1,
      stdout: "my-portal\n\ndev-docs\n",
      stderr: 'no slug can be made from "!!": fewer than 3 letters or digits\n',
    });
    expect((await cli(["suggest", "\u200b\u200b"])).stderr).toBe('no slug can be made from "\\u{200b}\\u{200b}": fewer than 3 letters or digits\n');
  });

  it("takes text that starts with -- after a bare --", async () => {
    expect(await cli(["suggest", "--", "--json", "Portal"])).toEqual({ status: 0, stdout: "json\nportal\n", stderr: "" });
  });

  it("exits 2 when stdin holds no text", async () => {
    expect(await cli(["suggest", "-"], { stdin: "\n" })).toMatchObject({
      status: 2,
      stdout: "",
      stderr: expect.stringMatching(/^portal-slug: stdin held no text/),
    });
  });
});

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
      color: false,
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
    // The underscores are past the judged part: only its length is wrong.
    expect(stdout).not.toContain("underscore");
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
      color: false,
      version: "9.9.9",
    };
    const lines: string[] = [];
    expect(await runCli(["check", "-"], io)).toBe(2);
    expect(lines).toEqual(["portal-slug: cannot read stdin: EISDIR: illegal operation on a directory, read\n"]);
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
        '  - unknown_portal: "biling-portal" is none of the 2 portals declared, and Unkey answers 404 for a portal it does not have; write "billing-portal"',
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
      expect(stdout, file).toContain('; write "dev-docs"');
      expect(stdout, file).toMatch(/^valid {4}dev-docs\n/);
    }
  });

  it.each([
    [["--portals", "billing-portal,Bad Portal"], /bad portals list:\n {2}portals\[1\]: "Bad Portal" is no portal slug or ID/],
    [["--portals", ""], /bad portals list:\n {2}portals\[0\]: "" is no portal slug or ID/],
    [["--portals-file", "missing.json"], /cannot read --portals-file missing\.json: ENOENT/],
    [["--portals-file", "broken.json"], /--portals-file broken\.json is not valid JSON/],
    // Not an array, so not JSON: one entry a line, and "{}" is none.
    [["--portals-file", "object.json"], /bad portals list:\n {2}portals\[0\]: "\{\}" is no portal slug or ID/],
    [["--portals-file", "numbers.json"], /bad portals list:\n {2}portals\[0\]: Expected a string/],
  ])("makes a bad list (%j) a usage error, exit 2", async (options, message) => {
    const files = { "broken.json": '["a",', "object.json": "{}", "numbers.json": "[1, 2]" };
    const { status, stdout, stderr } = await cli(["check", ...options, "dev-docs"], { files });
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/\n\nUsage:/);
  });

  it("makes --portals without a list a usage error", async () => {
    expect(await cli(["check", "dev-docs", "--portals"])).toMatchObject({
      status: 2,
      stdout: "",
      stderr: expect.stringMatching(/^portal-slug: --portals needs a value\n/),
    });
  });
});

describe("the installed command", () => {
  const bin = fileURLToPath(new URL("../bin/portal-slug.js", import.meta.url));
  const scratch = mkdtempSync(join(tmpdir(), "portal-slug-cli-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("runs as a process with the real exit status, uncoloured when NO_COLOR is set", async () => {
    const run = spawnSync(process.execPath, [bin, "check", "my-portal", "-portal"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("suggestion: portal\n");
    expect(run.stdout).not.toContain("\x1b[");
  });

  it("prints its package version", async () => {
    expect(execFileSync(process.execPath, [bin, "--version"], { encoding: "utf8" })).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  /** Runs the command with one of its standard streams opened on `path`, the others piped. */
  function withStream(args: string[], fd: 0 | 1 | 2, path: string, flags: "r" | "w") {
    const opened = openSync(path, flags);
    try {
      const stdio: ("pipe" | number)[] = ["pipe", "pipe", "pipe"];
      stdio[fd] = opened;
      return spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", stdio, input: fd === 0 ? undefined : "" });
    } finally {
      closeSync(opened);
    }
  }

  it("says in one line that a directory is no stdin, exit 2", () => {
    const run = withStream(["check", "-"], 0, scratch, "r");
    expect(run.stderr).toMatch(/^portal-slug: cannot read stdin: EISDIR: [^\n]*\n$/);
    expect(run.status).toBe(2);
  });

  it.runIf(process.platform === "linux")("says in one line that stdout is full, exit 2", () => {
    const run = withStream(["check", "my-portal"], 1, "/dev/full", "w");
    expect(run.stderr).toMatch(/^portal-slug: cannot write to stdout: ENOSPC: [^\n]*\n$/);
    expect(run.status).toBe(2);
  });

  it.runIf(process.platform === "linux")("exits 2 on a usage error even when stderr is full", () => {
    const run = withStream(["frobnicate"], 2, "/dev/full", "w");
    expect(run.stdout).toBe("");
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
