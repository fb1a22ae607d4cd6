// A part of a docs page that the code writes: between `<!-- generated NAME -->` and
// `<!-- /generated -->`, a markdown table made from the code (the tree, Unkey's API as the core
// describes it, the rules the guard holds beyond Unkey's schema). The tests compare the table's
// cells with what the code makes now, whatever Prettier did to the spacing, and `DOCS_UPDATE=1`
// writes the section anew.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./workspace.js";

const markers = (name: string) => [`<!-- generated ${name} -->`, "<!-- /generated -->"] as const;

/** A markdown table: a header row, then one row a line; `|` in a cell escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replaceAll("|", "\\|")).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** The cells of every row of the table in a page's section `name`, header and rule row left out; `undefined` when the page has no such section. */
export function sectionRows(page: string, name: string): string[][] | undefined {
  const [open, close] = markers(name);
  const start = page.indexOf(open);
  const end = page.indexOf(close, start);
  if (start < 0 || end < 0) return undefined;
  const rows = page
    .slice(start + open.length, end)
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/\s+/g, " ")),
    );
  return rows.filter((cells, i) => i !== 1 || !cells.every((cell) => /^:?-+:?$/.test(cell))).slice(1);
}

/** The cells of the rows of a table `markdownTable` made, as `sectionRows` reads them back. */
export const tableRows = (table: string): string[][] => sectionRows(`${markers("x")[0]}\n${table}\n${markers("x")[1]}`, "x") as string[][];

/**
 * The page at `path` (from the repository's root), with the section `name` written anew as
 * `table` when `DOCS_UPDATE` is set; returns the rows the page holds afterwards.
 */
export function readSection(path: string, name: string, table: string): string[][] | undefined {
  const file = join(root, path);
  let page = readFileSync(file, "utf8");
  if (process.env.DOCS_UPDATE) {
    const [open, close] = markers(name);
    const start = page.indexOf(open);
    const end = page.indexOf(close, start);
    if (start >= 0 && end >= 0) {
      page = `${page.slice(0, start + open.length)}\n\n${table}\n\n${page.slice(end)}`;
      writeFileSync(file, page);
      execFileSync(process.execPath, [join(root, "node_modules", "prettier", "bin", "prettier.cjs"), "--write", file]);
      page = readFileSync(file, "utf8");
    }
  }
  return sectionRows(page, name);
}
