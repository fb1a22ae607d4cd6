// The plugin's configs with ESLint 10's own `defineConfig` (`eslint/config`), as a TypeScript
// project writes them: extended as an object, and by name once the plugin is registered. Each is
// type-checked by the compiler, as the user's editor would, and linted with, as ESLint would.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint, type Linter } from "eslint";
import { describe, expect, it } from "vitest";
import byName from "./fixtures/define-config/eslint.by-name.config.js";
import byObject from "./fixtures/define-config/eslint.config.js";

const fixture = fileURLToPath(new URL("./fixtures/define-config/", import.meta.url));
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

describe("the plugin's configs in defineConfig's extends", () => {
  // A user's tsconfig may or may not ask for exact optional properties: both must take the configs.
  it.each([
    { strictness: "strict", flags: [] },
    { strictness: "strict, with exact optional properties", flags: ["--exactOptionalPropertyTypes"] },
  ])("type-check under a $strictness tsconfig, and the eslintrc config does not", ({ flags }) => {
    const run = spawnSync(process.execPath, [tsc, "-p", fixture, ...flags], { encoding: "utf8" });
    // not-a-flat-config.ts's @ts-expect-error makes a clean compile mean the legacy config was refused.
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it.each([
    ["as an object", byObject],
    ["by name", byName],
  ])("lint with every recommended rule, extended %s", async (_how, config) => {
    const eslint = new ESLint({ cwd: fixture, overrideConfigFile: true, overrideConfig: config as Linter.Config[] });
    const [result] = await eslint.lintFiles(["src/portal.js"]);
    const reports = (result?.messages ?? []).map((message) => [message.ruleId, message.messageId, message.line, message.column, message.endColumn]);
    // "Billing_P": from the first offending character to the end of the last; then the scope.
    expect(reports).toEqual([
      ["portal-slug/valid-slug", "uppercase", 3, 64, 73],
      ["portal-slug/valid-session-body", "unknown_scope", 3, 111, 122],
    ]);
  });

  it.each([
    ["as an object", byObject],
    ["by name", byName],
  ])("name the object the plugin's config makes, for the config inspector, extended %s", (_how, config) => {
    // defineConfig names an extended object "<the user's object> > <the extended one>".
    expect((config as Linter.Config[]).map((object) => object.name)).toEqual(["app/portals > portal-slug/recommended", "app/portals"]);
  });
});

it("resolves the fixture's plugin to the workspace's build", () => {
  // The fixture imports the package by name: the test's own node_modules, linked to the workspace.
  expect(createRequire(join(fixture, "eslint.config.ts")).resolve("eslint-plugin-portal-slug")).toMatch(/packages[\\/]eslint-plugin-portal-slug[\\/]dist/);
});
