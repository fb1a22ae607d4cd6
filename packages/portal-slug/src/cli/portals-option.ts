/**
 * `--portals` and `--portals-file`: the workspace's known portals, named on the command line or
 * read from a file, built into the same {@link PortalList} every other layer takes.
 */
import { createPortalList, type PortalList } from "../portals/portal-list.js";
import { visible } from "../text.js";
import { UsageError } from "./arguments.js";
import type { CliIo } from "./io.js";

/** The known portals given by `--portals` and `--portals-file`, or `undefined` for none; a bad list is a usage error. */
export function portalsOption(values: Map<string, string[]>, io: CliIo): PortalList | undefined {
  const named = values.get("--portals");
  const files = values.get("--portals-file");
  if (!named && !files) return undefined;
  const entries: unknown[] = [];
  for (const list of named ?? []) entries.push(...list.split(",").map((entry) => entry.trim()));
  for (const path of files ?? []) entries.push(...readPortalsFile(path, io));
  const portals = createPortalList(entries);
  if (portals.problems.length) throw new UsageError(`bad portals list:\n${portals.problems.map((problem) => `  ${problem.message}`).join("\n")}`);
  if (!portals.size) throw new UsageError("the portals list is empty: name at least one portal");
  return portals;
}

/**
 * The entries of a portals file: a JSON array when its first character (after blanks) is "[",
 * else one entry a line, blank lines and lines starting with "#" skipped.
 */
function readPortalsFile(path: string, io: CliIo): unknown[] {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read --portals-file ${visible(path)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (text.trimStart().startsWith("[")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`--portals-file ${visible(path)} is not valid JSON: ${(error as Error).message}`);
    }
    // Text that starts with "[" and parses is an array.
    return parsed as unknown[];
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}
