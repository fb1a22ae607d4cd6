// One cold lint run, for instructions.mjs to count under valgrind: load a build of the plugin
// (or two empty rules in its place, which give ESLint the same listeners to call), then lint
// each generated portal module once, as one `eslint` run does. With --load-only, stop after the
// load, so that what the first pass costs is the difference.
//
// With --retain=N, N small objects are made and kept before anything else: the same run on a
// heap that differs by a little, to see how much the engine's own work (collecting, compiling
// again what it dropped) moves when nothing of the plugin does.
//
// The clock stands still from the start (`Date.now`): the plugin trusts what it learnt of the
// file system for a second of it (a `lint-run` cache), and under valgrind, which runs the lint
// 40 to 80 times slower, that second would pass many times in one run, each time asking the disk
// and the resolver again; the count would then measure the simulator's speed, not the rules.
//
//   node bench/lint/lint-once.mjs --modules=DIR --plugin=ENTRY|empty [--load-only] [--retain=N]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { filesUnder } from "./files-under.mjs";
import { flag } from "./flags.mjs";

const started = Date.now();
Date.now = () => started;

globalThis.retained = Array.from({ length: Number(flag("retain") ?? 0) }, (_, i) => ({ i }));
const modules = resolve(flag("modules") ?? "");
const entry = flag("plugin");
const { Linter } = createRequire(join(resolve(import.meta.dirname, "../.."), "test", "package.json"))("eslint");

/** Rules that listen where the plugin's do and do nothing. */
const EMPTY = { create: () => ({ CallExpression() {}, NewExpression() {} }) };
const plugin = entry === "empty" ? { rules: { "valid-slug": EMPTY, "valid-session-body": EMPTY } } : (await import(pathToFileURL(resolve(entry)).href)).default;
if (process.argv.includes("--load-only")) process.exit(0);

const files = filesUnder(modules, { keep: (name) => name.endsWith(".js") }).map((path) => ({ path, text: readFileSync(path, "utf8") }));
const config = [
  { files: ["**/*.js"], languageOptions: { sourceType: "module" } },
  { files: ["**/*.js"], plugins: { "portal-slug": plugin }, rules: { "portal-slug/valid-slug": "error", "portal-slug/valid-session-body": "error" } },
];
const linter = new Linter({ cwd: modules });
let reports = 0;
for (const { path, text } of files) reports += linter.verify(text, config, { filename: path }).length;
// What was linted, for the caller to check that every build saw the same files.
console.log(JSON.stringify({ files: files.length, reports }));
