// Every package as a user receives it: packed, checked by the tools the ecosystem trusts for
// `exports` maps and declarations, then installed and loaded both ways.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { beforeAll, describe, expect, it } from "vitest";
import { pack, packages } from "./support/workspace.js";

/** The packages that are ready to publish; each new one joins this list when it has a build. */
const PUBLISHED = ["portal-slug", "eslint-plugin-portal-slug"];

const require = createRequire(import.meta.url);
const attw = join(require.resolve("@arethetypeswrong/cli/package.json"), "..", "dist", "index.js");

describe.each(PUBLISHED)("the packed %s", (name) => {
  let tarball: string;
  beforeAll(() => {
    tarball = pack(name);
  });

  it("resolves for node10, node16 (ESM and CommonJS) and bundler consumers, with matching declarations", () => {
    const run = spawnSync(process.execPath, [attw, tarball, "--format", "json"], { encoding: "utf8" });
    const { analysis } = JSON.parse(run.stdout) as { analysis: { problems: unknown[]; entrypoints: Record<string, unknown> } };
    expect(analysis.problems).toEqual([]);
    expect(Object.keys(analysis.entrypoints).length).toBeGreaterThan(0);
    expect(run.status).toBe(0);
  });

  it("has no publint errors, warnings or suggestions", async () => {
    const buffer = readFileSync(tarball);
    const tarballBytes = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
    const { messages, pkg } = await publint({ pack: { tarball: tarballBytes }, strict: true });
    expect(messages.map((message) => formatMessage(message, pkg))).toEqual([]);
  });
});

describe("portal-slug installed from its tarball", () => {
  let project: string;
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), "portal-slug-consumer-"));
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", pack("portal-slug")], { cwd: project, stdio: "pipe" });
  });

  it("gives the same answers to require and import", () => {
    const script = (kind: "require" | "import") =>
      kind === "require"
        ? `const m = require("portal-slug"); console.log(JSON.stringify(m.validatePortalSlug("My_Portal")))`
        : `import("portal-slug").then((m) => console.log(JSON.stringify(m.validatePortalSlug("My_Portal"))))`;
    const cjs = execFileSync(process.execPath, ["-e", script("require")], { cwd: project, encoding: "utf8" });
    const esm = execFileSync(process.execPath, ["-e", script("import")], { cwd: project, encoding: "utf8" });
    expect(JSON.parse(cjs)).toMatchObject({ valid: false, suggestion: "my-portal" });
    expect(cjs).toBe(esm);
  });

  it("installs the portal-slug command", () => {
    const run = spawnSync(join(project, "node_modules", ".bin", "portal-slug"), ["check", "my-portal"], { encoding: "utf8" });
    expect(run).toMatchObject({ status: 0, stdout: "valid    my-portal\n" });
  });
});

describe("the core's bundle size", () => {
  it("stays within the size-limit budgets", () => {
    const dir = packages["portal-slug"] as string;
    const bin = join(dir, "node_modules", ".bin", "size-limit");
    const run = spawnSync(bin, ["--json"], { cwd: dir, encoding: "utf8" });
    const checks = JSON.parse(run.stdout) as { name: string; passed: boolean; size: number; sizeLimit: number }[];
    expect(checks.length).toBeGreaterThan(0);
    for (const check of checks) expect(check, `${check.name}: ${check.size} B of ${check.sizeLimit} B`).toMatchObject({ passed: true });
  });
});
