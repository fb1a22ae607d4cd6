// Every package as a user receives it: packed, read as `npm publish` would send it, checked by
// the tools the ecosystem trusts for `exports` maps and declarations, then installed and loaded
// both ways.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, normalize } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { beforeAll, describe, expect, it } from "vitest";
import { GRIT_PLUGIN } from "./support/biome.js";
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

/** What `npm publish` would send: the file list of its dry run, and the tarball unpacked to read them. */
function publishDryRun(tarball: string): { files: string[]; manifest: Record<string, unknown>; dir: string } {
  // A dry run sends nothing; a registry that cannot answer keeps it off the network.
  const args = ["publish", "--dry-run", "--json", "--fetch-retries=0", "--registry", "http://127.0.0.1:9/", tarball];
  const report = JSON.parse(execFileSync("npm", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })) as Record<
    string,
    { files: { path: string }[] }
  >;
  const [entry] = Object.values(report);
  if (!entry) throw new Error(`npm publish --dry-run reported nothing for ${tarball}`);
  const dir = mkdtempSync(join(tmpdir(), "portal-slug-published-"));
  execFileSync("tar", ["-xzf", tarball, "-C", dir]);
  const manifest = JSON.parse(readFileSync(join(dir, "package", "package.json"), "utf8")) as Record<string, unknown>;
  return { files: entry.files.map((file) => file.path).sort(), manifest, dir: join(dir, "package") };
}

/** Every file a package.json field points at: `exports` targets, `main`, `types`, `bin`. */
function manifestTargets(manifest: Record<string, unknown>): string[] {
  const targets: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") targets.push(value);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(manifest["exports"]);
  walk(manifest["bin"]);
  for (const field of ["main", "types"]) walk(manifest[field]);
  return [...new Set(targets.map((target) => normalize(target)))];
}

describe.each(PUBLISHED)("what npm publish would send of %s", (name) => {
  let published: ReturnType<typeof publishDryRun>;
  beforeAll(() => {
    published = publishDryRun(pack(name));
  });

  it("holds no tests, fixtures or sources, and both builds with their declarations", () => {
    const { files } = published;
    expect(files.filter((file) => /\.test(-d)?\.|(^|\/)(fixtures|src|test)\//.test(file))).toEqual([]);
    for (const flavour of ["esm", "cjs"]) {
      expect(files).toContain(`dist/${flavour}/index.js`);
      expect(files).toContain(`dist/${flavour}/index.d.ts`);
    }
    expect(files).toContain("dist/cjs/package.json");
    expect(files).toContain("README.md");
  });

  it("holds every file its package.json points at, the bin included", () => {
    const targets = manifestTargets(published.manifest);
    expect(targets.length).toBeGreaterThan(3);
    expect(targets.filter((target) => !published.files.includes(target))).toEqual([]);
    if (name === "portal-slug") expect(published.manifest["bin"]).toEqual({ "portal-slug": "./bin/portal-slug.js" });
  });

  it("holds every page its README links to", () => {
    const readme = readFileSync(join(published.dir, "README.md"), "utf8");
    const links = [...readme.matchAll(/\]\((?!https?:|#)([^)#\s]+)/g)].map((match) => normalize(match[1] as string));
    expect(links.filter((link) => !published.files.includes(link))).toEqual([]);
  });

  it("maps no source map to a file it does not hold", () => {
    const { files, dir } = published;
    const broken: string[] = [];
    for (const file of files.filter((path) => /\.(c|m)?js$|\.d\.ts$/.test(path))) {
      const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(join(dir, file), "utf8"))?.[1];
      if (!url || url.startsWith("data:")) continue;
      const map = normalize(join(dirname(file), url));
      if (!files.includes(map)) {
        broken.push(`${file} -> ${map}`);
        continue;
      }
      const { sources, sourceRoot = "" } = JSON.parse(readFileSync(join(dir, map), "utf8")) as { sources: string[]; sourceRoot?: string };
      for (const source of sources) {
        const path = normalize(join(dirname(map), sourceRoot, source));
        if (!existsSync(join(dir, path))) broken.push(`${map} -> ${path}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("what npm publish would send of eslint-plugin-portal-slug for Biome", () => {
  it("holds biome/portal-slug.grit, the very file the build wrote, where biome.json names it", () => {
    const { files, dir } = publishDryRun(pack("eslint-plugin-portal-slug"));
    expect(files).toContain("biome/portal-slug.grit");
    expect(readFileSync(join(dir, "biome", "portal-slug.grit"), "utf8")).toBe(readFileSync(GRIT_PLUGIN, "utf8"));
    // The generator is the build's, not the user's: only its output is sent.
    expect(files.filter((file) => file.includes("/biome/"))).toEqual([]);
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
