// What reading an imported module costs under typescript-eslint's parser: the plugin's module
// parser as built (typescript-estree alone, the syntax the rules read) beside the parser's own
// `parseForESLint` (what the plugin called before: tokens, comments and a scope analysis on top),
// the same texts in one process, rounds alternating which goes first, medians and their ratio.
// The texts: the generated portal modules and, given an Unkey checkout, every eighth of its
// TypeScript files.
//
//   node bench/lint/module-parse.mjs [--unkey=DIR] [--rounds=N]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { filesUnder } from "./files-under.mjs";
import { writePortalModules } from "./portal-modules.mjs";
import { median } from "./median.mjs";
import { flag } from "./flags.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const rounds = Number(flag("rounds") ?? 7);
const parser = createRequire(join(ROOT, "test", "package.json"))("@typescript-eslint/parser");
const { createModuleParser } = await import(pathToFileURL(join(ROOT, "packages/eslint-plugin-portal-slug/dist/esm/util/modules/module-parser.js")).href);

const corpora = { "generated portal modules": writePortalModules(join(tmpdir(), "portal-slug-module-parse")) };
const unkey = flag("unkey");
if (unkey) {
  const paths = filesUnder(resolve(unkey), {
    keep: (name) => /\.tsx?$/.test(name) && !name.endsWith(".d.ts"),
    enter: (path) => !basename(path).startsWith("."),
  });
  corpora["Unkey's TypeScript files, every eighth"] = paths.filter((_, i) => i % 8 === 0).map((path) => ({ path, text: readFileSync(path, "utf8") }));
}

const options = (path) => ({ ecmaVersion: "latest", sourceType: "module", ecmaFeatures: { jsx: /x$/.test(path) }, range: true, loc: true, filePath: path });
const ways = {
  "parseForESLint (before)": (text, path) => parser.parseForESLint(text, options(path)).ast,
  "the plugin's module parser": createModuleParser({ parser, parserOptions: { sourceType: "module" } }),
};

console.log(`| texts | files | ${Object.keys(ways).join(" | ")} | ratio |\n|---|---:|---:|---:|---:|`);
for (const [name, files] of Object.entries(corpora)) {
  const times = Object.fromEntries(Object.keys(ways).map((way) => [way, []]));
  let programs = 0;
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? Object.keys(ways).reverse() : Object.keys(ways);
    for (const way of order) {
      const start = performance.now();
      for (const { path, text } of files) if (ways[way](text, path)?.type === "Program") programs++;
      times[way].push(performance.now() - start);
    }
  }
  // Both ways read every file, or the ratio compares unequal work.
  if (programs !== rounds * Object.keys(ways).length * files.length) throw new Error(`${name}: ${programs} programs, not one a file each way`);
  const [before, now] = Object.values(times).map(median);
  console.log(`| ${name} | ${files.length} | ${before.toFixed(0)} ms | ${now.toFixed(0)} ms | ×${(now / before).toFixed(2)} |`);
}
