// `pnpm bench:lint`: what the plugin's rules (valid-slug and valid-session-body, together, as
// `recommended` turns them on) cost in a real lint run. It lints each corpus
// with ESLint's CLI in three variants per round (without the rules, with them, and with them but
// imports left unfollowed; the order rotates between rounds, so that drift and warm caches favour
// none) and reports the rules' share of the total lint time (target: at most 1%, without type
// information) from ESLint's own per-rule timings (`--stats` and TIMING=all), plus the wall-clock
// and CPU cost of the whole run. On the files without a portal call, most of a real project, it
// sets the rules beside an empty rule and one that only searches the text (no-portal.mjs; target:
// at most 1.3 times the search, in the first pass of a process as in a second).
//
// Corpora: the installed packages' JavaScript with generated portal modules (always), and Unkey's
// own monorepo when a checkout is named (`--unkey=DIR` or UNKEY_DIR; `git clone
// https://github.com/unkeyed/unkey`), linted with typescript-eslint's parser, and once more with
// type information to say what the typed run adds.
//
//   node bench/lint/run.mjs [--rounds=N] [--keep] [--unkey=DIR] [--typed-rounds=N]
//
// Needs the packages built (the configs load the plugin's dist). Exit status 1 on FAIL.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { buildCorpus, CORPUS_DIR, CORPUS_SETTINGS } from "./corpus.mjs";
import { measureNoPortal } from "./no-portal.mjs";
import { buildUnkeyCorpus, unkeySource } from "./unkey-corpus.mjs";
import { median } from "./median.mjs";
import { flag } from "./flags.mjs";

const HERE = import.meta.dirname;
const ROOT = resolve(HERE, "../..");
const CPU_REPORT = pathToFileURL(join(HERE, "cpu-report.mjs")).href;
// The built plugin, or a candidate build to compare (see eslint.packages.config.mjs).
const PLUGIN_ENTRY = process.env.PORTAL_SLUG_BENCH_PLUGIN ?? join(ROOT, "packages/eslint-plugin-portal-slug/dist/esm/index.js");
// The ESLint 10 the tests use; its real folder, so that its own dependencies (espree) resolve.
const ESLINT_DIR = realpathSync(join(ROOT, "test/node_modules/eslint"));
const ESLINT_BIN = join(ESLINT_DIR, "bin/eslint.js");
/** The plugin's rules are those whose ID has its prefix; their time is summed, as a user pays it. */
const PREFIX = "portal-slug/";
const isPluginRule = (id) => typeof id === "string" && id.startsWith(PREFIX);
const RULE = "the plugin's rules";
/** The rule whose reports the generator counts (it writes invalid slugs). */
const SLUG_RULE = "portal-slug/valid-slug";
/** The empty rule the config adds beside the plugin's: the floor under any rule's share. */
const FLOOR_RULE = "bench-floor/empty";
/** The target: the rule may take at most this share of the total lint time. */
const TARGET_SHARE = 0.01;
/** The target on a file without a portal call: both rules at most this many times a rule that only makes the substring search. */
const TARGET_NO_PORTAL = 1.3;
/** Where the Unkey corpus is copied for a run. */
const UNKEY_CORPUS_DIR = join(HERE, ".corpus-unkey");

// --keep leaves the corpora in place (for profile.mjs or a look); by default they go, since the
// repository's own `eslint .` would otherwise lint thousands of foreign files.
const KEEP = process.argv.includes("--keep");
const numberArg = (name, fallback) => {
  const value = flag(name);
  return value === undefined ? fallback : Math.max(1, Number.parseInt(value, 10) || 1);
};
const ROUNDS = numberArg("rounds", 3);
const TYPED_ROUNDS = numberArg("typed-rounds", 1);

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

const relativeToRoot = (path) => (path.startsWith(ROOT) ? path.slice(ROOT.length + 1) : path);

// --- the corpora ------------------------------------------------------------------------------
const espree = createRequire(join(ESLINT_DIR, "package.json"))("espree");
const corpora = [];
{
  const start = performance.now();
  const built = buildCorpus({ dir: CORPUS_DIR, store: join(ROOT, "node_modules/.pnpm"), espree, ...CORPUS_SETTINGS });
  const realPackages = built.packages.filter(([name]) => !name.startsWith("("));
  console.log(
    `Corpus "packages": ${built.files} files in ${relativeToRoot(CORPUS_DIR)} (${built.realFiles} real from ${realPackages.length} installed packages, ` +
      `${built.generatedFiles} generated backend modules, ${built.portalFiles} of them with portal calls), ` +
      `${(built.bytes / 2 ** 20).toFixed(2)} MB, ${built.lines.toLocaleString("en-US")} lines, fingerprint ${built.fingerprint}, built in ${seconds(performance.now() - start)}`,
  );
  console.log(
    `  largest sources: ${realPackages
      .slice(0, 8)
      .map(([name, count]) => `${name} ${count}`)
      .join(", ")}`,
  );
  corpora.push({
    name: "packages",
    dir: CORPUS_DIR,
    config: join(HERE, "eslint.packages.config.mjs"),
    generatedDir: join(CORPUS_DIR, "module", "app") + "/",
    built,
    description: `${built.files} files (${built.realFiles} real \`.js\`/\`.mjs\`/\`.cjs\` of at most ${CORPUS_SETTINGS.maxBytes / 1024} KB from ${realPackages.length} installed packages, ${built.generatedFiles} generated backend modules with createSession calls, near misses and config modules)`,
    baseline: "`@eslint/js` recommended on espree",
    typed: false,
  });
}
const unkey = unkeySource();
if (unkey) {
  const start = performance.now();
  const built = buildUnkeyCorpus({ source: resolve(unkey), dir: UNKEY_CORPUS_DIR, seed: CORPUS_SETTINGS.seed, generatedFiles: CORPUS_SETTINGS.generatedFiles });
  console.log(
    `Corpus "unkey": ${built.files} files in ${relativeToRoot(UNKEY_CORPUS_DIR)} (${built.realFiles} TypeScript files of ${unkey}, ${built.generatedFiles} generated modules), ` +
      `${(built.bytes / 2 ** 20).toFixed(2)} MB, ${built.lines.toLocaleString("en-US")} lines, fingerprint ${built.fingerprint}, built in ${seconds(performance.now() - start)}`,
  );
  corpora.push({
    name: "unkey",
    dir: UNKEY_CORPUS_DIR,
    config: join(HERE, "eslint.unkey.config.mjs"),
    generatedDir: join(UNKEY_CORPUS_DIR, "generated") + "/",
    built,
    description: `${built.files} files (${built.realFiles} TypeScript files of Unkey's monorepo, hand-written code only, and the same ${built.generatedFiles} generated modules)`,
    baseline: "typescript-eslint's recommended (no type information) on its parser",
    typed: true,
  });
} else {
  console.log(
    'Corpus "unkey": not given. To measure on Unkey\'s monorepo too: git clone https://github.com/unkeyed/unkey and pass --unkey=DIR (or UNKEY_DIR).',
  );
}

// --- one ESLint run ---------------------------------------------------------------------------
const outDir = mkdtempSync(join(os.tmpdir(), "bench-lint-"));

/** Lints a corpus once with the CLI; `variant` is "without", "with" or "with-local". */
function lint(corpus, variant, round, typed = false) {
  const outFile = join(outDir, `${corpus.name}-${variant}-${typed ? "typed-" : ""}${round}.json`);
  const args = [
    "--import",
    CPU_REPORT,
    ESLINT_BIN,
    "-c",
    corpus.config,
    // Every file gets exactly the configured rules: real code's own eslint comments would
    // switch rules on and off per file.
    "--no-inline-config",
    "--stats",
    "-f",
    "json",
    "-o",
    outFile,
    ".",
  ];
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: corpus.dir,
      env: { ...process.env, TIMING: "all", PORTAL_SLUG_BENCH: variant, PORTAL_SLUG_BENCH_TYPED: typed ? "1" : "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (code) => {
      const wallMs = performance.now() - start;
      // 1 only means that some rule reported something, as it must on these corpora.
      if (code !== 0 && code !== 1) {
        fail(new Error(`eslint (${corpus.name}, ${variant}) exited with ${code}:\n${stderr}`));
        return;
      }
      const cpuLine = stderr.split("\n").find((line) => line.startsWith("@@bench-lint-cpu "));
      const cpu = cpuLine ? JSON.parse(cpuLine.slice("@@bench-lint-cpu ".length)) : undefined;
      done({
        variant,
        round,
        typed,
        wallMs,
        cpuMs: cpu ? cpu.userMs + cpu.systemMs : Number.NaN,
        timing: parseTiming(stdout),
        ...readStats(outFile, corpus.generatedDir),
      });
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
function readStats(file, generatedDir) {
  const results = JSON.parse(readFileSync(file, "utf8"));
  rmSync(file);
  let lintMs = 0;
  let parseMs = 0;
  let rulesMs = 0;
  let ruleMs = 0;
  let floorMs = 0;
  let reports = 0;
  const reportsBy = {};
  const ruleMsBy = {};
  let otherMessages = 0;
  let fatal = 0;
  // The generated modules are dense with portal calls, the real files have none: the rule's
  // cost on each kind is reported apart, since real projects are nearly all of the second kind.
  const split = { real: { lintMs: 0, ruleMs: 0 }, generated: { lintMs: 0, ruleMs: 0 } };
  for (const result of results) {
    const group = split[result.filePath.startsWith(generatedDir) ? "generated" : "real"];
    for (const message of result.messages) {
      if (message.fatal) fatal++;
      if (isPluginRule(message.ruleId)) {
        reports++;
        reportsBy[message.ruleId] = (reportsBy[message.ruleId] ?? 0) + 1;
      } else otherMessages++;
    }
    for (const pass of result.stats?.times.passes ?? []) {
      lintMs += pass.total ?? 0;
      group.lintMs += pass.total ?? 0;
      parseMs += pass.parse?.total ?? 0;
      for (const [id, time] of Object.entries(pass.rules ?? {})) {
        rulesMs += time.total;
        if (id === FLOOR_RULE) floorMs += time.total;
        if (!isPluginRule(id)) continue;
        ruleMs += time.total;
        ruleMsBy[id] = (ruleMsBy[id] ?? 0) + time.total;
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
    floorMs,
    ruleMsBy,
    reportsBy,
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

const VARIANTS = ["without", "with", "with-local"];

/** Runs the rounds of one corpus: each round lints every variant, in an order that rotates. */
async function measure(corpus) {
  const runs = [];
  console.log(
    `\nLinting "${corpus.name}": ${ROUNDS} round${ROUNDS === 1 ? "" : "s"} of ${VARIANTS.join(", ")} (rotating order); ESLint CLI, TIMING=all, --stats`,
  );
  for (let round = 1; round <= ROUNDS; round++) {
    const order = VARIANTS.map((_, i) => VARIANTS[(i + round - 1) % VARIANTS.length]);
    for (const variant of order) {
      const run = await lint(corpus, variant, round);
      runs.push(run);
      console.log(
        `  round ${round} ${variant.padEnd(10)}  wall ${seconds(run.wallMs)}  cpu ${seconds(run.cpuMs)}  lint ${seconds(run.lintMs)}` +
          (variant !== "without" ? `  rule ${millis(run.ruleMs)} (${percent(run.ruleMs / run.lintMs)})  reports ${run.reports}` : ""),
      );
    }
  }
  const typedRuns = [];
  if (corpus.typed) {
    console.log(`  with type information (projectService): ${TYPED_ROUNDS} round${TYPED_ROUNDS === 1 ? "" : "s"} of without, with`);
    for (let round = 1; round <= TYPED_ROUNDS; round++) {
      for (const variant of round % 2 ? ["without", "with"] : ["with", "without"]) {
        const run = await lint(corpus, variant, round, true);
        typedRuns.push(run);
        console.log(
          `  typed round ${round} ${variant.padEnd(7)}  wall ${seconds(run.wallMs)}  lint ${seconds(run.lintMs)}` +
            (variant === "with" ? `  rule ${millis(run.ruleMs)} (${percent(run.ruleMs / run.lintMs)})  reports ${run.reports}` : ""),
        );
      }
    }
  }
  console.log(`  files without a portal call: ${ROUNDS} round${ROUNDS === 1 ? "" : "s"} of two passes in a fresh process (no-portal.mjs)`);
  const noPortal = await measureNoPortal({ dir: corpus.dir, config: corpus.config, skip: corpus.generatedDir, rounds: ROUNDS });
  return { runs, typedRuns, noPortal };
}

/** The table and verdict of one corpus. */
function report(corpus, { runs, typedRuns, noPortal }, loadMs) {
  const of = (variant, list = runs) => list.filter((run) => run.variant === variant);
  const withRuns = of("with");
  const localRuns = of("with-local");
  const withoutRuns = of("without");
  const pick = (list, key) => median(list.map((run) => run[key]));
  const paired = (list, key) => median(list.map((run) => run[key] / withoutRuns.find((other) => other.round === run.round)[key]));
  const shareOf = (list) => median(list.map((run) => run.ruleMs / run.lintMs));
  const pluginTiming = (run) => [...run.timing].filter(([id]) => isPluginRule(id)).reduce((sum, [, time]) => sum + time, 0) || Number.NaN;
  const timingRule = median(withRuns.map(pluginTiming));
  const timingAll = median(withRuns.map((run) => [...run.timing.values()].reduce((sum, time) => sum + time, 0)));
  const share = shareOf(withRuns);
  const localShare = shareOf(localRuns);
  const timingShare = median(withRuns.map((run) => pluginTiming(run) / run.lintMs));
  const lastWith = withRuns.at(-1);
  const ranked = [...lastWith.timing].sort((a, b) => b[1] - a[1]);
  const ruleIds = Object.keys(lastWith.ruleMsBy).sort();
  const rank = ruleIds.map((id) => `${id.slice(PREFIX.length)} ${ranked.findIndex(([other]) => other === id) + 1}`).join(", ");
  const { built } = corpus;
  const reports = lastWith.reports;

  // Sanity: the rule ran and found what the generator wrote, and nothing else changed.
  const problems = [];
  if (!(reports > 0)) problems.push(`${RULE} made no reports: they did not run`);
  if (ruleIds.length < 2) problems.push(`only ${ruleIds.join(", ") || "no rule"} of the plugin ran`);
  if (withRuns.some((run) => run.reports !== reports)) problems.push("the rules' report count differs between rounds");
  if (withoutRuns.some((run) => run.reports !== 0)) problems.push("the baseline run reported the rule");
  if (runs.some((run) => run.otherMessages !== runs[0].otherMessages)) problems.push("other rules' messages differ between runs");
  if (runs.some((run) => run.fatal > 0)) problems.push(`${runs[0].fatal} files failed to parse`);
  // Unfollowed, the imported values are unknown: fewer reports, never more.
  if (!(localRuns.at(-1).reports < reports)) problems.push("leaving imports unfollowed did not change the reports: the imports were never followed");
  if (!noPortal.settingSaid) problems.push("a mistaken setting was not said on a file without a portal call");

  const rows = [
    [
      "wall clock, whole `eslint` process",
      seconds(pick(withoutRuns, "wallMs")),
      seconds(pick(withRuns, "wallMs")),
      `× ${paired(withRuns, "wallMs").toFixed(3)}`,
    ],
    ["CPU time, whole `eslint` process", seconds(pick(withoutRuns, "cpuMs")), seconds(pick(withRuns, "cpuMs")), `× ${paired(withRuns, "cpuMs").toFixed(3)}`],
    [
      "total lint time (Σ per-file, `--stats`)",
      seconds(pick(withoutRuns, "lintMs")),
      seconds(pick(withRuns, "lintMs")),
      `× ${paired(withRuns, "lintMs").toFixed(3)}`,
    ],
    ["  of which parsing", seconds(pick(withoutRuns, "parseMs")), seconds(pick(withRuns, "parseMs")), ""],
    ["  of which all rules", seconds(pick(withoutRuns, "rulesMs")), seconds(pick(withRuns, "rulesMs")), ""],
    [`  of which ${RULE} (\`--stats\`)`, "–", millis(pick(withRuns, "ruleMs")), ""],
    ...ruleIds.map((id) => [`    of which \`${id}\``, "–", millis(median(withRuns.map((run) => run.ruleMsBy[id] ?? 0))), ""]),
    [`${RULE} (TIMING)`, "–", `${millis(timingRule)}: ${percent(timingRule / timingAll)} of all rule time, ranks ${rank} of ${ranked.length}`, ""],
    [
      `**the rules' share of total lint time, imports followed**`,
      "–",
      `**${percent(share)}** (TIMING: ${percent(timingShare)})`,
      `target ≤ ${percent(TARGET_SHARE)}`,
    ],
    [
      `the rules' share with imports left unfollowed (\`followImports: false\`)`,
      "–",
      `${percent(localShare)} (${millis(pick(localRuns, "ruleMs"))}, ${localRuns.at(-1).reports} reports)`,
      "",
    ],
    [`  on the ${built.realFiles} real files (no portal calls)`, "–", percent(pick(withRuns, "realShare")), ""],
    [
      `an empty rule's share (\`create\` returns \`{}\`), for comparison: ESLint's cost of any rule`,
      "–",
      `${percent(median(withRuns.map((run) => run.floorMs / run.lintMs)))} (${millis(pick(withRuns, "floorMs"))})`,
      "",
    ],
    [`  on the ${built.generatedFiles} generated modules (portal calls in ${built.portalFiles})`, "–", percent(pick(withRuns, "generatedShare")), ""],
    [`the rules' time per file`, "–", `${((pick(withRuns, "ruleMs") * 1000) / built.files).toFixed(0)} µs`, ""],
    ...ruleIds.map((id) => [
      `\`${id}\` reports`,
      "0",
      `${lastWith.reportsBy[id] ?? 0}${id === SLUG_RULE ? ` (generator wrote ${built.expectedReports} invalid values)` : ""}`,
      "",
    ]),
    ["plugin import in a fresh process (not in lint time)", "–", millis(loadMs), ""],
    ...noPortalRows(noPortal),
  ];
  if (typedRuns.length) {
    const typedWith = of("with", typedRuns);
    const typedWithout = of("without", typedRuns);
    const typedShare = shareOf(typedWith);
    rows.push(
      ["total lint time with type information", seconds(pick(typedWithout, "lintMs")), seconds(pick(typedWith, "lintMs")), ""],
      [
        `the rules' share with type information`,
        "–",
        `${percent(typedShare)} (${millis(pick(typedWith, "ruleMs"))}, ${typedWith.at(-1).reports} reports; files no tsconfig includes: ${typedWith.at(-1).fatal})`,
        "",
      ],
      [`what the typed run adds to the rules`, "–", `${millis(pick(typedWith, "ruleMs") - pick(withRuns, "ruleMs"))}`, ""],
    );
  }

  console.log(`
## Lint rule (\`pnpm bench:lint\`), corpus "${corpus.name}"

Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ESLint ${machine.eslint}, ${machine.os}; load average ${machine.loadStart.toFixed(2)} at start, ${os.loadavg()[0].toFixed(2)} now.
Corpus: ${corpus.description}, ${(built.bytes / 2 ** 20).toFixed(2)} MB, ${built.lines.toLocaleString("en-US")} lines; seeded, fingerprint \`${built.fingerprint}\`.
Config: ${corpus.baseline}, no type information, \`--no-inline-config\`; the rules via \`portalSlug.configs.recommended\`. ${ROUNDS} round${ROUNDS === 1 ? "" : "s"}, medians; ratios are per round, with over without.

| measure | without the rules | with the rules | with / without |
|---|---:|---:|---:|
${rows.map((row) => `| ${row.join(" | ")} |`).join("\n")}
`);
  console.log(
    `Slowest rules (TIMING, last run): ${ranked
      .slice(0, 5)
      .map(([id, time]) => `${id} ${millis(time)}`)
      .join(", ")}`,
  );
  for (const problem of problems) console.log(`SANITY: ${problem}`);
  const slugReports = lastWith.reportsBy[SLUG_RULE] ?? 0;
  if (slugReports !== built.expectedReports)
    console.log(`note: ${slugReports} ${SLUG_RULE} reports where the generator wrote ${built.expectedReports} invalid values`);
  const worst = Math.max(...noPortal.passes.map((pass) => pass.pluginOverSearch));
  const noPortalPass = worst <= TARGET_NO_PORTAL;
  console.log(
    `${noPortalPass ? "PASS" : "FAIL"}: on the ${noPortal.files} files without a portal call ${RULE} take × ${worst.toFixed(2)} a rule that only makes the substring search, in the costlier pass (target ≤ × ${TARGET_NO_PORTAL})`,
  );
  const pass = share <= TARGET_SHARE && problems.length === 0;
  console.log(
    `${pass ? "PASS" : "FAIL"}: ${RULE} take ${percent(share)} of total lint time on "${corpus.name}" (target ≤ ${percent(TARGET_SHARE)})${problems.length ? "; sanity checks failed" : ""}`,
  );
  return pass && noPortalPass;
}

/**
 * The rows of the files without a portal call (see no-portal.mjs): µs a file in the first pass
 * of a fresh process and in a second, each variant's rules standing where the plugin's do.
 */
function noPortalRows({ files, rounds, passes: [first, second] }) {
  const us = (value) => `${value.toFixed(2)} µs`;
  const both = (variant) => `${us(first.perFile[variant])}, then ${us(second.perFile[variant])}`;
  const left = Math.max(first.left, second.left);
  return [
    [
      `**files without a portal call** (${files}, no \`reateSession\` in the text): time a file, first pass of a fresh process, then a second (in-process, \`verifyAndFix\` with \`stats\`, ${rounds} round${rounds === 1 ? "" : "s"}${left ? `, ${left} interrupted files left out` : ""})`,
      "",
      "",
      "",
    ],
    ["  an empty rule (`create` returns `{}`)", "–", both("empty"), ""],
    [
      "  a rule that only searches the text for `reateSession`",
      "–",
      both("search"),
      `× ${first.searchOverEmpty.toFixed(2)}, × ${second.searchOverEmpty.toFixed(2)} the empty rule`,
    ],
    [`  ${RULE}`, "–", both("plugin"), `× ${first.pluginOverEmpty.toFixed(2)}, × ${second.pluginOverEmpty.toFixed(2)} the empty rule`],
    [
      `  **${RULE} over the search-only rule**`,
      "–",
      `**× ${first.pluginOverSearch.toFixed(2)}, then × ${second.pluginOverSearch.toFixed(2)}**`,
      `target ≤ × ${TARGET_NO_PORTAL}`,
    ],
  ];
}

// --- the rounds -------------------------------------------------------------------------------
const measured = [];
try {
  for (const corpus of corpora) measured.push([corpus, await measure(corpus)]);
} finally {
  rmSync(outDir, { recursive: true, force: true });
  if (!KEEP) {
    rmSync(CORPUS_DIR, { recursive: true, force: true });
    rmSync(UNKEY_CORPUS_DIR, { recursive: true, force: true });
  }
}
const loadMs = pluginLoadMs();
let pass = true;
for (const [corpus, result] of measured) pass = report(corpus, result, loadMs) && pass;
process.exitCode = pass ? 0 : 1;
