// Whether a change made the rules do more work in a cold run, counted rather than timed: the
// machine instructions (valgrind's cachegrind, `I refs`) of one `eslint`-like run over the
// generated portal modules (lint-once.mjs), for the plugin as built now, as built in another
// checkout, and two empty rules in their place; the rules' first pass is a run's count less the
// same build's load and less the empty rules' pass. Node runs single-threaded with fixed seeds, so
// that the compilers and the collector work on the main thread, where they are counted.
//
// The count is told apart by whose work it is (cg_annotate's functions): the code that runs (the
// JavaScript compiled to machine code, the engine's built-ins and runtime), the compilers, and
// the garbage collector. None of the three is fixed: the engine decides when to collect, which
// functions' bytecode to drop and compile again, and when to optimize, by the heap as a whole,
// and the code run follows those decisions (a dropped function runs in the interpreter again).
// The code run moved least in early counts (184 M to 201 M for one build in four), but by a fifth
// in a later one (204 M to 263 M for one build on the two heaps below), and the other two by
// hundreds of millions. So every count is taken twice, the second time on a heap that differs by
// a few thousand small objects kept from the start: how far the counts move when no code does
// shows what they can say of the plugin. Instructions are not time (a cache miss costs more than
// an addition): this says whether more work is done, and compare-builds.mjs how long it takes.
//
// With `--cache`, cachegrind also simulates the processor's caches (first level for instructions
// and data, last level), and each count is also given as estimated cycles, the weighting its
// manual suggests: an instruction 1, a first-level miss 10, a last-level miss 100. That answers
// the question fewer instructions leave open (whether the work that remains waits on memory
// more), at about twice the run time.
//
//   node bench/lint/instructions.mjs --before=DIR [--cache]
//
// DIR is a checkout with its packages built, as for compare-builds.mjs. Needs valgrind
// (`apt-get install -y valgrind`); each count runs the lint about 40 times slower than Node does.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { writePortalModules } from "./portal-modules.mjs";
import { flag } from "./flags.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
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
/** Whether to simulate the caches and count estimated cycles beside instructions. */
const CACHE = process.argv.includes("--cache");
const builds = { empty: "empty", before: entryIn(beforeDir), now: entryIn(ROOT) };
const modules = join(os.tmpdir(), "portal-slug-instructions");
writePortalModules(modules);

/** What a function's name says of whose work it is. */
const KINDS = [
  [
    "garbage collector",
    /Scaveng|Heap::|heap::|Sweeper|MarkCompact|Marking|Evacuat|Pretenur|BodyDescriptor|SizeFromMap|NewSpace|RememberedSet|SlotSet|Allocat|GC/,
  ],
  ["compilers", /compiler::|[Mm]aglev|[Bb]aseline|Compiler|Parser|Scanner|Bytecode|Zone/],
];
const kindOf = (name) => KINDS.find(([, pattern]) => pattern.test(name))?.[0] ?? "code run";

/** What a row of cachegrind's counts weighs as estimated cycles, by event name: misses of the first level 10, of the last 100. */
const CYCLES = { Ir: 1, I1mr: 10, D1mr: 10, D1mw: 10, ILmr: 100, DLmr: 100, DLmw: 100 };
const weigh = (events, counts) => events.reduce((sum, event, i) => sum + (CYCLES[event] ?? 0) * counts[i], 0);

/**
 * Sums cachegrind's counts by kind of work, read from cg_annotate's table of functions: the
 * instructions, and with the caches simulated the estimated cycles (`cycles`, else `undefined`).
 */
function byKind(outFile) {
  const table = spawnSync("cg_annotate", ["--threshold=0", outFile], { encoding: "utf8", maxBuffer: 1 << 28 }).stdout;
  const events = /^Events shown:\s+(.*)$/m.exec(table)?.[1]?.trim().split(/\s+/) ?? ["Ir"];
  // A row: each event's count (with its share, unless it is 0), then the function's name.
  const row = new RegExp(`^${"\\s*([\\d,]+)(?:\\s+\\([^)]*\\))?".repeat(events.length)}\\s+(.*)$`);
  const zero = () => ({ "code run": 0, compilers: 0, "garbage collector": 0 });
  const sums = zero();
  const cycles = zero();
  let inTable = false;
  for (const line of table.split("\n")) {
    if (line.includes("file:function")) inTable = true;
    const match = inTable && row.exec(line);
    if (!match) continue;
    const counts = match.slice(1, -1).map((count) => Number(count.replaceAll(",", "")));
    const kind = kindOf(match[events.length + 1]);
    sums[kind] += counts[0];
    cycles[kind] += weigh(events, counts);
  }
  return { sums, cycles: events.length > 1 ? cycles : undefined };
}

let runs = 0;
/** The instructions of one run of lint-once.mjs, by kind of work, and what it printed. */
function count(plugin, { loadOnly = false, retain = 0 } = {}) {
  const outFile = join(os.tmpdir(), `portal-slug-instructions-${process.pid}-${runs++}.out`);
  const args = [
    "--tool=cachegrind",
    `--cache-sim=${CACHE ? "yes" : "no"}`,
    `--cachegrind-out-file=${outFile}`,
    process.execPath,
    "--single-threaded",
    "--random-seed=1",
    "--hash-seed=1",
  ];
  args.push(
    join(import.meta.dirname, "lint-once.mjs"),
    `--modules=${modules}`,
    `--plugin=${plugin}`,
    `--retain=${retain}`,
    ...(loadOnly ? ["--load-only"] : []),
  );
  return new Promise((done, fail) => {
    const child = spawn("valgrind", args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("close", (status) => {
      const refs = /I\s+refs:\s+([\d,]+)/.exec(err)?.[1];
      if (status !== 0 || !refs) return fail(new Error(`lint-once.mjs --plugin=${plugin} failed (${status}):\n${err.slice(-2000)}`));
      const { sums, cycles } = byKind(outFile);
      rmSync(outFile, { force: true });
      const total = Number(refs.replaceAll(",", ""));
      // A table read wrongly (another cg_annotate's layout) would count nothing and still print ratios.
      const read = Object.values(sums).reduce((sum, value) => sum + value, 0);
      if (Math.abs(read - total) > total / 1000) return fail(new Error(`cg_annotate's functions sum to ${read} instructions, valgrind counted ${total}`));
      const cycleTotal = cycles && Object.values(cycles).reduce((sum, value) => sum + value, 0);
      done({ total, kinds: sums, cycles: cycles && { total: cycleTotal, kinds: cycles }, printed: out.trim() });
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

/** How many objects the second heap keeps: about a megabyte, a few percent of the run's live heap. */
const RETAINED = 20_000;
const HEAPS = [0, RETAINED];
const tasks = [];
for (const retain of HEAPS)
  for (const build of Object.keys(builds))
    for (const loadOnly of [true, false]) tasks.push({ retain, build, loadOnly, run: () => count(builds[build], { loadOnly, retain }) });
const results = await inParallel(tasks.map(({ run }) => run));
const run = (build, retain, loadOnly = false) =>
  results[tasks.findIndex((task) => task.build === build && task.retain === retain && task.loadOnly === loadOnly)];

// Every run must have linted the same files, and the two builds reported the same problems.
const linted = (build, retain = 0) => JSON.parse(run(build, retain).printed);
if (!linted("empty").files || HEAPS.some((retain) => Object.keys(builds).some((build) => linted(build, retain).files !== linted("empty").files)))
  throw new Error("the runs did not lint the same files");

/** The counts of a run, as instructions or (with `--cache`) as estimated cycles. */
const measures = CACHE ? ["instructions", "estimated cycles"] : ["instructions"];
const countsOf = (result, measure) => (measure === "instructions" ? result : result.cycles);

/** A kind of work (or all of it) in the first pass of `build`, less the same in the empty rules' pass on the same heap: the rules'. */
const rules = (build, retain, kind, measure = "instructions") => {
  const of = (result) => (kind ? countsOf(result, measure).kinds[kind] : countsOf(result, measure).total);
  const pass = (name) => of(run(name, retain)) - of(run(name, retain, true));
  return pass(build) - pass("empty");
};
const millions = (value) => `${(value / 1e6).toFixed(1)} M`;
const ratio = (now, before) => `×${(now / before).toFixed(3)}`;
const columns = [undefined, "code run", "compilers", "garbage collector"];
console.log(`${linted("now").files} generated portal files linted once (${linted("now").reports} reports now, ${linted("before").reports} before)`);
for (const measure of measures) {
  console.log(`\n| the first pass, both rules (less two empty rules'), ${measure} | all | the code run | the compilers | the garbage collector |`);
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const retain of HEAPS) {
    const heap = retain ? `, ${retain.toLocaleString("en")} objects kept from the start` : "";
    const row = (build) => columns.map((kind) => millions(rules(build, retain, kind, measure))).join(" | ");
    for (const build of ["before", "now"]) console.log(`| ${build}${heap} | ${row(build)} |`);
    console.log(
      `| now ÷ before${heap} | ${columns.map((kind) => ratio(rules("now", retain, kind, measure), rules("before", retain, kind, measure))).join(" | ")} |`,
    );
  }
}
const load = (build) => run(build, 0, true).total - run("empty", 0, true).total;
console.log(`\nLoading the plugin: ${millions(load("before"))} before, ${millions(load("now"))} now (${ratio(load("now"), load("before"))}).`);
