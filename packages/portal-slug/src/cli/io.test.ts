import { mkdtempSync, realpathSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { PORTALS_FILE_MAX, processIo } from "./io.js";
import { StreamError } from "./streams.js";

/** Whether the process's stdin is to look like a directory, as `portal-slug check - < folder` makes it. */
const stdinIs = vi.hoisted(() => ({ directory: false }));

vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  return { ...actual, fstatSync: (fd: number) => ({ isDirectory: () => fd === 0 && stdinIs.directory }) };
});

const scratch = realpathSync(mkdtempSync(join(tmpdir(), "portal-slug-io-")));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const isTTY = Object.getOwnPropertyDescriptor(process.stdout, "isTTY");
/** The error listeners of the streams before a test, so that those processIo adds are taken away again. */
const listening = new Map([process.stdout, process.stderr].map((stream) => [stream, stream.listeners("error")]));
afterEach(() => {
  for (const [stream, before] of listening)
    for (const listener of stream.listeners("error")) if (!before.includes(listener)) stream.off("error", listener as () => void);
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  stdinIs.directory = false;
  if (isTTY) Object.defineProperty(process.stdout, "isTTY", isTTY);
  else delete (process.stdout as { isTTY?: boolean }).isTTY;
});

/** Makes the process's stdout a terminal or not, for the colour it decides. */
const terminal = (tty: boolean): void => void Object.defineProperty(process.stdout, "isTTY", { value: tty, configurable: true, writable: true });

describe("processIo", () => {
  it("gives the version it is told and the working directory", () => {
    const io = processIo("1.2.3");
    expect([io.version, io.cwd]).toEqual(["1.2.3", process.cwd()]);
  });

  it.each([
    [true, undefined, true],
    [true, "1", false],
    [true, "", true],
    [false, undefined, false],
    [false, "", false],
  ])("colours on a terminal (%s) unless NO_COLOR is set to something (%j): %s", (tty, noColor, color) => {
    terminal(tty);
    vi.stubEnv("NO_COLOR", noColor);
    expect(processIo("1.2.3").color).toBe(color);
  });

  it("writes to stdout and resolves once the text is written", async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation(((text: string, done: (error?: Error | null) => void) => {
      written.push(text);
      done();
      return true;
    }) as typeof process.stdout.write);
    await expect(processIo("1.2.3").stdout("valid    my-portal\n")).resolves.toBeUndefined();
    expect(written).toEqual(["valid    my-portal\n"]);
  });

  it("rejects with a StreamError of stdout when a write fails, late or at once", async () => {
    const io = processIo("1.2.3");
    vi.spyOn(process.stdout, "write").mockImplementation(((_: string, done: (error?: Error | null) => void) => {
      done(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
      return false;
    }) as typeof process.stdout.write);
    await expect(io.stdout("x")).rejects.toEqual(new StreamError("stdout", "EPIPE", "write EPIPE"));
    await expect(io.stdout("x")).rejects.toMatchObject({ stream: "stdout", code: "EPIPE" });
    vi.spyOn(process.stdout, "write").mockImplementation(() => {
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    });
    await expect(io.stdout("x")).rejects.toMatchObject({ stream: "stdout", code: "ENOSPC", message: "ENOSPC: no space left on device, write" });
  });

  it("listens for the errors of stdout and stderr, so that a failed write does not end the process with a stack trace", () => {
    const before = [process.stdout.listenerCount("error"), process.stderr.listenerCount("error")];
    processIo("1.2.3");
    expect([process.stdout.listenerCount("error"), process.stderr.listenerCount("error")]).toEqual(before.map((count) => count + 1));
  });

  it("writes to stderr at best, never throwing when the write fails", () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation(((text: string, done: (error?: Error | null) => void) => {
      written.push(text);
      done(new Error("write ENOSPC"));
      return false;
    }) as typeof process.stderr.write);
    expect(() => processIo("1.2.3").stderr("portal-slug: oops\n")).not.toThrow();
    expect(written).toEqual(["portal-slug: oops\n"]);
  });

  it("reads the process's stdin, and says a directory given as stdin as reading one would", () => {
    expect(processIo("1.2.3").stdin()).toBe(process.stdin);
    stdinIs.directory = true;
    expect(() => processIo("1.2.3").stdin()).toThrow(new StreamError("stdin", "EISDIR", "EISDIR: illegal operation on a directory, read"));
  });

  it("reads a portals file whole, up to the size a portals file may hold", () => {
    const path = join(scratch, "portals.txt");
    writeFileSync(path, "billing-portal\ndev-docs\n");
    expect(processIo("1.2.3").readFile(path)).toBe("billing-portal\ndev-docs\n");
    truncateSync(path, PORTALS_FILE_MAX);
    expect(processIo("1.2.3").readFile(path)).toHaveLength(PORTALS_FILE_MAX);
  });

  it("refuses a portals file past that size without reading it", () => {
    const path = join(scratch, "huge.txt");
    writeFileSync(path, "");
    truncateSync(path, PORTALS_FILE_MAX + 1);
    expect(() => processIo("1.2.3").readFile(path)).toThrow(
      new Error(`${PORTALS_FILE_MAX + 1} bytes, more than the ${PORTALS_FILE_MAX} a portals file may hold`),
    );
  });

  it("imports a module named relative to the working directory", async () => {
    const path = join(scratch, "portals.mjs");
    writeFileSync(path, 'export const portals = ["billing-portal"];\n');
    expect({ ...(await processIo("1.2.3").importModule(relative(process.cwd(), path))) }).toEqual({ portals: ["billing-portal"] });
  });
});
