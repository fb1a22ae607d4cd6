// Whether a change made the rules do more work in a cold run, counted rather than timed: the
// machine instructions (valgrind's cachegrind, `I refs`) of one `eslint`-like run over the
// generated portal modules (lint-once.mjs), for the plugin as built now, as built in another
// checkout, and two empty rules in their place. Node runs single-threaded with fixed seeds, so
// that the compilers and the collector work on the main thread in the same order each time: a
// count repeats to a few hundredths of a percent where the same run's wall time, on a shared
// machine, varies by a fifth. Instructions are not time (a cache miss costs more than an
// addition), so this says whether more work is done, and compare-builds.mjs how long it takes.
//
//   node bench/lint/instructions.mjs --before=DIR
//
// DIR is a checkout with its packages built, as for compare-builds.mjs. Needs valgrind
// (`apt-get install -y valgrind`); each count runs the lint about 40 times slower than Node does.
import { spawn, spawnSync } from "node:child_process";
import os from "node:os";
import { join, resolve } from "node:path";
import { writePortalModules } from "./portal-modules.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const flag = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const beforeDir = flag("before");
if (!beforeDir) {
  console.error("--before=DIR is missing: the checkout whose built plugin the current one is counted against");
  process.exit(2);
}
if (spawnSync("valgrind", ["--version"]).error) {
  console.error("valgrind is not installed: apt-get install -y valgrind");
  process.exit(2);
}

const entryIn = (dir) => join(resolve(dir), "packages/eslint-plugin-portal-slug/dist/esm/index.js");
const builds = { empty: "empty", before: entryIn(beforeDir), now: entryIn(ROOT) };
const modules = join(os.tmpdir(), "portal-slug-instructions");
writePortalModules(modules);

/** The instructions of one run of lint-once.mjs, and what it printed. */
function count(plugin, loadOnly) {
  const args = [
    "--tool=cachegrind",
    "--cache-sim=no",
    "--cachegrind-out-file=/dev/null",
    process.execPath,
    "--single-threaded",
    "--random-seed=1",
    "--hash-seed=1",
  ];
  args.push(join(import.meta.dirname, "lint-once.mjs"), `--modules=${modules}`, `--plugin=${plugin}`, ...(loadOnly ? ["--load-only"] : []));
  return new Promise((done, fail) => {
    const child = spawn("valgrind", args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("close", (status) => {
      const refs = /I\s+refs:\s+([\d,]+)/.exec(err)?.[1];
      if (status !== 0 || !refs) fail(new Error(`lint-once.mjs --plugin=${plugin} failed (${status}):\n${err.slice(-2000)}`));
      else done({ instructions: Number(refs.replaceAll(",", "")), printed: out.trim() });
    });
  });
}

/** Runs the tasks, as many at a time as there are processors. */
async function inParallel(tasks) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(os.availableParallelism(), tasks.length) }, worker));
  return results;
}

const names = Object.keys(builds);
const runs = await inParallel(names.flatMap((name) => [() => count(builds[name], true), () => count(builds[name], false)]));
const counted = Object.fromEntries(names.map((name, i) => [name, { load: runs[2 * i].instructions, run: runs[2 * i + 1] }]));

// Every build must have linted the same files, and the two builds reported the same problems.
const linted = (name) => JSON.parse(counted[name].run.printed);
if (!linted("empty").files || names.some((name) => linted(name).files !== linted("empty").files)) throw new Error("the builds did not lint the same files");

const pass = (name) => counted[name].run.instructions - counted[name].load;
const rules = (name) => pass(name) - pass("empty");
const millions = (value) => `${(value / 1e6).toFixed(1)} M`;
console.log(
  `Instructions, ${linted("now").files} generated portal files linted once (${linted("now").reports} reports now, ${linted("before").reports} before)\n`,
);
console.log("| build | to load the plugin | the first pass, both rules (less two empty rules') |");
console.log("| --- | ---: | ---: |");
for (const name of ["before", "now"]) console.log(`| ${name} | ${millions(counted[name].load - counted.empty.load)} | ${millions(rules(name))} |`);
console.log(
  `| now ÷ before | ×${((counted.now.load - counted.empty.load) / (counted.before.load - counted.empty.load)).toFixed(3)} | ×${(rules("now") / rules("before")).toFixed(3)} |`,
);
