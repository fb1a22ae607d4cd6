// The commands of the README, for a machine with only Node.js and npm: `npm run demo`, `npm test`
// and `npm run pack`. Each installs the workspace with the pinned pnpm (fetched through npx, since
// corepack may not be usable), builds the packages, then does its job.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { TARBALLS, packAll } from "./pack.mjs";

const root = new URL("..", import.meta.url);
const { packageManager } = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));

/** Runs a command in the repository root, stopping the whole script when it fails. */
function run(command, args, { allowFailure = false, cwd = root } = {}) {
  const result = spawnSync(command, args, { cwd, stdio: "inherit", shell: process.platform === "win32" });
  if (result.error) throw result.error;
  if (result.status !== 0 && !allowFailure) process.exit(result.status ?? 1);
  return result.status ?? 1;
}

const pnpm = (...args) => run("npx", ["--yes", packageManager, ...args]);
const pnpmMayFail = (...args) => run("npx", ["--yes", packageManager, ...args], { allowFailure: true });

/** The CLI as a user's `npx portal-slug` runs it: the package's own bin. */
const portalSlug = (...args) => run(process.execPath, ["packages/portal-slug/bin/portal-slug.js", ...args], { allowFailure: true });

function setUp() {
  pnpm("install", "--frozen-lockfile", "--prefer-offline");
  pnpm("run", "build");
}

function demo() {
  setUp();
  show();
}

/** The main job on an installed, built workspace: the CLI on sample slugs, then the plugin on an example. */
function show() {
  console.log("\n$ portal-slug check my-portal 1st-portal My-Portal my_portal -portal 'billing  portal' portаl\n");
  // The CLI exits 1 because some samples are invalid, which is the point of the demo.
  portalSlug("check", "my-portal", "1st-portal", "My-Portal", "my_portal", "-portal", "billing  portal", "portаl");
  console.log("\n$ portal-slug suggest 'Billing Portal (EU)'\n");
  portalSlug("suggest", "Billing Portal (EU)");
  console.log("\n$ eslint examples/portal-app   # the valid-slug rule on a small backend with a few typos\n");
  lintExample("portal-app");
  console.log("Each report sits on the offending characters; an editor with the ESLint extension offers the suggested slug.");
  console.log("\n$ eslint examples/portal-service   # a TypeScript backend whose services import their portals from a config module\n");
  lintExample("portal-service");
  console.log("A value written in another module is reported where it is used, with the file and line where it is written.");
}

/** Lints one example project with its own ESLint and config; ESLint exits 1 on the reports it is meant to show. */
function lintExample(name) {
  run(process.execPath, ["node_modules/eslint/bin/eslint.js", "."], { allowFailure: true, cwd: new URL(`examples/${name}/`, root) });
}

/** Both packages packed as they will be published, for a project to install before they are on the registry. */
function pack() {
  setUp();
  const tarballs = Object.values(packAll(TARBALLS));
  console.log(`\nWrote ${tarballs.length} tarballs; install them together in your project:\n`);
  console.log(`npm install --save-dev ${tarballs.join(" ")}`);
}

function test() {
  setUp();
  const report = new URL(".vitest-results.json", root);
  rmSync(report, { force: true });
  const status = pnpmMayFail("exec", "vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=.vitest-results.json");
  if (!existsSync(report)) {
    console.error("vitest wrote no results: it did not run");
    process.exit(status || 1);
  }
  const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(readFileSync(report, "utf8"));
  const skipped = numPendingTests + numTodoTests;
  console.log(`${numPassedTests} passed, ${numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`);
  process.exit(status === 0 && numFailedTests === 0 && numPassedTests > 0 ? 0 : 1);
}

/**
 * Mutation testing of the core (docs/mutation.md), incremental: a re-run tests again only the
 * mutants whose code or tests changed. Stryker's own arguments follow `--` (`--mutate <file>` for
 * one file, `--force` to test every mutant again).
 */
function mutation() {
  setUp();
  pnpm("exec", "stryker", "run", "--incremental", ...process.argv.slice(3));
}

const jobs = { demo, show, pack, test, mutation };
const job = jobs[process.argv[2]];
if (!job) {
  console.error(`usage: node scripts/run.mjs ${Object.keys(jobs).join("|")}`);
  process.exit(2);
}
job();
