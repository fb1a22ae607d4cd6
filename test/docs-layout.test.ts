// The repository's layout in docs/contributing.md: every source file of both packages and the
// playground, with what it holds in its own opening words, drawn from the tree so that a file
// added, moved or split shows up there, where a newcomer looks for it. `DOCS_UPDATE=1` writes the
// tables anew (the docs test's update mode); without it a table that differs from the tree fails.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSection, tableRows } from "./support/generated-section.js";
import { layoutRows, layoutTable, openingSentence } from "./support/layout.js";
import { root } from "./support/workspace.js";

const PAGE = join(root, "docs", "contributing.md");
const FOLDERS = ["packages/portal-slug/src", "packages/eslint-plugin-portal-slug/src", "playground/src"];

describe("the layout in docs/contributing.md", () => {
  it.each(FOLDERS)("lists every source file of %s, each with its opening sentence", (folder) => {
    const rows = layoutRows(root, folder);
    expect(rows.length).toBeGreaterThan(10);
    // A file that opens with no comment has nothing to say here: give it one.
    expect(rows.filter(({ what }) => !what).map(({ path }) => `${folder}/${path}`)).toEqual([]);
    const table = layoutTable(rows);
    expect(readSection("docs/contributing.md", `layout ${folder}`, table), `the table of ${folder} (DOCS_UPDATE=1 writes it anew)`).toEqual(tableRows(table));
  });

  it("names every top-level folder of the repository in its first table", () => {
    const folders = new Set(
      execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" })
        .split("\n")
        .filter((path) => path.includes("/") && !path.startsWith("."))
        .map((path) => path.slice(0, path.indexOf("/"))),
    );
    const page = readFileSync(PAGE, "utf8");
    const first = page.slice(page.indexOf("## Repository layout"), page.indexOf("<!-- generated layout "));
    expect([...folders].filter((folder) => !first.includes(`\`${folder}`))).toEqual([]);
  });

  it("reads a file's opening sentence from each kind of comment, and none from a file without one", () => {
    expect(openingSentence("/**\n * The one pass. More.\n */\nexport {};")).toBe("The one pass");
    expect(openingSentence("// Two lines\n// of words. And more.\nimport x;")).toBe("Two lines of words");
    expect(openingSentence("<!doctype html>\n<!-- The page, one file. -->\n<html>")).toBe("The page, one file");
    expect(openingSentence("/* e.g. `a.b` stays | whole. */")).toBe("e.g. `a.b` stays | whole");
    expect(openingSentence("import x from 'y';\n/** Too late. */")).toBeUndefined();
  });
});

describe("docs/runtime.md's table of everything exported", () => {
  it("names every value the core's entry exports", async () => {
    const entry = (await import("portal-slug")) as Record<string, unknown>;
    const page = readFileSync(join(root, "docs", "runtime.md"), "utf8");
    const table = page.slice(page.indexOf("## Everything exported"));
    const named = new Set([...table.matchAll(/`([\w$]+)`/g)].map((match) => match[1]));
    expect(Object.keys(entry).filter((name) => !named.has(name))).toEqual([]);
  });
});
