/**
 * `--portals` and `--portals-file`: the workspace's known portals, named on the command line or
 * read from the one file every layer reads (a module exporting `portals` or a default, or JSON),
 * built into the same {@link PortalList} every other layer takes.
 */
import { createPortalList, type PortalList, type PortalListProblem } from "../portals/portal-list.js";
import { visible } from "../text.js";
import { missingValue } from "./arguments.js";
import { Failure, firstLine, inOneLine } from "./failure.js";
import type { CliIo } from "./io.js";

/** Files read as modules: what the docs recommend, and TypeScript where Node strips its types. */
const MODULE = /\.[cm]?[jt]s$/i;

/** How many problems of one list are said, one a line, before the rest are only counted. */
const SAID = 10;

/** Where a list came from, as a message names it, and what it holds. */
interface Source {
  readonly name: string;
  readonly entries: unknown;
}

/**
 * The known portals given by `--portals` and `--portals-file`, or `undefined` for none. A list
 * that cannot be read, or holds anything but slugs and IDs, is a {@link Failure}: each problem a
 * line, named after where it is.
 */
export async function portalsOption(values: Map<string, string[]>, io: CliIo): Promise<PortalList | undefined> {
  const named = values.get("--portals");
  const files = values.get("--portals-file");
  if (!named && !files) return undefined;
  const sources: Source[] = [];
  // An empty name, as a trailing comma leaves (`a,b,`), is no entry, as a blank line of a file is none.
  for (const list of named ?? [])
    sources.push({
      name: "--portals",
      entries: list
        .split(",")
        .map((entry) => entry.trim())
        .filter((entry) => entry !== ""),
    });
  // An empty path (`--portals-file=`, a shell variable unset) names no file, as a missing one does.
  if (files?.includes("")) throw missingValue("--portals-file");
  for (const path of files ?? []) sources.push({ name: `--portals-file ${visible(path)}`, entries: (await readPortalsFile(path, io)).entries });
  // Each list is judged on its own, so that `portals[1]` is the second entry of the list it names.
  const lists = sources.map((source) => ({ ...source, list: createPortalList(source.entries) }));
  const said = lists.flatMap(({ name, list }) => problemLines(name, list.problems));
  if (said.length) throw new Failure(said);
  // Stryker disable next-line ConditionalExpression: equivalent, one list built again from its own entries is the same list
  // The names of the lists as read: a module's Set or generator is read once, and the names are checked already.
  const portals = lists.length === 1 ? (lists[0] as { list: PortalList }).list : createPortalList(lists.flatMap(({ list }) => [...list]));
  if (!portals.size) {
    const named = sources.map(({ name }) => name).join(" and ");
    throw new Failure([
      `Missing the portals: ${named} ${sources.length === 1 ? "names" : "name"} none; name at least one, with --portals or in --portals-file`,
    ]);
  }
  return portals;
}

/** The lines that say a list's problems: the first few, then how many more there are. */
function problemLines(name: string, problems: readonly PortalListProblem[]): string[] {
  const lines = problems.slice(0, SAID).map((problem) => `${name}: ${problem.message}`);
  if (problems.length > SAID) lines.push(`${name}: (and ${problems.length - SAID} more)`);
  return lines;
}

/**
 * What a portals file holds: a module's `portals` export (or its default, or the default's
 * `portals`), a `.json` file's value, a JSON array in any file whose first character (after
 * blanks) is "[", and otherwise one entry a line, blank lines and lines starting with "#" skipped.
 * Answered in a box: an async function's answer is asked for its `then`, which a module's proxy
 * may throw on, outside any of the reads that say what went wrong.
 */
async function readPortalsFile(path: string, io: CliIo): Promise<{ readonly entries: unknown }> {
  const name = `--portals-file ${visible(path)}`;
  if (MODULE.test(path)) return { entries: exported(name, await importModule(path, io)) };
  let text: string;
  try {
    // A byte order mark, as some editors on Windows write one, is no part of the list.
    text = io.readFile(path).replace(/^\uFEFF/, "");
  } catch (error) {
    throw new Failure([`${name}: Cannot read it: ${firstLine(error)}`]);
  }
  if (/\.json$/i.test(path) || text.trimStart().startsWith("[")) {
    try {
      return { entries: JSON.parse(text) as unknown };
    } catch (error) {
      throw new Failure([`${name}: Not valid JSON: ${inOneLine(error)}`]);
    }
  }
  return {
    entries: text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#")),
  };
}

/** The module at `path`, imported; a module that cannot be found or throws is a {@link Failure}. */
async function importModule(path: string, io: CliIo): Promise<Record<string, unknown>> {
  try {
    return await io.importModule(path);
  } catch (error) {
    // Node names the file it looked for and the module that looked, ours: the user needs neither.
    const missing = (error as { code?: unknown } | null)?.code === "ERR_MODULE_NOT_FOUND";
    // An ES module in a CommonJS project (cli.md's own portals.js, in a package without "type":
    // "module") fails to parse as CommonJS: say how to have it read as what it is.
    const esmAsCommonJs = error instanceof SyntaxError && path.toLowerCase().endsWith(".js") && /\bexport\b|\bimport statement\b/.test(error.message);
    const hint = esmAsCommonJs ? '; name it .mjs, or set "type": "module" in its package.json' : "";
    throw new Failure([`--portals-file ${visible(path)}: Cannot import it: ${missing ? "no such file" : firstLine(error)}${hint}`]);
  }
}

/**
 * The list a module exports: `portals`, else its default export, or the default's `portals`
 * (a CommonJS `module.exports = { portals }` whose names Node could not see).
 */
function exported(name: string, namespace: Record<string, unknown>): unknown {
  try {
    return exportedList(name, namespace);
  } catch (error) {
    if (error instanceof Failure) throw error;
    // A getter or a proxy trap of the module's that throws: its words, in one line, exit 2.
    throw new Failure([`${name}: Reading its exports threw: ${firstLine(error)}`]);
  }
}

/** {@link exported}, where any read may throw. */
function exportedList(name: string, namespace: Record<string, unknown>): unknown {
  if (namespace["portals"] !== undefined) return namespace["portals"];
  const fallback = namespace["default"];
  if (fallback === undefined || fallback === null) throw new Failure([`${name}: Exports neither "portals" nor a default: export the list as "portals"`]);
  if (typeof fallback === "object" && !Array.isArray(fallback) && (fallback as { portals?: unknown }).portals !== undefined) {
    return (fallback as { portals: unknown }).portals;
  }
  return fallback;
}
