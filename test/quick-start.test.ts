// The README's main job, on the workspace the test run has already installed and built: what a
// new user sees after `npm run demo` must keep working.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { root } from "./support/workspace.js";

it("shows the CLI's verdicts and the plugin's reports on the example project", () => {
  const run = spawnSync(process.execPath, [join(root, "scripts", "run.mjs"), "show"], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("valid    my-portal\n");
  expect(run.stdout).toContain('invalid  "My-Portal"\n');
  expect(run.stdout).toContain("\nbilling-portal-eu\n");
  expect(run.stdout).toMatch(/src\/billing\.ts\n\s+8:12\s+error\s+Invalid portal slug "Billing_Portal"/);
  expect(run.stdout).toContain("4 problems (4 errors, 0 warnings)");
  // The TypeScript example: values imported from its config module, reported at their use.
  expect(run.stdout).toMatch(/src\/services\/billing\.ts\n\s+7:52\s+error\s+Invalid portal slug "billing--us" \(written at src\/config\/portals\.ts:8:7\)/);
  expect(run.stdout.match(/written at src\/config\//g)).toHaveLength(4);
});

it("is what the README's quick start and CI run", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  expect(readme).toMatch(/^npm run demo\s/m);
  expect(readme).toMatch(/^npm test\s/m);
  expect(scripts["demo"]).toBe("node scripts/run.mjs demo");
  expect(scripts["test"]).toBe("node scripts/run.mjs test");
  expect(readFileSync(join(root, ".ci", "run"), "utf8")).toMatch(/^npm test$/m);
});
