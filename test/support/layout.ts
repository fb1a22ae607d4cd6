// The layout of a source folder as docs/contributing.md shows it: one row a source file, its path
// and the first sentence of the comment it opens with, read from the tree, so that the page says
// what each file holds in the file's own words and cannot fall behind a file added or moved.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { markdownTable } from "./generated-section.js";

/** The source files under a folder: what is built or bundled, not tests, fixtures, snapshots or declarations. */
export function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|cjs|html|css)$/.test(entry.name) && !/\.test(?:-d)?\.ts$|\.d\.cts$/.test(entry.name))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .filter((path) => !/(?:^|\/)(?:fixtures|__snapshots__)\//.test(path))
    .sort((a, b) => depth(a) - depth(b) || a.localeCompare(b));
}

/** Files of a folder before those of its subfolders, each folder's files together. */
const depth = (path: string): number => (path.includes("/") ? 1 : 0);

/**
 * The first sentence of the comment a file opens with (`/** … *\/`, `/* … *\/`, `// …` lines or
 * `<!-- … -->`), on one line; `undefined` when the file opens with none.
 */
export function openingSentence(text: string): string | undefined {
  const comment = /^(?:\/\*\*?([\s\S]*?)\*\/|((?:\/\/.*\n)+)|<!--([\s\S]*?)-->)/.exec(text.replace(/^<!doctype html>\s*/i, ""));
  if (!comment) return undefined;
  const body = (comment[1] ?? comment[2] ?? comment[3] ?? "")
    .split("\n")
    .map((line) => line.replace(/^\s*(?:\*|\/\/)?\s?/, "").trim())
    .join(" ")
    // A TSDoc tag ends what the comment says of the file; a link reads as the name it links.
    .replace(/\s@\w[\s\S]*$/, "")
    .replace(/\{@link\s+([^}\s]+)\s*\}/g, "`$1`")
    .replace(/\s+/g, " ")
    .trim();
  // A sentence ends at a full stop before a capital or the end, not inside `a.b` or after "e.g.".
  const end = body.search(/\.(?=\s+[A-Z]|\s*$)/);
  return end < 0 ? body : body.slice(0, end);
}

/** One row a source file of `folder` (relative to `root`): its path in the folder and what it holds. */
export function layoutRows(root: string, folder: string): { readonly path: string; readonly what: string | undefined }[] {
  return sourceFiles(join(root, folder)).map((path) => ({ path, what: openingSentence(readFileSync(join(root, folder, path), "utf8")) }));
}

/** The markdown table of `rows`: a file's path, and what it holds. */
export const layoutTable = (rows: readonly { readonly path: string; readonly what: string | undefined }[]): string =>
  markdownTable(
    ["file", "what"],
    rows.map(({ path, what }) => [`\`${path}\``, what ?? ""]),
  );
