// The files under a folder, in one stable order (names sorted, depth first), for the benches
// that lint a folder file by file: the same files in the same order on every run.
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** The paths of the files under `dir` whose name `keep` takes, in folders `enter` takes (`node_modules` never). */
export function filesUnder(dir, { keep = () => true, enter = () => true } = {}) {
  const found = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (!entry.isDirectory()) {
        if (keep(entry.name)) found.push(path);
      } else if (entry.name !== "node_modules" && enter(path)) walk(path);
    }
  };
  walk(dir);
  return found;
}
