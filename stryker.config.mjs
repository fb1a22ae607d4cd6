// Mutation testing of the core (`npm run mutation`, docs/mutation.md): every run-time source file
// of packages/portal-slug/src is mutated, and each mutant must make one of the core's own unit
// tests fail. What is left out, and why, is listed on that page.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  // Named, since pnpm keeps it out of the folder where Stryker looks for its plugins by itself.
  plugins: ["@stryker-mutator/vitest-runner"],
  // The tests a mutant runs are those the first run saw reach its code (`perTest` below); vitest's
  // own guess at the tests related to a file is not wanted on top of that.
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  coverageAnalysis: "perTest",
  // A mutant in code that runs once, when a module loads (a table, a constant), would need every
  // test run again for it alone; they are left out, and the tables are held by tests of their own.
  ignoreStatic: true,
  mutate: [
    "packages/portal-slug/src/**/*.ts",
    "!packages/portal-slug/src/**/*.test.ts",
    "!packages/portal-slug/src/**/*.test-d.ts",
    "!packages/portal-slug/src/cli/test-support.ts",
    // Types only: nothing of them is left at run time.
    "!packages/portal-slug/src/compile-time/**",
    "!packages/portal-slug/src/issues.ts",
    "!packages/portal-slug/src/request/types.ts",
    "!packages/portal-slug/src/explain/explanation.ts",
    // Re-exports only.
    "!packages/portal-slug/src/index.ts",
    "!packages/portal-slug/src/request/index.ts",
  ],
  // The sandbox holds the core, its built bin (which the CLI's process tests start) and the configs.
  ignorePatterns: ["/*", "!/packages", "/packages/*", "!/packages/portal-slug", "!/package.json", "!/tsconfig.json", "!/vitest.mutation.config.ts"],
  // Two CPUs, shared: one mutant at a time on each.
  concurrency: 2,
  // On a machine shared with other jobs a test can take several times its usual time: a mutant is
  // called a timeout (an endless loop) only well past that, and the first run, of every test, has
  // half an hour.
  timeoutMS: 10_000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 30,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/report.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: ".stryker-tmp",
};
