import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { unifiedDiff } from "./unified-diff.js";

/**
 * Applies a unified diff to `text` as `patch` does, strictly: every context and removed line
 * must be where the hunk header says. An oracle written from the format, apart from the diff's
 * own code.
 */
function applyPatch(text: string, diff: string): string {
  const old = text === "" ? [] : text.split(/(?<=\n)/);
  const lines = diff.split(/(?<=\n)/);
  expect(lines[0]).toMatch(/^--- a\//);
  expect(lines[1]).toMatch(/^\+\+\+ b\//);
  const out: string[] = [];
  let at = 0;
  let i = 2;
  while (i < lines.length) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@\n$/.exec(lines[i] as string);
    if (!header) throw new Error(`no hunk header: ${lines[i]}`);
    const oldCount = header[2] === undefined ? 1 : Number(header[2]);
    const oldStart = Number(header[1]) - (oldCount === 0 ? 0 : 1);
    while (at < oldStart) out.push(old[at++] as string);
    i++;
    let seen = 0;
    while (i < lines.length && !(lines[i] as string).startsWith("@@")) {
      const line = lines[i] as string;
      const body = line.slice(1);
      // The marker belongs to the line before it: that line has no ending.
      const ending = (lines[i + 1] as string | undefined)?.startsWith("\\") ? body.slice(0, -1) : body;
      if (line[0] === " " || line[0] === "-") {
        expect(old[at]).toBe(ending);
        seen++;
        at++;
        if (line[0] === " ") out.push(ending);
      } else if (line[0] === "+") out.push(ending);
      else if (line[0] !== "\\") throw new Error(`not a hunk line: ${line}`);
      i++;
    }
    expect(seen).toBe(oldCount);
  }
  while (at < old.length) out.push(old[at++] as string);
  return out.join("");
}

/** Texts made of few distinct lines, so that two of them share much, with any ending. */
const text = fc
  .tuple(fc.array(fc.constantFrom("a", "b", "c", "portal", "", "  x"), { maxLength: 30 }), fc.constantFrom("\n", "\r\n"), fc.boolean())
  .map(([lines, eol, last]) => lines.join(eol) + (last && lines.length ? eol : ""));

describe("unifiedDiff", () => {
  it("writes the headers, the hunk and three lines of context, as diff -u does", () => {
    const before = ["1", "2", "3", "4", 'slug: "My-Portal"', "6", "7", "8", "9", ""].join("\n");
    const after = before.replace('slug: "My-Portal"', 'portal: "my-portal"');
    expect(unifiedDiff("src/raw.js", before, after)).toBe(
      ["--- a/src/raw.js", "+++ b/src/raw.js", "@@ -2,7 +2,7 @@", " 2", " 3", " 4", '-slug: "My-Portal"', '+portal: "my-portal"', " 6", " 7", " 8", ""].join(
        "\n",
      ),
    );
  });

  it("says when a last line has no ending, and writes nothing for equal texts", () => {
    expect(unifiedDiff("a.js", "x\ny", "x\nz")).toBe(
      "--- a/a.js\n+++ b/a.js\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n+z\n\\ No newline at end of file\n",
    );
    expect(unifiedDiff("a.js", "same\n", "same\n")).toBe("");
  });

  it("gives a diff that turns the one text into the other", () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const diff = unifiedDiff("f.ts", before, after);
        if (diff === "") expect(after).toBe(before);
        else expect(applyPatch(before, diff)).toBe(after);
      }),
      { numRuns: 2_000 },
    );
  });

  it("changes as few lines as can be: as many as the longest common subsequence leaves", () => {
    const lcs = (a: string[], b: string[]): number => {
      const row = new Array<number>(b.length + 1).fill(0);
      for (const x of a) {
        let diagonal = 0;
        for (let j = 1; j <= b.length; j++) {
          const above = row[j] as number;
          row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
          diagonal = above;
        }
      }
      return row[b.length] as number;
    };
    const lines = (t: string): string[] => (t === "" ? [] : t.split(/(?<=\n)/));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const changed = unifiedDiff("f.ts", before, after)
          .split("\n")
          .slice(2)
          .filter((line) => /^[-+]/.test(line)).length;
        const [a, b] = [lines(before), lines(after)];
        expect(changed).toBe(a.length + b.length - 2 * lcs(a, b));
      }),
      { numRuns: 1_000 },
    );
  });

  it("keeps changes more than six lines apart in hunks of their own", () => {
    const before = Array.from({ length: 30 }, (_, i) => `line ${i}\n`).join("");
    const after = before.replace("line 2\n", "line two\n").replace("line 10\n", "line ten\n").replace("line 16\n", "line sixteen\n");
    const headers = unifiedDiff("f.ts", before, after).match(/^@@.*$/gm);
    // 2 and 10 are seven shared lines apart: two hunks; 10 and 16 are five apart: one (the same as diff -u gives).
    expect(headers).toEqual(["@@ -1,6 +1,6 @@", "@@ -8,13 +8,13 @@"]);
  });

  it("stays linear in memory for texts with nothing in common", () => {
    const before = Array.from({ length: 5_000 }, (_, i) => `old ${i}\n`).join("");
    const after = Array.from({ length: 5_000 }, (_, i) => `new ${i}\n`).join("");
    expect(applyPatch(before, unifiedDiff("f.ts", before, after))).toBe(after);
  });
});

describe("git apply", () => {
  const dir = mkdtempSync(join(tmpdir(), "portal-slug-diff-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("takes the diff and makes the new text", () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        fc.pre(before !== after);
        writeFileSync(join(dir, "f.ts"), before);
        writeFileSync(join(dir, "change.patch"), unifiedDiff("f.ts", before, after));
        execFileSync("git", ["apply", "change.patch"], { cwd: dir, stdio: "pipe" });
        expect(readFileSync(join(dir, "f.ts"), "utf8")).toBe(after);
      }),
      { numRuns: 40 },
    );
  });
});

describe("unifiedDiff, against diff -u", () => {
  const dir = mkdtempSync(join(tmpdir(), "portal-slug-diff-u-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** What GNU diff -u writes for the two texts, its timestamps left out of the headers. */
  const diffU = (before: string, after: string): string => {
    writeFileSync(join(dir, "old"), before);
    writeFileSync(join(dir, "new"), after);
    const { stdout } = spawnSync("diff", ["-u", "old", "new"], { cwd: dir, encoding: "utf8" });
    return stdout.replace(/^--- old[^\n]*\n\+\+\+ new[^\n]*\n/, "--- a/f\n+++ b/f\n");
  };

  // Texts whose shortest edit is the one diff -u picks: a whole text added or removed (a range
  // of one line, or of none), lines shared at the start or the end only in part, a blank line.
  it.each([
    ["", "b"],
    ["b", ""],
    ["\n\n", "b\n\n"],
    ["\n", "\na\n\n"],
    ["a\n\nc\n", "\n\n\nc\n"],
    ["c\na\n\n\na\nc\n", "c\n"],
  ])("writes what diff -u writes for %j and %j", (before, after) => {
    expect(unifiedDiff("f", before, after)).toBe(diffU(before, after));
  });

  it("takes changes six shared lines apart into one hunk, as diff -u does", () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i}\n`).join("");
    const after = before.replace("line 3\n", "line three\n").replace("line 10\n", "line ten\n");
    expect(unifiedDiff("f", before, after).match(/^@@.*$/gm)).toEqual(["@@ -1,14 +1,14 @@"]);
    expect(unifiedDiff("f", before, after)).toBe(diffU(before, after));
  });

  it("still finds the shortest edit when it takes as many as 2,000 changed lines", () => {
    // One line shared in the middle, at the start of the one and the end of the other.
    const olds = Array.from({ length: 1_000 }, (_, i) => `old ${i}\n`);
    const news = Array.from({ length: 1_000 }, (_, i) => `new ${i}\n`);
    const before = ["shared\n", ...olds].join("");
    const after = [...news, "shared\n"].join("");
    const diff = unifiedDiff("f", before, after);
    expect(diff.split("\n").filter((line) => /^[-+]/.test(line))).toHaveLength(2 + 2_000);
    expect(applyPatch(before, diff)).toBe(after);
  });
});
