// Resolution as TypeScript does it, on real files.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LINT_RUN_MS, setClock } from "../cache.js";
import { ResolverFactory } from "oxc-resolver";
import { isProjectSource, resolveOnDisk, resolveRelative } from "./module-resolution.js";

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "portal-slug-resolve-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("resolveOnDisk", () => {
  const dir = project({
    "tsconfig.json": JSON.stringify({ compilerOptions: { paths: { "@config/*": ["./src/config/*"] } } }),
    "src/config/portals.ts": "",
    "src/config/index.ts": "",
    "src/legacy.js": "",
    "src/styles.css": "",
    "src/service.ts": "",
    "node_modules/some-package/index.js": "",
    "node_modules/some-package/package.json": JSON.stringify({ name: "some-package", main: "index.js" }),
  });
  const from = join(dir, "src", "service.ts");

  it.each([
    ["./config/portals", "src/config/portals.ts"],
    ["./config/portals.js", "src/config/portals.ts"],
    ["./config", "src/config/index.ts"],
    ["./legacy.js", "src/legacy.js"],
    ["@config/portals", "src/config/portals.ts"],
  ])("resolves %s to %s", (specifier, file) => {
    expect(resolveOnDisk(specifier, from)).toBe(join(dir, file));
  });

  it.each([["./missing"], ["./styles.css"], ["some-package"], ["node:fs"]])("leaves %s alone: no project source", (specifier) => {
    expect(resolveOnDisk(specifier, from)).toBeUndefined();
  });

  describe("within a lint run and after it", () => {
    afterEach(() => setClock(undefined));

    it.each([
      ["a relative import", "./late", "src/late.ts"],
      ["an import through tsconfig's paths", "@config/late", "src/config/late.ts"],
    ])("keeps the answer for %s for a lint run's time, and looks again after it", (_, specifier, file) => {
      // Later than anything the real clock stamped in the tests before.
      let now = Date.now() + 10 * LINT_RUN_MS;
      setClock(() => now);
      expect(resolveOnDisk(specifier, from)).toBeUndefined();
      writeFileSync(join(dir, file), "");
      now += LINT_RUN_MS - 1;
      expect(resolveOnDisk(specifier, from)).toBeUndefined();
      now += 1;
      expect(resolveOnDisk(specifier, from)).toBe(join(dir, file));
    });
  });

  it("tells the project's source files from the rest", () => {
    expect(isProjectSource("/p/src/a.mts")).toBe(true);
    expect(isProjectSource("/p/node_modules/x/a.js")).toBe(false);
    expect(isProjectSource("/p/src/logo.png")).toBe(false);
  });
});

describe("resolveOnDisk, under a tsconfig whose paths and include come from the one it extends", () => {
  // SvelteKit's layout: `$lib` and the included files are declared in .svelte-kit/tsconfig.json,
  // relative to that folder, which oxc-resolver's own discovery reads from the wrong one.
  const dir = project({
    "tsconfig.json": JSON.stringify({ extends: "./.svelte-kit/tsconfig.json" }),
    ".svelte-kit/tsconfig.json": JSON.stringify({
      compilerOptions: { paths: { $lib: ["../src/lib"], "$lib/*": ["../src/lib/*"] } },
      include: ["../src/**/*.ts"],
    }),
    "src/lib/portals.ts": "",
    "src/lib/index.ts": "",
    "src/routes/+page.server.ts": "",
  });
  const from = join(dir, "src", "routes", "+page.server.ts");

  it.each([
    ["$lib/portals", "src/lib/portals.ts"],
    ["$lib/portals.js", "src/lib/portals.ts"],
    ["$lib", "src/lib/index.ts"],
  ])("resolves %s to %s", (specifier, file) => {
    expect(resolveOnDisk(specifier, from)).toBe(join(dir, file));
  });

  it("still names nothing for a package that is not installed", () => {
    expect(resolveOnDisk("not-installed-anywhere", from)).toBeUndefined();
  });
});

describe("resolveOnDisk, for a package of the workspace linked into node_modules", () => {
  /** A workspace whose package `@acme/portals` exports `exports`, linked into node_modules as npm, pnpm and yarn link one. */
  const workspace = (exports: object, files: Record<string, string>): string => workspaceOf({ exports }, files);

  /** The same, its package.json holding `fields` besides its name and type. */
  function workspaceOf(fields: object, files: Record<string, string>): string {
    const dir = project({
      "packages/app/src/index.ts": "",
      "packages/portals/package.json": JSON.stringify({ name: "@acme/portals", type: "module", ...fields }),
      ...Object.fromEntries(Object.entries(files).map(([name, text]) => [`packages/portals/${name}`, text])),
    });
    mkdirSync(join(dir, "node_modules", "@acme"), { recursive: true });
    symlinkSync(join(dir, "packages", "portals"), join(dir, "node_modules", "@acme", "portals"), "dir");
    return dir;
  }
  const resolveFromApp = (dir: string): string | undefined => resolveOnDisk("@acme/portals", join(dir, "packages", "app", "src", "index.ts"));

  it("names the source its types export names, whose build is not there", () => {
    const dir = workspace({ ".": { types: "./src/index.ts", default: "./dist/index.js" } }, { "src/index.ts": "" });
    expect(resolveFromApp(dir)).toBe(join(dir, "packages", "portals", "src", "index.ts"));
  });

  it("names the file Node loads when its types export is a declaration file", () => {
    const dir = workspace({ ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } }, { "dist/index.d.ts": "", "dist/index.js": "" });
    expect(resolveFromApp(dir)).toBe(join(dir, "packages", "portals", "dist", "index.js"));
  });

  it("names nothing when its types export is a declaration file and the file Node loads is missing", () => {
    const dir = workspace({ ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } }, { "dist/index.d.ts": "" });
    expect(resolveFromApp(dir)).toBeUndefined();
  });

  it.each(["types", "typings"])("names the source its top-level %s names, not the build its main names", (field) => {
    // A stale build beside it: what TypeScript reads is the source.
    const dir = workspaceOf({ [field]: "./src/index.ts", main: "./dist/index.js" }, { "src/index.ts": "", "dist/index.js": "" });
    expect(resolveFromApp(dir)).toBe(join(dir, "packages", "portals", "src", "index.ts"));
  });

  it("names the file its main names when its top-level types is a declaration file", () => {
    const dir = workspaceOf({ types: "./dist/index.d.ts", main: "./dist/index.js" }, { "dist/index.d.ts": "", "dist/index.js": "" });
    expect(resolveFromApp(dir)).toBe(join(dir, "packages", "portals", "dist", "index.js"));
  });

  it("names the file its exports name without conditions", () => {
    const dir = workspace({ ".": "./src/index.ts" }, { "src/index.ts": "" });
    expect(resolveFromApp(dir)).toBe(join(dir, "packages", "portals", "src", "index.ts"));
  });
});

describe("resolveRelative", () => {
  const dir = project({
    "src/both.ts": "",
    "src/both.js": "",
    "src/only.js": "",
    "src/view.tsx": "",
    "src/esm.mts": "",
    "src/data.json": "{}",
    "src/folder/index.tsx": "",
    "src/pkg/package.json": JSON.stringify({ main: "main.ts" }),
    "src/pkg/main.ts": "",
    "src/service.ts": "",
  });
  const from = join(dir, "src", "service.ts");
  const oxc = new ResolverFactory({
    extensions: [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", ".json"],
    extensionAlias: { ".js": [".ts", ".tsx", ".js", ".jsx"], ".jsx": [".tsx", ".jsx"], ".mjs": [".mts", ".mjs"], ".cjs": [".cts", ".cjs"] },
  });

  it.each([
    ["./both"],
    ["./both.js"],
    ["./only.js"],
    ["./only"],
    ["./view.jsx"],
    ["./esm.mjs"],
    ["./data.json"],
    ["./folder"],
    ["../src/both"],
    ["./missing"],
    ["./missing.js"],
  ])("names the file oxc-resolver names for %s", (specifier) => {
    expect(resolveRelative(specifier, from)).toBe(oxc.resolveFileSync(from, specifier).path);
  });

  it("leaves a folder with its own package.json to the full resolver", () => {
    expect(resolveRelative("./pkg", from)).toBeNull();
    expect(resolveOnDisk("./pkg", from)).toBe(join(dir, "src/pkg/main.ts"));
  });
});
