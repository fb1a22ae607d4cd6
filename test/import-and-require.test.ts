// The plugin imported and required in one lint run, as a CommonJS shared config spread into an
// ES module eslint.config.js does: ESLint must be handed one plugin object under one name, or it
// refuses the config ("Cannot redefine plugin"). Through the real `eslint` command, on the
// package as built.
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packages, root } from "./support/workspace.js";

const pluginDir = packages["eslint-plugin-portal-slug"]!;

describe("the plugin imported and required in one config", () => {
  it("is one object, whichever way it is loaded", () => {
    // In a Node process of its own: the test runner loads modules its own way.
    const script = `
      const required = require("eslint-plugin-portal-slug");
      import("eslint-plugin-portal-slug").then(({ default: imported, configs, rules, meta }) => {
        console.log(JSON.stringify([imported === required.default, configs === required.configs, rules === required.rules, meta === required.meta]));
      });`;
    const out = execFileSync(process.execPath, ["-e", script], { cwd: join(root, "test"), encoding: "utf8" });
    expect(JSON.parse(out)).toEqual([true, true, true, true]);
  });

  it("lints under a config that spreads a CommonJS shared config beside its own import", async () => {
    const project = mkdtempSync(join(tmpdir(), "portal-slug-dual-"));
    mkdirSync(join(project, "node_modules"));
    symlinkSync(pluginDir, join(project, "node_modules", "eslint-plugin-portal-slug"), "dir");
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "dual", private: true, type: "module" }));
    writeFileSync(
      join(project, "shared.cjs"),
      'const portalSlug = require("eslint-plugin-portal-slug");\nmodule.exports = [portalSlug.configs.recommended];\n',
    );
    writeFileSync(
      join(project, "eslint.config.js"),
      'import portalSlug from "eslint-plugin-portal-slug";\nimport shared from "./shared.cjs";\n\nexport default [...shared, portalSlug.configs.recommended];\n',
    );
    const code = 'export const open = (unkey, id) => unkey.portal.createSession({ portal: "Billing_Portal", externalId: id, scopes: ["keys:read"] });\n';
    writeFileSync(join(project, "open.js"), code);
    const eslint = join(root, "test", "node_modules", "eslint", "bin", "eslint.js");
    const { status, stdout, stderr } = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [eslint, "-f", "json", "open.js"], { cwd: project, encoding: "utf8" }, (error, out, err) =>
        resolve({ status: error ? (error.code as number) : 0, stdout: out, stderr: err }),
      );
    });
    expect(stderr).toBe("");
    const [result] = JSON.parse(stdout) as { messages: { ruleId: string; column: number }[] }[];
    // One report, at the value's first capital: one plugin, its rule run once.
    expect(result?.messages.map(({ ruleId, column }) => [ruleId, column])).toEqual([["portal-slug/valid-slug", code.indexOf('"Billing_Portal"') + 2]]);
    expect(status).toBe(1);
  });
});
