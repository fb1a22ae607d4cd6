// How the repository lints itself: typescript-eslint's recommended rules on all source, and
// eslint-plugin-eslint-plugin's on the plugin's rules, as the models in this field do.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import eslintPlugin from "eslint-plugin-eslint-plugin";

export default defineConfig(
  { ignores: ["**/dist/**", "**/node_modules/**", "**/fixtures/**", "examples/**", "bench/lint/.corpus/**", "bench/lint/.corpus-unkey/**", "**/*.d.ts"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly", performance: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { module: "writable", require: "readonly" } },
  },
  {
    files: ["packages/eslint-plugin-portal-slug/src/**/*.ts"],
    ...eslintPlugin.configs.recommended,
  },
);
