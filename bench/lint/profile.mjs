// Where portal-slug/valid-slug's lint time goes, on run.mjs's corpus: per-file setup
// (create()) against per-call work (the CallExpression/NewExpression listeners), measured around
// the rule without changing it, next to a do-nothing rule with the same listeners (the floor any
// such rule pays), then a sampled CPU profile by function, and the plugin's import cost.
//
//   node bench/lint/profile.mjs [--keep]
//
// PORTAL_SLUG_BENCH_PLUGIN=/abs/path/dist/esm/index.js profiles a candidate build instead.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { buildCorpus, CORPUS_DIR as CORPUS, CORPUS_SETTINGS } from "./corpus.mjs";

const HERE = import.meta.dirname;
const ROOT = resolve(HERE, "../..");
const PLUGIN_DIR = join(ROOT, "packages/eslint-plugin-portal-slug");
// The built plugin, or a candidate build to compare (see eslint.packages.config.mjs).
const PLUGIN_ENTRY = process.env.PORTAL_SLUG_BENCH_PLUGIN ?? join(PLUGIN_DIR, "dist/esm/index.js");
const ESLINT_DIR = realpathSync(join(ROOT, "test/node_modules/eslint"));

// The same corpus as run.mjs, built here when `run.mjs --keep` did not leave one.
const built = !existsSync(CORPUS);
if (built)
  buildCorpus({ dir: CORPUS, store: join(ROOT, "node_modules/.pnpm"), espree: createRequire(join(ESLINT_DIR, "package.json"))("espree"), ...CORPUS_SETTINGS });

const { Linter } = createRequire(join(ESLINT_DIR, "package.json"))("eslint");
const plugin = (await import(pathToFileURL(PLUGIN_ENTRY).href)).default;
const rule = plugin.rules["valid-slug"];

const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.[cm]?js$/.test(entry.name)) files.push({ path: path.slice(CORPUS.length + 1), text: readFileSync(path, "utf8") });
  }
};
walk(CORPUS);

/** Totals one timed variant of a rule collects, for one group of files. */
const counters = () => ({ files: 0, createNs: 0n, calls: 0, listenerNs: 0n });
/** Generated files are dense with portal calls; real files have none: their costs differ in kind. */
const groupOf = (filename) => (filename.startsWith("module/app/") ? "generated" : "real");
const groups = () => ({ real: counters(), generated: counters() });

/**
 * `inner` with its create() and each listener call timed. The timer's own cost lands inside
 * the measured spans, equally for the real rule and the do-nothing one. Nothing else runs in
 * create()'s span: any extra call there would warm the caches the rule's own setup meets cold,
 * as it does between two files of a real run.
 */
function timed(inner, byGroup) {
  return {
    meta: inner.meta,
    create(context) {
      const totals = byGroup[groupOf(context.filename)];
      totals.files++;
      const start = process.hrtime.bigint();
      const listeners = inner.create(context);
      totals.createNs += process.hrtime.bigint() - start;
      return Object.fromEntries(
        Object.entries(listeners).map(([selector, listener]) => [
          selector,
          (node) => {
            totals.calls++;
            const begin = process.hrtime.bigint();
            listener(node);
            totals.listenerNs += process.hrtime.bigint() - begin;
          },
        ]),
      );
    },
  };
}

const nothing = () => {};
const nullRule = { meta: { type: "problem", schema: [] }, create: () => ({ CallExpression: nothing, NewExpression: nothing }) };

const linter = new Linter({ configType: "flat", cwd: CORPUS });
const configFor = (ruleId, rules) =>
  ["module", "commonjs"].map((sourceType) => [
    sourceType,
    [
      {
        plugins: { bench: { rules } },
        languageOptions: { ecmaVersion: "latest", sourceType },
        linterOptions: { noInlineConfig: true },
        rules: { [`bench/${ruleId}`]: "error" },
      },
    ],
  ]);

/** Lints every corpus file once with one rule alone (ESLint's parse and analysis included). */
function lintAll(config) {
  const bySourceType = Object.fromEntries(config);
  let reports = 0;
  for (const file of files) reports += linter.verify(file.text, bySourceType[file.path.split("/")[0]], { filename: file.path }).length;
  return reports;
}

// --- 1. setup against calls ----------------------------------------------------------------------
let measured = groups();
let floor = groups();
// A first pass of each warms the JIT; the counters are reset before the second, which is measured.
for (let pass = 0; pass < 2; pass++) {
  measured = groups();
  floor = groups();
  lintAll(configFor("rule", { rule: timed(rule, measured) }));
  lintAll(configFor("null", { null: timed(nullRule, floor) }));
}
const us = (ns, per) => (per ? Number(ns) / 1000 / per : 0).toFixed(1);
const nsPer = (ns, per) => (per ? Number(ns) / per : 0).toFixed(0);
console.log(`Corpus: ${files.length} files; rule alone, second of two passes; timers around create() and each listener call`);
console.log("\n| files | create() per file | listener calls | per call | rule per file | floor per file (do-nothing rule) |");
console.log("|---|---:|---:|---:|---:|---:|");
for (const group of ["real", "generated"]) {
  const m = measured[group];
  const f = floor[group];
  console.log(
    `| ${m.files} ${group} | ${us(m.createNs, m.files)} µs | ${m.calls.toLocaleString("en-US")} | ${nsPer(m.listenerNs, m.calls)} ns | ` +
      `${us(m.createNs + m.listenerNs, m.files)} µs | ${us(f.createNs + f.listenerNs, f.files)} µs |`,
  );
}

// --- 2. a sampled CPU profile of the rule alone ------------------------------------------------
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 100 });
await session.post("Profiler.start");
const plainConfig = configFor("rule", { rule });
lintAll(plainConfig);
lintAll(plainConfig);
const { profile } = await session.post("Profiler.stop");
session.disconnect();

const parents = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node);
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const sampledUs = new Map();
profile.samples.forEach((id, i) => sampledUs.set(id, (sampledUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
// The plugin (wherever its entry is), the core and the helpers it calls.
const pluginDir = pathToFileURL(dirname(PLUGIN_ENTRY)).href;
const ours = { test: (url) => url.startsWith(pluginDir) || /portal-slug\/dist|@typescript-eslint\/utils|@eslint-community\/eslint-utils/.test(url) };
const label = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.startsWith(pluginDir) ? `(plugin)${url.slice(pluginDir.length)}` : url.replace(/^.*\/node_modules\//, "").replace(/^.*\/packages\//, "");
  return `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}`;
};
// Inclusive time: a sample counts once for every distinct function on its stack.
const inclusive = new Map();
let inRule = 0;
let all = 0;
for (const [id, time] of sampledUs) {
  all += time;
  const seen = new Set();
  let hit = false;
  for (let node = nodes.get(id); node; node = parents.get(node.id)) {
    if (!ours.test(node.callFrame.url)) continue;
    hit = true;
    const key = label(node);
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + time);
  }
  if (hit) inRule += time;
}
console.log(
  `\nSampled profile, rule alone, two passes: ${(all / 1000).toFixed(0)} ms sampled, ${(inRule / 1000).toFixed(0)} ms in the plugin and its helpers (${((100 * inRule) / all).toFixed(1)}%)`,
);
console.log("| function (inclusive) | ms | share of the rule |\n|---|---:|---:|");
for (const [key, time] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 18)) {
  console.log(`| ${key} | ${(time / 1000).toFixed(1)} | ${((100 * time) / inRule).toFixed(0)}% |`);
}

// --- 3. the import cost, per fresh process -------------------------------------------------------
const fromPlugin = createRequire(join(PLUGIN_DIR, "package.json"));
const url = (path) => pathToFileURL(path).href;
/** Median time a fresh Node process takes to import `specifiers`, in order. */
const importMs = (specifiers) => {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const imports = specifiers.map((specifier) => `await import(${JSON.stringify(specifier)});`).join(" ");
    const script = `const t = performance.now(); ${imports} console.log(performance.now() - t);`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    if (run.status === 0) times.push(Number(run.stdout.trim()));
  }
  return times.sort((a, b) => a - b)[times.length >> 1];
};
console.log("\n| import in a fresh process (median of 3) | ms |\n|---|---:|");
for (const [name, specifiers] of [
  ["the plugin (dist/esm)", [url(PLUGIN_ENTRY)]],
  ["`@typescript-eslint/utils` (the index, which the plugin imports)", [url(fromPlugin.resolve("@typescript-eslint/utils"))]],
  [
    "`@typescript-eslint/utils/ast-utils` + `/eslint-utils` (subpaths)",
    [url(fromPlugin.resolve("@typescript-eslint/utils/ast-utils")), url(fromPlugin.resolve("@typescript-eslint/utils/eslint-utils"))],
  ],
  ["`portal-slug` (the core)", [url(join(ROOT, "packages/portal-slug/dist/esm/index.js"))]],
]) {
  console.log(`| ${name} | ${importMs(specifiers)?.toFixed(0)} |`);
}

if (built && !process.argv.includes("--keep")) rmSync(CORPUS, { recursive: true, force: true });
