// The tests Stryker runs against each mutant of the core (stryker.config.mjs): the core's own unit
// tests and nothing else. The cross-package and real-tool tests under test/ install, pack and start
// other programs, so they would cost minutes a mutant. The core's time-ratio tests of every export
// on 1 MB inputs and of the 100,000-portal list run for seconds a test, slower still through
// Stryker's counters, and read a loaded machine as well as a slow mutant, so they are left to
// `npm test`. Type tests (`*.test-d.ts`) have no run time to mutate.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/portal-slug/src/**/*.test.ts"],
    exclude: ["**/node_modules/**", "packages/portal-slug/src/exports-linearity.test.ts", "packages/portal-slug/src/portals/portal-list-scale.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    typecheck: { enabled: false },
  },
});
