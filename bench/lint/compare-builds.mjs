// Whether a change made the rules slower: the plugin as built now against the plugin as built in
// another checkout (an older commit, say), linting the same files in one process, each file by
// both builds in an order that turns from file to file, several passes. ESLint's own timings
// (`verifyAndFix` with `stats`, as the CLI takes them) give both rules' time, so parsing and
// ESLint's own work stay out of the ratio. Two corpora: the generated portal modules (the cost
// a call) and, given an Unkey checkout, its files without a portal call (the cost of a file
// that calls nothing).
//
//   node bench/lint/compare-builds.mjs --before=DIR [--now=DIR] [--unkey=DIR] [--passes=N]
//
// DIR is a checkout with its packages built (`npm run build` there; `--now` is this one unless
// given, so two older builds can be set side by side); a worktree does:
// `git worktree add ../before <commit> && (cd ../before && npx pnpm install && npx pnpm run build)`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { writePortalModules } from "./portal-modules.mjs";
import { unkeySource } from "./unkey-corpus.mjs";
import { median } from "./median.mjs";
import { flag } from "./flags.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const require = createRequire(join(ROOT, "test", "package.json"));
const { Linter } = require("eslint");
const tsParser = require("@typescript-eslint/parser");

const beforeDir = flag("before");
if (!beforeDir) {
  console.error("--before=DIR is missing: the checkout whose built plugin the current one is measured against");
  process.exit(2);
}
const passes = Number(flag("passes") ?? 9);
const pluginIn = async (dir) => (await import(pathToFileURL(join(resolve(dir), "packages/eslint-plugin-portal-slug/dist/esm/index.js")).href)).default;
const nowDir = flag("now") ?? ROOT;
const builds = { before: await pluginIn(beforeDir), now: await pluginIn(nowDir) };

/** The generated portal modules, written where they can import one another, as bench:lint writes them. */
const portalModules = () => writePortalModules(join(tmpdir(), "portal-slug-compare-builds")).map(({ path, text }) => ({ path, text, typescript: false }));

/** Every fourth TypeScript file of the Unkey checkout that does not spell the call. */
function unkeyFilesWithoutCall(source) {
  const found = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder).sort()) {
      if (name === "node_modules" || name.startsWith(".")) continue;
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith(".d.ts")) found.push(path);
    }
  };
  walk(source);
  return found
    .filter((_, i) => i % 4 === 0)
    .map((path) => ({ path, text: readFileSync(path, "utf8"), typescript: true }))
    .filter((file) => !file.text.includes("reateSession"));
}

const config = (plugin, typescript) => [
  {
    files: ["**/*.js", "**/*.ts", "**/*.tsx"],
    languageOptions: typescript ? { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } : { sourceType: "module" },
  },
  {
    files: ["**/*.js", "**/*.ts", "**/*.tsx"],
    plugins: { "portal-slug": plugin },
    rules: { "portal-slug/valid-slug": "error", "portal-slug/valid-session-body": "error" },
  },
];

const linter = new Linter({ cwd: "/" });

/** Both rules' time on one file, in milliseconds, by ESLint's timings; a file the rules cannot lint throws. */
function rulesTime(plugin, file) {
  const { messages } = linter.verifyAndFix(file.text, config(plugin, file.typescript), { filename: file.path, stats: true, fix: false });
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`${file.path} does not parse: ${fatal.message}`);
  let total = 0;
  for (const [rule, time] of Object.entries(linter.getTimes().passes?.[0]?.rules ?? {})) if (rule.startsWith("portal-slug/")) total += time.total;
  return total;
}

/**
 * Each build's time over `files` a pass: the first pass (cold, as a CLI run), its two halves, and
 * the median of the others. The halves tell a cost the engine pays once a process (compiling and
 * warming the rules' code, in the first files) from one every file pays.
 */
function measure(files) {
  const totals = { before: [], now: [] };
  const firstHalf = { before: 0, now: 0 };
  for (let pass = 0; pass < passes; pass++) {
    const sum = { before: 0, now: 0 };
    files.forEach((file, i) => {
      for (const name of (i + pass) % 2 ? ["before", "now"] : ["now", "before"]) {
        const time = rulesTime(builds[name], file);
        sum[name] += time;
        if (pass === 0 && i < files.length / 2) firstHalf[name] += time;
      }
    });
    totals.before.push(sum.before);
    totals.now.push(sum.now);
  }
  const halves = (name) => [firstHalf[name], totals[name][0] - firstHalf[name]];
  return {
    first: [totals.before[0], totals.now[0]],
    halves: { before: halves("before"), now: halves("now") },
    later: [median(totals.before.slice(1)), median(totals.now.slice(1))],
  };
}

const corpora = [["generated portal modules", portalModules()]];
const unkey = unkeySource();
if (unkey) corpora.push(["Unkey's files without a call", unkeyFilesWithoutCall(unkey)]);

console.log(
  `Both rules, ${nowDir} against ${beforeDir}, ${passes} passes in one process (load average ${(await import("node:os")).loadavg()[0].toFixed(1)})\n`,
);
console.log(
  "| corpus | files | first pass, before | now | now ÷ before | its first half, now ÷ before | its second half | later passes (median), before | now | now ÷ before |",
);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const [name, files] of corpora) {
  const { first, halves, later } = measure(files);
  const ms = (value) => `${value.toFixed(1)} ms`;
  const ratio = (now, before) => `×${(now / before).toFixed(2)}`;
  console.log(
    `| ${name} | ${files.length} | ${ms(first[0])} | ${ms(first[1])} | ${ratio(first[1], first[0])} | ${ratio(halves.now[0], halves.before[0])} | ${ratio(halves.now[1], halves.before[1])} | ${ms(later[0])} | ${ms(later[1])} | ${ratio(later[1], later[0])} |`,
  );
}
