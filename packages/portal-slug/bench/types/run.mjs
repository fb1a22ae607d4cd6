// What the compile-time check costs, side by side with the cheapest generic helper there is: an
// imported `declare function id<const S extends string>(s: S): S`. Every file makes the same
// 1,000 calls of one helper, and is type-checked against the built declarations (dist/esm), which
// is what a user's compiler reads, with skipLibCheck as most projects set it:
//   corpora   valid (realistic slugs of 10-40 characters), long (well-formed literals of 65-160,
//             all too long), mix (15% of the valid ones mistaken: every rule in turn) and
//             declared (the valid ones, declared as the program's portals in Register);
//   layouts   const (`export const sN = f("…")`, one statement a call, where each reference to an
//             imported name makes the compiler walk back over the statements before it) and
//             array (`export const all = [f("…"), …]`, where the identity costs next to nothing);
//   first     a file with one call minus the same file without it: what the first call pays once.
// TypeScript 6 is read through its package's API in a fresh process each time (the same work as
// its CLI, timed to the fraction of a millisecond), the TypeScript 7 CLI through its own
// `--extendedDiagnostics`. Runs are interleaved, each call file beside its identity file, and a
// sample taken while the machine was saturated is taken again (up to `--retakes` times). Every
// file must give exactly the errors its corpus holds, each the slug check's, and never TS2589.
//
//   node bench/types/run.mjs [--runs 11] [--compilers ts6,ts7] [--corpora valid,long,mix]
//        [--layouts const,array] [--calls 1000] [--metric check|cpu] [--retakes 2] [--tsc <label>=<path to a tsc>]
//        [--compare <label>=<path to another build's dist/esm/index.d.ts>] [--json <file>]
// (from packages/portal-slug, after a build; `--tsc` adds a compiler's CLI, such as
// @typescript/native-preview's bin/tsgo.js, and `--compare` another build of the helper.)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { corpora as makeCorpora } from "./corpora.mjs";

/** Issue 18's targets: the median of 11 runs' ratios, and an over-long literal against a realistic one. */
const TARGETS = { ratio: 2.3, longOverRealistic: 1.5, firstCall: 1_000 };

const flags = parseFlags(process.argv.slice(2));
const runs = Number(flags.runs ?? 11);
// On a machine other jobs keep saturated, every sample is saturated and each retake only
// multiplies the time a run takes: `--retakes 0` keeps the first sample.
const retakes = Number(flags.retakes ?? 2);
const calls = Number(flags.calls ?? 1_000);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(calls) || calls < 10 || !Number.isInteger(retakes) || retakes < 0)
  throw new Error("--runs and --calls take positive whole numbers, --retakes a whole number");

const built = fileURLToPath(new URL("../../dist/esm/index.d.ts", import.meta.url));
if (!existsSync(built)) {
  console.error("dist/esm/index.d.ts is missing: build first (npm run build, or cd packages/portal-slug && node ../../scripts/build-package.mjs)");
  process.exit(1);
}
const { validatePortalSlug } = await import(pathToFileURL(built.replace(/\.d\.ts$/, ".js")).href);

const require = createRequire(import.meta.url);
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));
const COMPILERS = {
  ts6: { label: "TypeScript 6", api: packageDir("typescript") },
  // TypeScript 7's package exports no `bin/tsc`, so its CLI is found beside its package.json.
  ts7: { label: "TypeScript 7 CLI", cli: join(packageDir("typescript7"), "bin", "tsc") },
};
const compilers = list(flags.compilers, "ts6,ts7").map((name) => COMPILERS[name] ?? fail(`unknown compiler ${name}`));
for (const [label, path] of pairs(flags.tsc)) compilers.push({ label, cli: resolve(path) });
const metric = flags.metric ?? "check";
if (metric !== "check" && metric !== "cpu") fail("--metric is check or cpu");
const corpusNames = list(flags.corpora, "valid,long,mix,declared");
const layouts = list(flags.layouts, "const,array");
const corpora = makeCorpora(calls, (text) => validatePortalSlug(text).valid);

// ---------------------------------------------------------------------------------------------
// The files.

const dir = mkdtempSync(join(tmpdir(), "portal-slug-bench-types-"));
const specifier = (declarations) =>
  JSON.stringify(
    relative(dir, declarations)
      .split(sep)
      .join("/")
      .replace(/\.d\.ts$/, ".js"),
  );
/** Each helper: how a file imports it, and whether its calls are checked (so may fail). */
const helpers = [
  // In a module of its own, so that it is an imported name as portalSlug is, and loading the
  // package's declarations as well, so that both files read the same ones.
  { name: "id", imports: 'import { id } from "./identity.js";', call: "id", checks: false, declarations: built },
  { name: "portalSlug", imports: `import { portalSlug } from ${specifier(built)};`, call: "portalSlug", checks: true, declarations: built },
  ...pairs(flags.compare).map(([name, path]) => ({
    name,
    imports: `import { portalSlug } from ${specifier(resolve(path))};`,
    call: "portalSlug",
    checks: true,
    declarations: resolve(path),
  })),
];
writeFileSync(join(dir, "identity.d.ts"), `import type {} from ${specifier(built)};\nexport declare function id<const S extends string>(s: S): S;\n`);
writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
const compilerOptions = {
  target: "es2022",
  lib: ["es2022"],
  module: "nodenext",
  moduleResolution: "nodenext",
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
  types: [],
  noEmit: true,
};

/**
 * Writes `<name>.ts` and its tsconfig; answers the file's description for {@link check}. With
 * `register`, the program also declares the corpus's literals as its portals, as a user does in
 * a module of their own, "portal-slug" being the declarations the helper is read from.
 */
function file(name, lines, errors, register) {
  writeFileSync(join(dir, `${name}.ts`), `${lines.join("\n")}\n`);
  const program = { compilerOptions, files: [`${name}.ts`] };
  if (register) {
    writeFileSync(
      join(dir, `${name}.register.ts`),
      [
        'import type {} from "portal-slug";',
        'declare module "portal-slug" {',
        `  interface Register { portals: ${register.literals.map((literal) => JSON.stringify(literal)).join(" | ")} }`,
        "}",
        "",
      ].join("\n"),
    );
    program.files.unshift(`${name}.register.ts`);
    program.compilerOptions = { ...compilerOptions, paths: { "portal-slug": [register.declarations] } };
  }
  writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify(program));
  return { name, errors };
}

const files = {};
for (const helper of helpers) {
  files[`${helper.name}.none`] = file(`${helper.name}.none`, [helper.imports, 'export const s0 = "my-first-portal";'], 0);
  files[`${helper.name}.first`] = file(`${helper.name}.first`, [helper.imports, `export const s0 = ${helper.call}("my-first-portal");`], 0);
  for (const corpus of corpusNames) {
    const { literals, invalid, declared } = corpora[corpus] ?? fail(`unknown corpus ${corpus}`);
    const expressions = literals.map((literal) => `${helper.call}(${JSON.stringify(literal)})`);
    for (const layout of layouts) {
      const body =
        layout === "const"
          ? expressions.map((expression, i) => `export const s${i} = ${expression};`)
          : layout === "array"
            ? ["export const all = [", ...expressions.map((expression) => `  ${expression},`), "];"]
            : fail(`unknown layout ${layout}`);
      const name = `${helper.name}.${corpus}.${layout}`;
      files[name] = file(name, [helper.imports, ...body], helper.checks ? invalid : 0, declared && { literals, declarations: helper.declarations });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Checking one file.

/** How busy the whole machine is, from /proc/stat where there is one: busy and total ticks. */
function cpuTicks() {
  if (!existsSync("/proc/stat")) return undefined;
  const [, ...ticks] = readFileSync("/proc/stat", "utf8").split("\n", 1)[0].trim().split(/\s+/).map(Number);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = ticks;
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

let retaken = 0;
let saturatedKept = 0;

/**
 * One sample of `file` by `compiler`. The machine is shared: a sample during which its cores
 * were more than 90% busy in all (ours and other processes') is taken again, up to `--retakes` times.
 */
function check(compiler, file) {
  for (let attempt = 1; ; attempt++) {
    const before = cpuTicks();
    const sample = checkOnce(compiler, file);
    const after = cpuTicks();
    const saturated = before !== undefined && (after.busy - before.busy) / Math.max(1, after.total - before.total) > 0.9;
    if (!saturated) return sample;
    if (attempt > retakes) {
      saturatedKept++;
      return sample;
    }
    retaken++;
    spawnSync("sleep", ["1"]);
  }
}

function checkOnce(compiler, { name, errors }) {
  const project = join(dir, `tsconfig.${name}.json`);
  let checkMs, cpuMs, instantiations, messages;
  if (compiler.api) {
    const run = spawnSync(process.execPath, [fileURLToPath(new URL("./check-with-api.mjs", import.meta.url)), compiler.api, project], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    if (run.status !== 0) fail(`${name}: the check failed\n${run.stderr}`);
    ({ checkMs, cpuMs, instantiations, errors: messages } = JSON.parse(run.stdout));
  } else {
    const run = spawnSync(process.execPath, [compiler.cli, "-p", project, "--extendedDiagnostics", "--pretty", "false"], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    const output = run.stdout + run.stderr;
    const read = (label) => Number((new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(output) ?? [])[1]);
    checkMs = read("Check time") * 1000;
    instantiations = read("Instantiations");
    messages = output.split("\n").filter((line) => /error TS\d+:/.test(line));
    if (Number.isNaN(checkMs)) fail(`${name}: no check time in the output\n${output.slice(0, 2000)}`);
  }
  // Exactly the corpus's invalid literals fail, each with the slug check's message, and nothing
  // is ever too deep: otherwise the file or the helper is wrong, and so would every figure be.
  const slugErrors = messages.filter((message) => /error TS2345: .*InvalidPortalSlug/s.test(message)).length;
  if (messages.length !== errors || slugErrors !== errors || messages.some((message) => message.includes("TS2589"))) {
    fail(`${name}: expected ${errors} slug errors, got ${messages.length} (${slugErrors} of the slug check)\n${messages.slice(0, 5).join("\n")}`);
  }
  // `--metric cpu` reads the checker's CPU time where there is one (the package's API), which
  // other processes on a busy machine disturb less than the wall-clock check time.
  return { checkMs: metric === "cpu" && cpuMs !== undefined ? cpuMs : checkMs, instantiations };
}

// ---------------------------------------------------------------------------------------------
// Measuring and reporting.

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const times = (value) => `×${value.toFixed(2)}`;
const ms = (value) => `${value.toFixed(value < 100 ? 1 : 0)} ms`;
const verdict = (ok) => (ok ? "met" : "not met");

const results = { calls, runs, date: new Date().toISOString(), loadAverage: loadavg()[0], compilers: {} };
const targets = [];
const callFiles = Object.keys(files).filter((name) => !/\.(none|first)$/.test(name));
try {
  console.log(`${calls} calls a file; ${runs} runs, interleaved; machine load average ${loadavg()[0].toFixed(2)} on ${availableParallelism()} cores.`);
  if (metric === "cpu") console.log("Times are the checker's CPU time where the compiler runs through its package's API, its check time otherwise.");
  for (const [c, { literals }] of Object.entries(corpora))
    if (corpusNames.includes(c)) console.log(`- ${c}: ${corpora[c].note} (e.g. ${JSON.stringify(literals[0])})`);
  for (const compiler of compilers) {
    const version = compiler.api
      ? `Version ${require(join(compiler.api, "package.json")).version} (package API)`
      : spawnSync(process.execPath, [compiler.cli, "--version"], { encoding: "utf8" }).stdout.trim();
    // Instantiations do not vary from run to run: the one-call files are checked once.
    const once = Object.fromEntries(
      Object.keys(files)
        .filter((name) => /\.(none|first)$/.test(name))
        .map((name) => [name, checkOnce(compiler, files[name])]),
    );
    // One untimed pass, so that the disk cache and the first start of the compiler fall on no file.
    for (const name of callFiles) checkOnce(compiler, files[name]);
    const samples = Object.fromEntries(callFiles.map((name) => [name, []]));
    for (let run = 0; run < runs; run++) {
      for (const corpus of corpusNames)
        for (const layout of layouts) {
          // Each file beside its identity file, first and second in turn.
          const group = helpers.map((helper) => `${helper.name}.${corpus}.${layout}`);
          for (const name of run % 2 ? group.reverse() : group) samples[name].push(check(compiler, files[name]));
        }
    }
    const row = (name) => ({
      checkMs: median(samples[name].map((sample) => sample.checkMs)),
      instantiations: median(samples[name].map((sample) => sample.instantiations)),
      samples: samples[name].map((sample) => Math.round(sample.checkMs * 10) / 10),
    });
    const rows = Object.fromEntries(callFiles.map((name) => [name, row(name)]));
    const firstCall = (helper) => once[`${helper}.first`].instantiations - once[`${helper}.none`].instantiations;
    /** The median over runs of each run's ratio to the identity file beside it. */
    const runRatio = (helper, corpus, layout) =>
      median(samples[`${helper}.${corpus}.${layout}`].map((sample, i) => sample.checkMs / samples[`id.${corpus}.${layout}`][i].checkMs));
    /** Check time a call adds over the identity's, in µs. */
    const added = (helper, corpus, layout) => ((rows[`${helper}.${corpus}.${layout}`].checkMs - rows[`id.${corpus}.${layout}`].checkMs) / calls) * 1000;

    console.log(`\n### ${compiler.label} (${version}): median of ${runs} runs\n`);
    console.log("| corpus | layout | helper | check time | × id (a run's ratio, median) | added a call | instantiations a call |");
    console.log("| --- | --- | --- | ---: | ---: | ---: | ---: |");
    for (const corpus of corpusNames)
      for (const layout of layouts)
        for (const { name: helper } of helpers) {
          const { checkMs, instantiations } = rows[`${helper}.${corpus}.${layout}`];
          const perCall = (instantiations - rows[`id.${corpus}.${layout}`].instantiations - firstCall(helper) + firstCall("id")) / calls;
          const [ratio, extra, inst] =
            helper === "id" ? ["–", "–", "–"] : [times(runRatio(helper, corpus, layout)), `${added(helper, corpus, layout).toFixed(0)} µs`, perCall.toFixed(0)];
          console.log(`| ${corpus} | ${layout} | ${helper} | ${ms(checkMs)} | ${ratio} | ${extra} | ${inst} |`);
        }
    console.log("\n| helper | first call: instantiations |\n| --- | ---: |");
    for (const { name } of helpers) console.log(`| ${name} | ${firstCall(name)} |`);

    results.compilers[compiler.label] = { version, rows, firstCall: Object.fromEntries(helpers.map(({ name }) => [name, firstCall(name)])) };
    for (const { name: helper, checks } of helpers) {
      if (!checks) continue;
      const who = `${compiler.label}, ${helper}`;
      if (corpusNames.includes("valid"))
        for (const layout of layouts) {
          const ratio = runRatio(helper, "valid", layout);
          const goal = layout === "const" ? `, target ≤ ${times(TARGETS.ratio)}: ${verdict(ratio <= TARGETS.ratio)}` : " (reported beside it)";
          targets.push(`${who}: valid slugs, ${layout} layout, ${times(ratio)} the identity helper${goal}`);
        }
      if (corpusNames.includes("mix"))
        for (const layout of layouts)
          targets.push(`${who}: 15% invalid, ${layout} layout, ${times(runRatio(helper, "mix", layout))} the identity helper (reported)`);
      if (corpusNames.includes("valid") && corpusNames.includes("long"))
        for (const layout of layouts) {
          const ratio = added(helper, "long", layout) / added(helper, "valid", layout);
          targets.push(
            `${who}: an over-long literal costs ${times(ratio)} a realistic one (${layout} layout, time added over the identity)` +
              (layout === "const" ? `, target ≤ ${times(TARGETS.longOverRealistic)}: ${verdict(ratio <= TARGETS.longOverRealistic)}` : ""),
          );
        }
      targets.push(
        `${who}: the first call costs ${firstCall(helper)} instantiations, target < ${TARGETS.firstCall}: ${verdict(firstCall(helper) < TARGETS.firstCall)}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `\nSamples taken again because the machine was saturated: ${retaken}; kept saturated after ${retakes + 1} tries: ${saturatedKept}. ` +
    `Load average at the end: ${loadavg()[0].toFixed(2)}.`,
);
console.log(`Every file gave exactly its corpus's slug errors, and none TS2589.\n\n${targets.map((line) => `- ${line}`).join("\n")}`);
if (flags.json) writeFileSync(flags.json, JSON.stringify({ ...results, retaken, saturatedKept, targets }, null, 1));

// ---------------------------------------------------------------------------------------------

function fail(message) {
  throw new Error(message);
}

/** `--name value` pairs; a repeated flag keeps every value, and a bare number is `--runs`. */
function parseFlags(args) {
  const out = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (/^\d+$/.test(arg)) out.runs = arg;
    else if (arg.startsWith("--") && i + 1 < args.length) {
      const key = arg.slice(2);
      const value = args[++i];
      out[key] = key in out ? [out[key], value].flat() : value;
    } else fail(`unexpected argument ${arg}`);
  }
  return out;
}

function list(value, fallback) {
  return String(value ?? fallback).split(",");
}

/** `label=path` values of a flag given any number of times. */
function pairs(value) {
  return [value ?? []].flat().map((pair) => {
    const at = pair.indexOf("=");
    return at > 0 ? [pair.slice(0, at), pair.slice(at + 1)] : fail(`expected <label>=<path>, not ${pair}`);
  });
}
