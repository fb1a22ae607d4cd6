import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "test/**/*.test.ts"],
    // What the tests write under the temporary folder is removed when the run ends.
    globalSetup: ["./test/support/temp-dir.ts"],
    // Tests that pack tarballs or start ESLint and a language server take seconds, not millis.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    typecheck: {
      enabled: true,
      include: ["packages/*/src/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
  },
});
