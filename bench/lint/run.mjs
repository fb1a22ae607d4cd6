// `pnpm bench:lint`: what portal-slug/valid-slug costs in a real lint run. It lints a corpus of a
// few thousand files with ESLint's CLI twice per round, with and without the rule (alternating
// which goes first, so that drift and warm caches favour neither), and reports the rule's share
// of the total lint time (target: at most 1%, without type information) from ESLint's own
// per-rule timings (`--stats` and TIMING=all), plus the wall-clock and CPU cost of the whole run.
//
//   node bench/lint/run.mjs [--rounds=N] [--keep]
//
// Needs the packages built (the config loads the plugin's dist). Exit status 1 on FAIL.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { buildCorpus, CORPUS_DIR as CORPUS, CORPUS_SETTINGS } from "./corpus.mjs";

const HERE = import.meta.dirname;
const ROOT = resolve(HERE, "../..");
const CONFIG = join(HERE, "eslint.config.mjs");
const CPU_REPORT = pathToFileURL(join(HERE, "cpu-report.mjs")).href;
// The built plugin, or a candidate build to compare (see eslint.config.mjs).
const PLUGIN_ENTRY = process.env.PORTAL_SLUG_BENCH_PLUGIN ?? join(ROOT, "packages/eslint-plugin-portal-slug/dist/esm/index.js");
// The ESLint 10 the tests use; its real folder, so that its own dependencies (espree) resolve.
const ESLINT_DIR = realpathSync(join(ROOT, "test/node_modules/eslint"));
const ESLINT_BIN = join(ESLINT_DIR, "bin/eslint.js");
const RULE = "portal-slug/valid-slug";
/** Where corpus.mjs writes the generated modules (ESLint reports absolute paths). */
const GENERATED_DIR = join(CORPUS, "module", "app") + "/";
/** The target: the rule may take at most this share of the total lint time. */
const TARGET_SHARE = 0.01;

// --keep leaves the corpus in place (for profile.mjs or a look); by default it goes, since the
// repository's own `eslint .` would otherwise lint two thousand foreign files.
const KEEP = process.argv.includes("--keep");
const roundsArg = process.argv.find((arg) => arg.startsWith("--rounds="));
const ROUNDS = roundsArg ? Math.max(1, Number.parseInt(roundsArg.slice("--rounds=".length), 10) || 1) : 3;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms) => `${ms.toFixed(0)} ms`;
const percent = (share) => `${(share * 100).toFixed(2)}%`;

if (!existsSync(PLUGIN_ENTRY)) {
  console.error(`${PLUGIN_ENTRY} is missing: build first (npx pnpm@10.34.9 -r run build).`);
  process.exit(2);
}

// --- the machine ------------------------------------------------------------------------------
const eslintVersion = JSON.parse(readFileSync(join(ESLINT_DIR, "package.json"), "utf8")).version;
const cpus = os.cpus();
const machine = {
  cpu: cpus[0]?.model.trim() ?? "unknown CPU",
  cores: os.availableParallelism(),
  memoryGb: (os.totalmem() / 2 ** 30).toFixed(0),
  node: process.version,
  eslint: eslintVersion,
  os: `${os.type()} ${os.release()}`,
  loadStart: os.loadavg()[0],
};
console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB; Node ${machine.node}; ESLint ${machine.eslint}; ${machine.os}`);
if (process.env.PORTAL_SLUG_BENCH_PLUGIN) console.log(`Plugin: ${PLUGIN_ENTRY} (PORTAL_SLUG_BENCH_PLUGIN)`);
console.log(`Load average (1 min) at start: ${machine.loadStart.toFixed(2)}`);
if (machine.loadStart > machine.cores) {
  console.log("  note: the machine is busy; wall-clock numbers will be noisy, CPU times and shares less so.");
}

// --- the corpus -------------------------------------------------------------------------------
const espree = createRequire(join(ESLINT_DIR, "package.json"))("espree");
const buildStart = performance.now();
const corpus = buildCorpus({ dir: CORPUS, store: join(ROOT, "node_modules/.pnpm"), espree, ...CORPUS_SETTINGS });
const realPackages = corpus.packages.filter(([name]) => !name.startsWith("("));
console.log(
  `Corpus: ${corpus.files} files in ${relativeToRoot(CORPUS)} (${corpus.realFiles} real from ${realPackages.length} installed packages, ` +
    `${corpus.generatedFiles} generated backend modules, ${corpus.portalFiles} of them with portal calls), ` +
    `${(corpus.bytes / 2 ** 20).toFixed(2)} MB, ${corpus.lines.toLocaleString("en-US")} lines, fingerprint ${corpus.fingerprint}, built in ${seconds(performance.now() - buildStart)}`,
);
console.log(`  largest sources: ${realPackages.slice(0, 8).map(([name, count]) => `${name} ${count}`).join(", ")}`);

function relativeToRoot(path) {
  return path.startsWith(ROOT) ? path.slice(ROOT.length + 1) : path;
}

// --- one ESLint run ---------------------------------------------------------------------------
const outDir = mkdtempSync(join(os.tmpdir(), "bench-lint-"));

/** Lints the corpus once with the CLI; `variant` is "with" or "without" the rule. */
function lint(variant, round) {
  const outFile = join(outDir, `${variant}-${round}.json`);
  const args = [
    "--import", CPU_REPORT,
    ESLINT_BIN,
    "-c", CONFIG,
    // Every file gets exactly the configured rules: real code's own eslint comments would
    // switch rules on and off per file.
    "--no-inline-config",
    "--stats",
    "-f", "json",
    "-o", outFile,
    ".",
  ];
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: CORPUS,
      env: { ...process.env, TIMING: "all", PORTAL_SLUG_BENCH: variant },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (code) => {
      const wallMs = performance.now() - start;
      // 1 only means that some rule reported something, as it must on this corpus.
      if (code !== 0 && code !== 1) {
        fail(new Error(`eslint (${variant}) exited with ${code}:\n${stderr}`));
        return;
      }
      const cpuLine = stderr.split("\n").find((line) => line.startsWith("@@bench-lint-cpu "));
      const cpu = cpuLine ? JSON.parse(cpuLine.slice("@@bench-lint-cpu ".length)) : undefined;
      done({ variant, round, wallMs, cpuMs: cpu ? cpu.userMs + cpu.systemMs : Number.NaN, timing: parseTiming(stdout), ...readStats(outFile) });
    });
  });
}

/** ESLint's TIMING table (printed on exit): rule -> milliseconds. */
function parseTiming(text) {
  const times = new Map();
  for (const line of text.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    if (cells.length === 3 && /^\d+(\.\d+)?$/.test(cells[1])) times.set(cells[0], Number(cells[1]));
  }
  return times;
}

/**
 * The `--stats` report: per file, per pass, the parse time, each rule's time (its create() and
 * all its listeners) and the pass's total. The total lint time is the sum over files.
 */
function readStats(file) {
  const results = JSON.parse(readFileSync(file, "utf8"));
  rmSync(file);
  let lintMs = 0;
  let parseMs = 0;
  let rulesMs = 0;
  let ruleMs = 0;
  let reports = 0;
  let otherMessages = 0;
  let fatal = 0;
  // The generated modules are dense with portal calls, the real files have none: the rule's
  // cost on each kind is reported apart, since real projects are nearly all of the second kind.
  const split = { real: { lintMs: 0, ruleMs: 0 }, generated: { lintMs: 0, ruleMs: 0 } };
  for (const result of results) {
    const group = split[result.filePath.startsWith(GENERATED_DIR) ? "generated" : "real"];
    for (const message of result.messages) {
      if (message.fatal) fatal++;
      if (message.ruleId === RULE) reports++;
      else otherMessages++;
    }
    for (const pass of result.stats?.times.passes ?? []) {
      lintMs += pass.total ?? 0;
      group.lintMs += pass.total ?? 0;
      parseMs += pass.parse?.total ?? 0;
      for (const [id, time] of Object.entries(pass.rules ?? {})) {
        rulesMs += time.total;
        if (id !== RULE) continue;
        ruleMs += time.total;
        group.ruleMs += time.total;
      }
    }
  }
  return {
    files: results.length,
    lintMs,
    parseMs,
    rulesMs,
    ruleMs,
    realShare: split.real.ruleMs / split.real.lintMs,
    generatedShare: split.generated.ruleMs / split.generated.lintMs,
    reports,
    otherMessages,
    fatal,
  };
}

/** How long a fresh Node process takes to import the plugin: a per-process cost outside lint time. */
function pluginLoadMs() {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(PLUGIN_ENTRY).href)}); console.log(performance.now() - t);`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    if (run.status === 0) times.push(Number(run.stdout.trim()));
  }
  return times.length ? median(times) : Number.NaN;
}

// --- the rounds -------------------------------------------------------------------------------
console.log(`\nLinting: ${ROUNDS} round${ROUNDS === 1 ? "" : "s"}, each with and without ${RULE} (alternating order); ESLint CLI, TIMING=all, --stats`);
const runs = [];
try {
  for (let round = 1; round <= ROUNDS; round++) {
    for (const variant of round % 2 ? ["without", "with"] : ["with", "without"]) {
      const run = await lint(variant, round);
      runs.push(run);
      console.log(
        `  round ${round} ${variant.padEnd(7)}  wall ${seconds(run.wallMs)}  cpu ${seconds(run.cpuMs)}  lint ${seconds(run.lintMs)}` +
          (variant === "with" ? `  rule ${millis(run.ruleMs)} (${percent(run.ruleMs / run.lintMs)})  reports ${run.reports}` : ""),
      );
    }
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
  if (!KEEP) rmSync(CORPUS, { recursive: true, force: true });
}
const loadMs = pluginLoadMs();
machine.loadEnd = os.loadavg()[0];

// --- the numbers ------------------------------------------------------------------------------
const withRuns = runs.filter((run) => run.variant === "with");
const withoutRuns = runs.filter((run) => run.variant === "without");
const pick = (list, key) => median(list.map((run) => run[key]));
const paired = (key) => median(withRuns.map((run) => run[key] / withoutRuns.find((other) => other.round === run.round)[key]));
const timingRule = median(withRuns.map((run) => run.timing.get(RULE) ?? Number.NaN));
const timingAll = median(withRuns.map((run) => [...run.timing.values()].reduce((sum, time) => sum + time, 0)));
const share = median(withRuns.map((run) => run.ruleMs / run.lintMs));
const timingShare = median(withRuns.map((run) => (run.timing.get(RULE) ?? Number.NaN) / run.lintMs));
const lastWith = withRuns.at(-1);
const ranked = [...lastWith.timing].sort((a, b) => b[1] - a[1]);
const rank = ranked.findIndex(([id]) => id === RULE) + 1;
const expected = corpus.expectedReports;
const reports = lastWith.reports;

// Sanity: the rule ran and found what the generator wrote, and nothing else changed.
const problems = [];
if (!(reports > 0)) problems.push(`${RULE} made no reports: it did not run`);
if (withRuns.some((run) => run.reports !== reports)) problems.push("the rule's report count differs between rounds");
if (withoutRuns.some((run) => run.reports !== 0)) problems.push("the baseline run reported the rule");
if (runs.some((run) => run.otherMessages !== runs[0].otherMessages)) problems.push("other rules' messages differ between runs");
if (runs.some((run) => run.fatal > 0)) problems.push(`${runs[0].fatal} files failed to parse`);

const rows = [
  ["wall clock, whole `eslint` process", seconds(pick(withoutRuns, "wallMs")), seconds(pick(withRuns, "wallMs")), `× ${paired("wallMs").toFixed(3)}`],
  ["CPU time, whole `eslint` process", seconds(pick(withoutRuns, "cpuMs")), seconds(pick(withRuns, "cpuMs")), `× ${paired("cpuMs").toFixed(3)}`],
  ["total lint time (Σ per-file, `--stats`)", seconds(pick(withoutRuns, "lintMs")), seconds(pick(withRuns, "lintMs")), `× ${paired("lintMs").toFixed(3)}`],
  ["  of which parsing", seconds(pick(withoutRuns, "parseMs")), seconds(pick(withRuns, "parseMs")), ""],
  ["  of which all rules", seconds(pick(withoutRuns, "rulesMs")), seconds(pick(withRuns, "rulesMs")), ""],
  [`  of which \`${RULE}\` (\`--stats\`)`, "–", millis(pick(withRuns, "ruleMs")), ""],
  [`\`${RULE}\` (TIMING)`, "–", `${millis(timingRule)}: ${percent(timingRule / timingAll)} of all rule time, rank ${rank} of ${ranked.length}`, ""],
  [`**rule's share of total lint time**`, "–", `**${percent(share)}** (TIMING: ${percent(timingShare)})`, `target ≤ ${percent(TARGET_SHARE)}`],
  [`  on the ${corpus.realFiles} real files (no portal calls)`, "–", percent(pick(withRuns, "realShare")), ""],
  [`  on the ${corpus.generatedFiles} generated modules (portal calls in ${corpus.portalFiles})`, "–", percent(pick(withRuns, "generatedShare")), ""],
  [`rule's time per file`, "–", `${((pick(withRuns, "ruleMs") * 1000) / corpus.files).toFixed(0)} µs`, ""],
  [`\`${RULE}\` reports`, String(withoutRuns[0].reports), `${reports} (generator wrote ${expected} invalid values)`, ""],
  ["plugin import in a fresh process (not in lint time)", "–", millis(loadMs), ""],
];

console.log(`
## Lint rule (\`pnpm bench:lint\`)

Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ESLint ${machine.eslint}, ${machine.os}; load average ${machine.loadStart.toFixed(2)} at start, ${machine.loadEnd.toFixed(2)} at end.
Corpus: ${corpus.files} files (${corpus.realFiles} real \`.js\`/\`.mjs\`/\`.cjs\` of at most ${CORPUS_SETTINGS.maxBytes / 1024} KB from ${realPackages.length} installed packages, ${corpus.generatedFiles} generated backend modules with createSession calls or near misses), ${(corpus.bytes / 2 ** 20).toFixed(2)} MB, ${corpus.lines.toLocaleString("en-US")} lines; seeded, fingerprint \`${corpus.fingerprint}\`.
Config: \`@eslint/js\` recommended (${ranked.length - 1} rules) on espree, no type information, \`--no-inline-config\`; the rule via \`portalSlug.configs.recommended\`. ${ROUNDS} round${ROUNDS === 1 ? "" : "s"}, medians; ratios are per round, with over without.

| measure | without the rule | with the rule | with / without |
|---|---:|---:|---:|
${rows.map((row) => `| ${row.join(" | ")} |`).join("\n")}
`);

console.log(`Slowest rules (TIMING, last run): ${ranked.slice(0, 5).map(([id, time]) => `${id} ${millis(time)}`).join(", ")}`);
for (const problem of problems) console.log(`SANITY: ${problem}`);
if (reports !== expected) console.log(`note: ${reports} reports where the generator wrote ${expected} invalid values`);
const pass = share <= TARGET_SHARE && problems.length === 0;
console.log(`${pass ? "PASS" : "FAIL"}: ${RULE} takes ${percent(share)} of total lint time (target ≤ ${percent(TARGET_SHARE)})${problems.length ? "; sanity checks failed" : ""}`);
process.exitCode = pass ? 0 : 1;
