// What the plugin's rules cost on a file without a portal call, beside the least any rule costs
// (an empty one) and the least a rule that must look for a portal call costs (one substring
// search of the text for `reateSession`, which every built-in call shape spells). Most files of a
// project are of this kind, so this is most of what a user pays.
//
// Each round is a fresh Node process (a lint run), which lints every file without that spelling
// twice (a first pass, with every cache and the JIT cold, as a CLI run; a second, as an editor or
// a second run in one process), each file parsed once a pass and linted by every variant in an
// order that rotates from file to file. ESLint 10's own timings (`verifyAndFix` with `stats`, as
// the CLI takes them) give each rule's time. Every variant's rules stand where the plugin's do in
// the corpus's config, after the baseline's: the first rule after them pays a little more,
// whichever it is.
//
//   node bench/lint/no-portal.mjs [--rounds=N] [--unkey=DIR]   (the table alone)
//
// bench:lint (run.mjs) calls `measureNoPortal` for each corpus it lints and prints its rows.
import { spawn } from "node:child_process";
import { readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { filesUnder } from "./files-under.mjs";
import { median } from "./median.mjs";
import { flag } from "./flags.mjs";

const HERE = import.meta.dirname;
const ROOT = resolve(HERE, "../..");
const ESLINT_DIR = realpathSync(join(ROOT, "test/node_modules/eslint"));
const PLUGIN_ENTRY = process.env.PORTAL_SLUG_BENCH_PLUGIN ?? join(ROOT, "packages/eslint-plugin-portal-slug/dist/esm/index.js");

/** What every built-in call shape spells; a file without it has no portal call the rules look at. */
const SPELLED = "reateSession";
/** The variants, each a config object placed where the plugin's config stands. */
const VARIANTS = ["empty", "search", "plugin"];

/**
 * Runs `rounds` fresh processes over the corpus in `dir` (its config module `config`, the files
 * under `skip` left out) and returns, per pass, each variant's median µs a file and the medians
 * of the per-round ratios.
 */
export async function measureNoPortal({ dir, config, skip, rounds = 3 }) {
  const runs = [];
  for (let round = 0; round < rounds; round++) runs.push(await child({ dir, config, skip, round }));
  const passes = [0, 1].map((pass) => {
    const of = (run) => run.passes[pass];
    const perFile = Object.fromEntries(VARIANTS.map((variant) => [variant, median(runs.map((run) => of(run).mean[variant]))]));
    const medianFile = Object.fromEntries(VARIANTS.map((variant) => [variant, median(runs.map((run) => of(run).median[variant]))]));
    const ratio = (a, b) => median(runs.map((run) => of(run).mean[a] / of(run).mean[b]));
    return {
      perFile,
      medianFile,
      left: Math.max(...runs.map((run) => run.files - of(run).kept)),
      pluginOverSearch: ratio("plugin", "search"),
      pluginOverEmpty: ratio("plugin", "empty"),
      searchOverEmpty: ratio("search", "empty"),
    };
  });
  return { files: runs[0].files, rounds, passes, settingSaid: runs.every((run) => run.settingSaid) };
}

/** One round in a fresh process. */
function child({ dir, config, skip, round }) {
  return new Promise((done, fail) => {
    const args = [import.meta.filename, "--child", `--dir=${dir}`, `--config=${config}`, `--skip=${skip}`, `--round=${round}`];
    const proc = spawn(process.execPath, args, { env: { ...process.env, PORTAL_SLUG_BENCH: "without" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    proc.stdout.on("data", (chunk) => (stdout += chunk));
    proc.stderr.on("data", (chunk) => (stderr += chunk));
    proc.on("error", fail);
    proc.on("close", (code) => {
      const line = stdout.split("\n").find((candidate) => candidate.startsWith("@@no-portal "));
      if (code !== 0 || !line) fail(new Error(`no-portal round ${round} exited with ${code}:\n${stderr}`));
      else done(JSON.parse(line.slice("@@no-portal ".length)));
    });
  });
}

/** The child: lints the corpus's files without a portal call, two passes, every variant. */
async function runChild(argv) {
  const arg = (name) => flag(name, argv);
  const dir = arg("dir");
  const skip = arg("skip");
  const round = Number(arg("round"));
  const requireEslint = createRequire(join(ESLINT_DIR, "package.json"));
  const { Linter } = requireEslint("eslint");
  const { FlatConfigArray } = requireEslint(join(ESLINT_DIR, "lib/config/flat-config-array.js"));
  const baseline = (await import(pathToFileURL(arg("config")).href)).default;
  const plugin = (await import(pathToFileURL(PLUGIN_ENTRY).href)).default;

  const meta = { type: "problem", schema: [] };
  const EMPTY = {};
  // The search's answer is used (two objects, both without listeners), so that the compiler
  // cannot drop a search whose answer nothing reads.
  const SPELLS = {};
  const rules = {
    empty: { meta, create: () => EMPTY },
    search: { meta, create: (context) => (context.sourceCode.text.includes(SPELLED) ? SPELLS : EMPTY) },
  };
  const bench = { rules };
  const variantConfig = {
    empty: { name: "bench/no-portal/empty", plugins: { bench }, rules: { "bench/empty": "error" } },
    search: { name: "bench/no-portal/search", plugins: { bench }, rules: { "bench/search": "error" } },
    plugin: plugin.configs.recommended,
  };
  // One config array a variant, made once, as the CLI makes one for a run: a config's settings
  // and rule options are the same objects for every file.
  const arrays = Object.fromEntries(
    VARIANTS.map((variant) => {
      const array = new FlatConfigArray([...baseline, variantConfig[variant]], { basePath: dir });
      array.normalizeSync();
      return [variant, array];
    }),
  );
  const ruleIds = {
    empty: ["bench/empty"],
    search: ["bench/search"],
    plugin: Object.keys(plugin.configs.recommended.rules),
  };

  const files = [];
  const sources = filesUnder(dir, { keep: (name) => /\.[cm]?[jt]sx?$/.test(name) && !name.endsWith(".d.ts"), enter: (path) => !`${path}/`.startsWith(skip) });
  for (const path of sources) {
    const config = arrays.plugin.getConfig(path);
    const text = readFileSync(path, "utf8");
    if (config && !text.includes(SPELLED)) files.push({ path, text });
  }

  // Sanity: the rules still say a mistaken setting on a run's first file that calls no portal
  // (they say it once a run on such files, and stop the run), before the passes: a read that
  // throws leaves the settings unread, so the first pass's first file reads them as a run's does.
  let settingSaid = false;
  try {
    const mistaken = new FlatConfigArray([...baseline, plugin.configs.recommended, { settings: { "portal-slug": { followImport: false } } }], {
      basePath: dir,
    });
    mistaken.normalizeSync();
    new Linter({ configType: "flat", cwd: dir }).verify(files[0].text, mistaken, { filename: files[0].path });
  } catch (error) {
    settingSaid = /settings\["portal-slug"\]\.followImport:/.test(String(error));
  }

  const linter = new Linter({ configType: "flat", cwd: dir });
  const passes = [];
  for (let pass = 0; pass < 2; pass++) {
    // Each variant's time on each file, in µs, in file order.
    const times = Object.fromEntries(VARIANTS.map((variant) => [variant, new Float64Array(files.length)]));
    files.forEach(({ path, text }, i) => {
      // Parsed once a pass (no rule runs), for every variant: a new SourceCode each pass, as a
      // new run or an editor's next keystroke makes.
      linter.verify(text, arrays.empty, { filename: path, ruleFilter: () => false });
      const sourceCode = linter.getSourceCode();
      for (let v = 0; v < VARIANTS.length; v++) {
        const variant = VARIANTS[(v + i + round) % VARIANTS.length];
        linter.verifyAndFix(sourceCode, arrays[variant], { filename: path, stats: true, fix: false });
        const ruleTimes = linter.getTimes().passes[0]?.rules ?? {};
        let us = 0;
        for (const id of ruleIds[variant]) us += (ruleTimes[id]?.total ?? 0) * 1000;
        times[variant][i] = us;
      }
    });
    passes.push(summarize(times));
  }
  console.log(`@@no-portal ${JSON.stringify({ files: files.length, passes, settingSaid })}`);
}

/**
 * Each variant's mean µs a file, over the files no variant was interrupted on. On a shared
 * machine a span now and then holds a preemption or a garbage collection of milliseconds, which
 * would outweigh a thousand files' work: a file on which some variant took over
 * {@link INTERRUPTED} times its median is left out for every variant (and counted), so that the
 * variants are compared on the same files. The first files of a pass, where the code is cold,
 * cost tens of times the median, not hundreds, and stay in.
 */
function summarize(times) {
  const medians = Object.fromEntries(Object.entries(times).map(([variant, list]) => [variant, median([...list])]));
  const kept = [];
  for (let i = 0; i < times.empty.length; i++) {
    if (VARIANTS.every((variant) => times[variant][i] <= INTERRUPTED * Math.max(medians[variant], 1))) kept.push(i);
  }
  const mean = (list) => kept.reduce((sum, i) => sum + list[i], 0) / kept.length;
  return { kept: kept.length, mean: Object.fromEntries(VARIANTS.map((variant) => [variant, mean(times[variant])])), median: medians };
}

/** How many times its median a variant's time on a file may be before the file counts as interrupted. */
const INTERRUPTED = 100;

if (process.argv.includes("--child")) await runChild(process.argv);
else if (import.meta.filename === process.argv[1]) {
  const { buildUnkeyCorpus, unkeySource } = await import("./unkey-corpus.mjs");
  const { buildCorpus, CORPUS_DIR, CORPUS_SETTINGS } = await import("./corpus.mjs");
  const roundsArg = process.argv.find((candidate) => candidate.startsWith("--rounds="));
  const rounds = roundsArg ? Math.max(1, Number.parseInt(roundsArg.slice(9), 10) || 1) : 3;
  const unkey = unkeySource();
  let corpus;
  if (unkey) {
    const dir = join(HERE, ".corpus-unkey");
    buildUnkeyCorpus({ source: resolve(unkey), dir, seed: CORPUS_SETTINGS.seed, generatedFiles: CORPUS_SETTINGS.generatedFiles });
    corpus = { dir, config: join(HERE, "eslint.unkey.config.mjs"), skip: join(dir, "generated") + "/" };
  } else {
    const espree = createRequire(join(ESLINT_DIR, "package.json"))("espree");
    buildCorpus({ dir: CORPUS_DIR, store: join(ROOT, "node_modules/.pnpm"), espree, ...CORPUS_SETTINGS });
    corpus = { dir: CORPUS_DIR, config: join(HERE, "eslint.packages.config.mjs"), skip: join(CORPUS_DIR, "module", "app") + "/" };
  }
  const result = await measureNoPortal({ ...corpus, rounds });
  console.log(JSON.stringify(result, null, 2));
}
