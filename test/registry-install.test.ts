// The install a user will do once the packages are published: both are published to a real
// registry on loopback (Verdaccio), and a fresh project installs `eslint-plugin-portal-slug` by
// name alone. The core must come in as the plugin's dependency, from that registry, and ESLint
// as its peer; the project then lints a file and sees the plugin's report.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalRegistry, type LocalRegistry } from "./support/local-registry.js";
import { cleanEnv, mustRun, runCommand } from "./support/process.js";
import { packAll } from "./support/workspace.js";

/** The registry this machine's npm uses, for every package that is not ours. */
const upstream = execFileSync("npm", ["config", "get", "registry"], { encoding: "utf8", env: cleanEnv() }).trim();

let registry: LocalRegistry | undefined;
let folder: string | undefined;
let project: string;
let tarballs: Record<string, string>;

/** A tarball's integrity as a lockfile records it. */
const integrity = (file: string) => `sha512-${createHash("sha512").update(readFileSync(file)).digest("base64")}`;

beforeAll(async () => {
  tarballs = packAll().tarballs;
  folder = mkdtempSync(join(tmpdir(), "portal-slug-registry-"));
  registry = await startLocalRegistry(join(folder, "registry"), Object.keys(tarballs), upstream);
  const { userconfig } = registry;
  // The core first: the plugin's `portal-slug: ^0.1.0` must be on the registry when it is asked for.
  for (const name of ["portal-slug", "eslint-plugin-portal-slug"]) {
    await mustRun(`publishing ${name} to Verdaccio`, "npm", ["publish", "--userconfig", userconfig, tarballs[name] as string], { cwd: folder });
  }
  project = join(folder, "my-app");
  mkdirSync(join(project, "src"), { recursive: true });
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "my-app", private: true, type: "module" }, null, 2));
  await mustRun(
    "installing eslint-plugin-portal-slug from Verdaccio",
    "npm",
    ["install", "--userconfig", userconfig, "--no-audit", "--no-fund", "eslint-plugin-portal-slug"],
    {
      cwd: project,
    },
  );
}, 300_000);

afterAll(() => {
  registry?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe("eslint-plugin-portal-slug installed by name from a registry", () => {
  it("is the one dependency written, and brings the core from the same registry, and ESLint as its peer", () => {
    const manifest = JSON.parse(readFileSync(join(project, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(manifest.dependencies).toEqual({ "eslint-plugin-portal-slug": "^0.1.0" });
    const lock = JSON.parse(readFileSync(join(project, "package-lock.json"), "utf8")) as {
      packages: Record<string, { version: string; integrity?: string; peer?: boolean }>;
    };
    // The very files packed and published: nothing else answers to these names with these bytes.
    for (const name of ["portal-slug", "eslint-plugin-portal-slug"]) {
      expect(lock.packages[`node_modules/${name}`]).toMatchObject({ version: "0.1.0", integrity: integrity(tarballs[name] as string) });
    }
    expect(lock.packages["node_modules/eslint"]).toMatchObject({ version: expect.stringMatching(/^10\./), peer: true });
  });

  it("lints a file with the recommended config and reports the bad slug", async () => {
    writeFileSync(
      join(project, "eslint.config.js"),
      'import portalSlug from "eslint-plugin-portal-slug";\n\nexport default [portalSlug.configs.recommended];\n',
    );
    const source =
      'export const open = (unkey, user) => unkey.portal.createSession({ portal: "Billing_Portal", externalId: user.id, scopes: ["keys:read"] });\n';
    writeFileSync(join(project, "src", "session.js"), source);
    // The report covers what is wrong inside the quotes, "B" to the last uppercase "P" (columns from 1).
    const column = source.indexOf('"Billing_Portal"') + 2;
    const endColumn = column + "Billing_P".length;
    const eslint = join(project, "node_modules", "eslint", "bin", "eslint.js");
    const run = await runCommand(process.execPath, [eslint, "-f", "json", "src"], { cwd: project });
    expect(run.stderr).toBe("");
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; line: number; column: number; endColumn: number }[] }[];
    expect(result?.messages).toEqual([expect.objectContaining({ ruleId: "portal-slug/valid-slug", line: 1, column, endColumn })]);
    expect(run.status).toBe(1);
  });
});
