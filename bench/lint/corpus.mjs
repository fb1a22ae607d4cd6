// Builds the corpus the lint benchmark lints: a few thousand real files from the installed
// packages plus a few hundred generated portal modules, written afresh each run (so that a
// stale or hand-edited corpus never skews a number) and identical from run to run (seeded).
import { createHash } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { seeded } from "./random.mjs";
import { harvest } from "./harvest.mjs";
import { generate } from "./generate.mjs";

/**
 * What the corpus holds. Real files are capped at 6 KB so that two thousand of them lint in
 * seconds, not minutes (ESLint reads about 200 KB of code a second here); small files are also
 * the rule's worst case, since its per-file setup weighs more against less code.
 */
export const CORPUS_SETTINGS = { seed: 20261127, realFiles: 1700, perPackage: 150, maxBytes: 6 * 1024, generatedFiles: 300 };

/** Where the corpus is written: a folder of its own, deleted and written afresh by every run. */
export const CORPUS_DIR = join(import.meta.dirname, ".corpus");

/**
 * Writes the corpus under `dir`: `module/...` and `commonjs/...` (the config parses each folder
 * as that source type), and returns what is in it.
 */
export function buildCorpus({ dir, store, espree, seed, realFiles, perPackage, maxBytes, generatedFiles }) {
  rmSync(dir, { recursive: true, force: true });
  const real = harvest({ store, espree, random: seeded(seed), count: realFiles, perPackage, maxBytes });
  // A second stream, so that changing the real half never reshuffles the generated one.
  const { files: generated, expectedReports } = generate({ random: seeded(seed ^ 0x5eed), count: generatedFiles });
  for (const file of generated) {
    // A generator bug would otherwise surface as a parse error ESLint counts as a cheap file.
    espree.parse(file.text, { ecmaVersion: "latest", sourceType: file.sourceType });
  }

  const fingerprint = createHash("sha256");
  const packages = new Map();
  let bytes = 0;
  let lines = 0;
  for (const file of [...real, ...generated]) {
    const path = join(dir, file.sourceType, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
    fingerprint.update(`${file.sourceType}/${file.path}\0${file.text}\0`);
    bytes += Buffer.byteLength(file.text);
    lines += file.text.split("\n").length;
    const source = file.package ?? "(generated portal modules)";
    packages.set(source, (packages.get(source) ?? 0) + 1);
  }
  // Keeps git from offering thousands of copied files for commit, whatever the root .gitignore says.
  writeFileSync(join(dir, ".gitignore"), "*\n");
  return {
    files: real.length + generated.length,
    realFiles: real.length,
    generatedFiles: generated.length,
    portalFiles: generated.filter((file) => file.expected > 0 || file.path.includes("/portal-")).length,
    bytes,
    lines,
    expectedReports,
    packages: [...packages].sort((a, b) => b[1] - a[1]),
    fingerprint: fingerprint.digest("hex").slice(0, 12),
  };
}
