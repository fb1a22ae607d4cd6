// What the compile-time check costs a program: 1,000 distinct valid slugs written as
// `portalSlug("…")` calls, against the same strings as plain constants, each file type-checked
// by TypeScript 6.0 with `--extendedDiagnostics` several times. Prints the medians and the
// check time and instantiations the calls add. A third file, the same calls to a generic
// identity function that validates nothing, shows how much of that any generic call costs.
//
//   node bench/types/run.mjs [runs]     (from packages/portal-slug; 7 runs by default)
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const CALLS = 1_000;
const runs = Number(process.argv[2] ?? 7);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a positive whole number, not ${process.argv[2]}`);

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const typesModule = fileURLToPath(new URL("../../src/types.js", import.meta.url));

/** A small seeded generator, so that every run checks the same slugs. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Distinct valid slugs of 10 to 40 characters: words of a-z and 0-9 joined by single hyphens. */
function slugs(count) {
  const next = random(2_024);
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  const found = new Set();
  while (found.size < count) {
    const length = 10 + Math.floor(next() * 31);
    let slug = "";
    while (slug.length < length) {
      // A hyphen only between two characters, never twice in a row.
      const hyphen = slug.length > 0 && slug.length < length - 1 && !slug.endsWith("-") && next() < 0.15;
      slug += hyphen ? "-" : alphabet[Math.floor(next() * alphabet.length)];
    }
    found.add(slug);
  }
  return [...found];
}

const dir = mkdtempSync(join(tmpdir(), "portal-slug-bench-types-"));
const specifier = relative(dir, typesModule).split(sep).join("/");
const list = slugs(CALLS);
// Every file imports types.ts, so each program checks the same modules and differs only in
// what its 1,000 lines do.
const files = {
  plain: [`import ${JSON.stringify(specifier)};`, ...list.map((slug, i) => `export const s${i} = ${JSON.stringify(slug)};`)],
  helper: [
    `import { portalSlug } from ${JSON.stringify(specifier)};`,
    ...list.map((slug, i) => `export const s${i} = portalSlug(${JSON.stringify(slug)});`),
  ],
  identity: [
    `import ${JSON.stringify(specifier)};`,
    "const identity = <const S extends string>(slug: S): S => slug;",
    ...list.map((slug, i) => `export const s${i} = identity(${JSON.stringify(slug)});`),
  ],
};
writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
for (const [name, lines] of Object.entries(files)) {
  writeFileSync(join(dir, `${name}.ts`), `${lines.join("\n")}\n`);
  // The repository's own strict options; no lib check, so the calls are a large share of the work.
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
  };
  writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions, files: [`${name}.ts`] }));
}

function check(name) {
  const output = execFileSync(process.execPath, [tsc, "-p", join(dir, `tsconfig.${name}.json`), "--noEmit", "--extendedDiagnostics"], {
    encoding: "utf8",
  });
  const read = (label) => Number((new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(output) ?? [])[1]);
  return { checkTime: read("Check time") * 1000, instantiations: read("Instantiations"), types: read("Types") };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const samples = { plain: [], helper: [], identity: [] };
// Interleaved, so that a slow spell of the machine falls on all three alike.
for (let run = 0; run < runs; run++) for (const name of Object.keys(samples)) samples[name].push(check(name));
rmSync(dir, { recursive: true, force: true });

const result = Object.fromEntries(
  Object.entries(samples).map(([name, list]) => [
    name,
    {
      checkTime: median(list.map((sample) => sample.checkTime)),
      instantiations: median(list.map((sample) => sample.instantiations)),
      types: median(list.map((sample) => sample.types)),
    },
  ]),
);

const percent = (part, whole) => `${((part / whole) * 100).toFixed(0)}%`;
const { plain, helper, identity } = result;
const version = execFileSync(process.execPath, [tsc, "--version"], { encoding: "utf8" }).trim();
console.log(`portalSlug type check: ${CALLS} distinct valid slugs of 10-40 characters, ${version}, median of ${runs} runs\n`);
console.log("file                      check time   instantiations   types");
for (const [label, row] of [
  ["plain constants", plain],
  ["portalSlug(...) calls", helper],
  ["identity(...) calls", identity],
]) {
  console.log(`${label.padEnd(24)} ${`${row.checkTime.toFixed(0)} ms`.padStart(11)}   ${String(row.instantiations).padStart(14)}   ${String(row.types).padStart(5)}`);
}
const addedTime = helper.checkTime - plain.checkTime;
const addedInstantiations = helper.instantiations - plain.instantiations;
console.log(
  `\nportalSlug adds ${addedTime.toFixed(0)} ms of check time (${percent(addedTime, plain.checkTime)} of the plain file's; ` +
    `${((addedTime / CALLS) * 1000).toFixed(0)} µs a call) and ${addedInstantiations} instantiations ` +
    `(${(addedInstantiations / CALLS).toFixed(0)} a call; ${(helper.instantiations / plain.instantiations).toFixed(0)}× the plain file's).`,
);
console.log(
  `A generic identity call alone adds ${(identity.checkTime - plain.checkTime).toFixed(0)} ms ` +
    `(${percent(identity.checkTime - plain.checkTime, plain.checkTime)}); the slug check itself, ` +
    `${(helper.checkTime - identity.checkTime).toFixed(0)} ms (${percent(helper.checkTime - identity.checkTime, plain.checkTime)}).`,
);
console.log(`Target: under 10% added check time: ${addedTime / plain.checkTime < 0.1 ? "met" : "not met"}.`);
