// Every file Prettier can format is formatted: an unformatted file fails the tests, and so CI.
// The files are git's (tracked and new, ignored ones left out), judged with the repository's
// .prettierrc.json and .prettierignore, as `npm run format` writes them.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as prettier from "prettier";
import { expect, it } from "vitest";
import { root } from "./support/workspace.js";

const files = (): string[] =>
  execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);

it("has every file formatted by Prettier", async () => {
  const unformatted: string[] = [];
  let checked = 0;
  for (const file of files()) {
    const path = join(root, file);
    const info = await prettier.getFileInfo(path, { ignorePath: join(root, ".prettierignore") });
    if (info.ignored || !info.inferredParser) continue;
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      continue; // deleted in the work tree, not yet in git
    }
    const options = await prettier.resolveConfig(path);
    checked++;
    if (!(await prettier.check(text, { ...options, filepath: path }))) unformatted.push(file);
  }
  expect(unformatted, "run `npm run format`").toEqual([]);
  expect(checked).toBeGreaterThan(100);
}, 120_000);
