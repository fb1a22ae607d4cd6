// What the plugin's rules cost a portal call (issue 18, item 2): bench:lint's generated modules
// (the Unkey corpus's `generated/` folder, which run.mjs or no-portal.mjs leaves in place, or the
// packages corpus's `module/app/`), linted in one process with typescript-eslint's parser and the
// plugin's recommended config alone, several passes, ESLint's own per-rule times (`stats`). A
// portal call is an occurrence of `reateSession` in the text (the SDK's method, the standalone
// function, the endpoint's URL), which the generator writes once a call. With `--profile`, a
// sampled CPU profile of the last passes, by function, self and inclusive time within the plugin;
// with `--profile-first`, of the first pass (what a cold run pays that later passes do not).
//
//   node bench/lint/per-call.mjs [--dir=DIR] [--passes=N] [--profile | --profile-first] [--save=FILE.cpuprofile]
import { readFileSync, realpathSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { filesUnder } from "./files-under.mjs";
import { median } from "./median.mjs";
import { flag } from "./flags.mjs";

const HERE = import.meta.dirname;
const ROOT = resolve(HERE, "../..");
const ESLINT_DIR = realpathSync(join(ROOT, "test/node_modules/eslint"));
const PLUGIN_ENTRY = process.env.PORTAL_SLUG_BENCH_PLUGIN ?? join(ROOT, "packages/eslint-plugin-portal-slug/dist/esm/index.js");
const DIR = resolve(flag("dir") ?? join(HERE, ".corpus-unkey/generated"));
const PASSES = Math.max(2, Number(flag("passes") ?? 5));
const PROFILE = process.argv.includes("--profile");
const PROFILE_FIRST = process.argv.includes("--profile-first");

const { Linter } = createRequire(join(ESLINT_DIR, "package.json"))("eslint");
const { parser } = (await import("typescript-eslint")).default;
const plugin = (await import(pathToFileURL(PLUGIN_ENTRY).href)).default;
const ruleIds = Object.keys(plugin.configs.recommended.rules);

const files = filesUnder(DIR, { keep: (name) => /\.[cm]?[jt]sx?$/.test(name) }).map((path) => ({ path, text: readFileSync(path, "utf8") }));
const calls = files.reduce((sum, { text }) => sum + text.split("reateSession").length - 1, 0);

const config = [{ languageOptions: { parser, sourceType: "module" }, linterOptions: { noInlineConfig: true } }, plugin.configs.recommended];
const linter = new Linter({ configType: "flat", cwd: DIR });

/** One pass over every file; each rule's µs, summed, and the reports. */
function pass() {
  const us = Object.fromEntries(ruleIds.map((id) => [id, 0]));
  let reports = 0;
  for (const { path, text } of files) {
    // verifyAndFix, as the CLI calls it: `stats` is kept there alone.
    reports += linter.verifyAndFix(text, config, { filename: path, stats: true, fix: false }).messages.length;
    const times = linter.getTimes().passes[0]?.rules ?? {};
    for (const id of ruleIds) us[id] += (times[id]?.total ?? 0) * 1000;
  }
  return { us, reports };
}

/** Runs `run` under a sampling profiler (`interval` µs between samples); gives what it returned and the profile. */
async function profiled(run, interval) {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval });
  await session.post("Profiler.start");
  const result = run();
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();
  return { result, profile };
}

/** Keeps a profile where `--save` says, and prints the plugin's share of it. */
function keep(profile, what) {
  const save = flag("save");
  if (save) writeFileSync(save, JSON.stringify(profile));
  report(profile, what);
}

const passes = [];
// The first pass is sampled more finely than later ones: it runs once, its cost spread thin.
const first = PROFILE_FIRST ? await profiled(pass, 50) : undefined;
if (first) passes.push(first.result);
while (passes.length < PASSES) passes.push(pass());
const later = passes.slice(1);
const total = (run) => ruleIds.reduce((sum, id) => sum + run.us[id], 0);
console.log(`${files.length} files, ${calls} portal calls, ${passes[0].reports} reports a pass; ${PASSES} passes in one process`);
console.log(
  `first pass: ${(total(passes[0]) / calls).toFixed(1)} µs a call (${(total(passes[0]) / 1000).toFixed(1)} ms); ` +
    ruleIds.map((id) => `${id} ${(passes[0].us[id] / calls).toFixed(1)}`).join(", "),
);
console.log(
  `later passes, median: ${(median(later.map(total)) / calls).toFixed(1)} µs a call (${(median(later.map(total)) / 1000).toFixed(1)} ms); ` +
    ruleIds.map((id) => `${id} ${(median(later.map((run) => run.us[id])) / calls).toFixed(1)}`).join(", "),
);

if (first) keep(first.profile, "the first pass");
if (PROFILE) {
  const { profile } = await profiled(() => {
    for (let i = 0; i < 3; i++) pass();
  }, 100);
  keep(profile, "3 passes");
}

/** Prints the plugin's functions by self and inclusive sampled time (a recursive function counted once a sample). */
function report(profile, what) {
  const pluginDir = pathToFileURL(dirname(dirname(PLUGIN_ENTRY))).href;
  const core = /\/portal-slug\/dist\//;
  const ours = (url) => url.startsWith(pluginDir) || core.test(url);
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node);
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const label = ({ functionName, url, lineNumber }) =>
    `${functionName || "(anonymous)"} ${url.startsWith(pluginDir) ? url.slice(pluginDir.length + 1) : url.replace(/^.*\/node_modules\//, "").replace(/^.*\/packages\//, "")}:${lineNumber + 1}`;
  const self = new Map();
  const inclusive = new Map();
  let inPlugin = 0;
  let all = 0;
  profile.samples.forEach((id, i) => {
    const time = profile.timeDeltas[i] ?? 0;
    all += time;
    const leaf = nodes.get(id);
    const seen = new Set();
    let hit = false;
    for (let node = leaf; node; node = parents.get(node.id)) {
      if (!ours(node.callFrame.url)) continue;
      hit = true;
      const key = label(node.callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + time);
    }
    if (!hit) return;
    inPlugin += time;
    // Self time: the leaf, or the plugin's innermost frame above a leaf in ESLint or the engine.
    let owner = leaf;
    while (owner && !ours(owner.callFrame.url)) owner = parents.get(owner.id);
    const key = owner === leaf ? label(leaf.callFrame) : `${label(owner.callFrame)} → ${label(leaf.callFrame)}`;
    self.set(key, (self.get(key) ?? 0) + time);
  });
  const table = (title, map, n) => {
    console.log(`\n${title}\n| function | ms | share of the plugin |\n|---|---:|---:|`);
    for (const [key, time] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n))
      console.log(`| ${key} | ${(time / 1000).toFixed(1)} | ${((100 * time) / inPlugin).toFixed(1)}% |`);
  };
  console.log(`\nSampled, ${what}: ${(all / 1000).toFixed(0)} ms, ${(inPlugin / 1000).toFixed(0)} ms under the plugin's or the core's frames`);
  table("Inclusive", inclusive, 30);
  table("Self (the plugin's frame → the callee outside it)", self, 30);
}
