// The generated portal modules the before/after comparisons lint: bench:lint's generator, one
// seed, written where they can import one another, so that following imports costs what it does
// in a project. One set for compare-builds.mjs and instructions.mjs, so both measure the same files.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generate } from "./generate.mjs";
import { seeded } from "./random.mjs";

/** How many modules, and the seed they are drawn with. */
const PORTAL_MODULES = { count: 300, seed: 20261127 ^ 0x5eed };

/** Writes the modules into `dir` (emptied first); gives each one's path and text. */
export function writePortalModules(dir) {
  rmSync(dir, { recursive: true, force: true });
  const { files } = generate({ random: seeded(PORTAL_MODULES.seed), count: PORTAL_MODULES.count });
  return files.map((file) => {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
    return { path, text: file.text };
  });
}
