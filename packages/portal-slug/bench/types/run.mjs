// What the compile-time check costs a program. One generated file holds 1,000 distinct valid
// slugs, written four ways:
//   plain        `export const s0 = "…"`: the file without the helper, the baseline;
//   unchecked    through an imported `(slug: string) => PortalSlug` that checks nothing, the
//                floor for any helper a user imports and calls;
//   generic      through an imported `<const S extends string>(slug: S) => PortalSlug`, which
//                adds what inferring `S` costs;
//   portalSlug   through the real helper.
// Each is type-checked against the built declarations (dist/esm), which is what a user's
// compiler reads, by TypeScript 6.0 and by the TypeScript 7 CLI, with `--extendedDiagnostics`,
// several times interleaved. Prints the medians and what each step adds.
//
//   node bench/types/run.mjs [runs]     (from packages/portal-slug, after a build; 7 runs by default)
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const CALLS = 1_000;
const TARGET = 0.1;
const runs = Number(process.argv[2] ?? 7);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a positive whole number, not ${process.argv[2]}`);

const built = fileURLToPath(new URL("../../dist/esm/index.d.ts", import.meta.url));
if (!existsSync(built)) {
  console.error("dist/esm/index.d.ts is missing: build first (npm run build, or cd packages/portal-slug && node ../../scripts/build-package.mjs)");
  process.exit(1);
}

const require = createRequire(import.meta.url);
// TypeScript 7's package exports no `bin/tsc`, so its CLI is found beside its package.json.
const cli = (name) => join(require.resolve(`${name}/package.json`), "..", "bin", "tsc");
const compilers = [
  { name: "TypeScript 6.0", tsc: cli("typescript") },
  { name: "TypeScript 7", tsc: cli("typescript7") },
];

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
const packageEntry = JSON.stringify(
  relative(dir, built)
    .split(sep)
    .join("/")
    .replace(/\.d\.ts$/, ".js"),
);
const list = slugs(CALLS);
const lines = (call) => list.map((slug, i) => `export const s${i} = ${call(JSON.stringify(slug))};`);

// The stand-ins sit in a module of their own, so that every helper is an imported name, as
// portalSlug is: a reference to an import costs the compiler more than one to a local function.
writeFileSync(
  join(dir, "stand-ins.d.ts"),
  [
    `import type { PortalSlug } from ${packageEntry};`,
    "export declare function unchecked(slug: string): PortalSlug;",
    "export declare function generic<const S extends string>(slug: S): PortalSlug;",
    "",
  ].join("\n"),
);
const files = {
  plain: [`import type {} from ${packageEntry};`, ...lines((slug) => slug)],
  unchecked: [`import { unchecked } from "./stand-ins.js";`, ...lines((slug) => `unchecked(${slug})`)],
  generic: [`import { generic } from "./stand-ins.js";`, ...lines((slug) => `generic(${slug})`)],
  portalSlug: [`import { portalSlug } from ${packageEntry};`, ...lines((slug) => `portalSlug(${slug})`)],
};
writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
for (const [name, source] of Object.entries(files)) {
  writeFileSync(join(dir, `${name}.ts`), `${source.join("\n")}\n`);
  // The repository's own strict options, and skipLibCheck as most projects set it: the
  // package's declarations are read, not checked, exactly as in a user's build.
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

function check(tsc, name) {
  let output;
  try {
    output = execFileSync(process.execPath, [tsc, "-p", join(dir, `tsconfig.${name}.json`), "--noEmit", "--extendedDiagnostics"], {
      encoding: "utf8",
    });
  } catch (error) {
    // A type error here means the file or the helper is wrong, and every number would be too.
    throw new Error(`${name}.ts does not type-check:\n${error.stdout ?? error.message}`, { cause: error });
  }
  const read = (label) => Number((new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(output) ?? [])[1]);
  return { checkTime: read("Check time") * 1000, instantiations: read("Instantiations") };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(0)} ms`;
const ratio = (part, whole) => `×${(part / whole).toFixed(2)}`;
const added = (part, whole) => `+${(((part - whole) / whole) * 100).toFixed(0)}%`;

let met = true;
try {
  for (const { name: compiler, tsc } of compilers) {
    const samples = Object.fromEntries(Object.keys(files).map((name) => [name, []]));
    // Interleaved, so that a slow spell of the machine falls on every file alike.
    for (let run = 0; run < runs; run++) for (const name of Object.keys(samples)) samples[name].push(check(tsc, name));
    const row = Object.fromEntries(
      Object.entries(samples).map(([name, list]) => [
        name,
        { checkTime: median(list.map((sample) => sample.checkTime)), instantiations: median(list.map((sample) => sample.instantiations)) },
      ]),
    );
    const version = execFileSync(process.execPath, [tsc, "--version"], { encoding: "utf8" }).trim();
    console.log(`\n${compiler} (${version}): ${CALLS} distinct valid slugs of 10-40 characters, median of ${runs} runs\n`);
    console.log("| file | check time | vs plain | vs unchecked call | instantiations |");
    console.log("|---|---:|---:|---:|---:|");
    for (const [name, { checkTime, instantiations }] of Object.entries(row)) {
      const versus = (base) => (name === base ? "–" : ratio(checkTime, row[base].checkTime));
      console.log(
        `| ${name} | ${ms(checkTime)} | ${versus("plain")} | ${name === "plain" ? "–" : versus("unchecked")} | ${Number.isNaN(instantiations) ? "n/a" : instantiations} |`,
      );
    }
    const { plain, unchecked, generic, portalSlug } = row;
    const perCall = (from, to) => `${(((to.checkTime - from.checkTime) / CALLS) * 1000).toFixed(0)} µs a call`;
    console.log(
      `\nportalSlug adds ${ms(portalSlug.checkTime - plain.checkTime)} to the plain file (${added(portalSlug.checkTime, plain.checkTime)}; ${perCall(plain, portalSlug)}).`,
    );
    console.log(
      `Of that, calling an imported helper that checks nothing costs ${added(unchecked.checkTime, plain.checkTime)}, inferring a generic ` +
        `${ms(generic.checkTime - unchecked.checkTime)} more, and the slug check ${ms(portalSlug.checkTime - generic.checkTime)} ` +
        `(${perCall(generic, portalSlug)}).`,
    );
    const share = (portalSlug.checkTime - plain.checkTime) / plain.checkTime;
    if (share >= TARGET) met = false;
    console.log(`Target, under ${TARGET * 100}% added check time over the plain file: ${share < TARGET ? "met" : "not met"}.`);
    const floor = (unchecked.checkTime - plain.checkTime) / plain.checkTime;
    if (floor >= TARGET) console.log(`(Out of reach for any helper: a call that checks nothing already adds ${added(unchecked.checkTime, plain.checkTime)}.)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\n${met ? "PASS" : "FAIL"}: added check time target`);
