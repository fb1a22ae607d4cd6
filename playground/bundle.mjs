// How every script here bundles code for the page: esbuild for browsers, with the few Node.js
// modules that ESLint, typescript-eslint and the plugin import mapped to stand-ins (see
// src/shims/). Building the page and measuring its parts go through this one function, so a
// measured part is bundled exactly as the page bundles it.
import { builtinModules, createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const shim = (name) => fileURLToPath(new URL(`src/shims/${name}`, import.meta.url));

/**
 * Node.js modules and what stands in for each. `path` is a real implementation (ESLint matches
 * config globs with it, the plugin names files with it); `fs` has no files, so the plugin's
 * import following finds nothing; the rest are only reached on Node.js or for a project on disk
 * (TypeScript's own `sys`, typescript-estree's project service, tinyglobby), never in the page.
 */
export const NODE_STAND_INS = {
  path: createRequire(import.meta.url).resolve("path-browserify"),
  fs: shim("no-file-system.ts"),
  ...Object.fromEntries(["util", "url", "os", "crypto", "perf_hooks", "inspector"].map((name) => [name, shim("unreachable.ts")])),
};

/**
 * The plugin's modules that reach for files, and what stands in for each. `module-loader.js`
 * is where every rule starts following an import into another module (module-graph.js reads
 * the module from disk, module-resolution.js resolves it with node:fs and oxc-resolver,
 * module-parser.js may load typescript-estree): its stand-in follows nothing, so none of those
 * is in the page. `own-require.cjs`, which lends the plugin Node's `require` for what it loads
 * on demand, stands in as a `require` that loads nothing, for any module that still asks it.
 */
const PLUGIN_STAND_INS = { "module-loader.js": shim("module-loader.ts"), "own-require.cjs": shim("own-require.ts") };
/** The stand-ins the plugin must still be asking for: one it no longer imports means bundle.mjs is out of date. */
const REQUIRED_PLUGIN_STAND_INS = ["module-loader.js"];

const IN_PLUGIN = /[\\/]eslint-plugin-portal-slug[\\/]dist[\\/]/;

/** Maps the plugin's modules to their stand-ins, noting in `used` each one it mapped. */
const pluginStandIns = (used) => ({
  name: "plugin-stand-ins",
  setup(build) {
    const names = Object.keys(PLUGIN_STAND_INS).map((name) => name.replace(/\./g, "\\."));
    build.onResolve({ filter: new RegExp(`[\\\\/](?:${names.join("|")})$`) }, ({ path, importer }) => {
      if (!IN_PLUGIN.test(importer)) return undefined;
      const name = path.slice(path.search(/[^\\/]+$/));
      used.add(name);
      return { path: PLUGIN_STAND_INS[name] };
    });
  },
});

/**
 * A Node.js built-in with no stand-in fails the build, even where esbuild would let it through
 * (a `require` in a `try`, which would throw in the page): none may reach the page unnoticed.
 */
const noOtherBuiltins = {
  name: "no-other-builtins",
  setup(build) {
    const names = new Set(builtinModules.filter((name) => !(name in NODE_STAND_INS)).flatMap((name) => [name, `node:${name}`]));
    build.onResolve({ filter: /^[a-z_:/]+$/ }, ({ path, importer }) =>
      names.has(path) ? { errors: [{ text: `${path} (imported by ${importer}) is a Node.js module with no stand-in in the playground` }] } : undefined,
    );
  },
};

/**
 * Packages the plugin imports that ESLint's `Linter` already brings, each mapped to the file
 * ESLint loads: ESLint `require`s eslint-utils' CommonJS build, the plugin imports its ES module
 * build, and without this the page would hold both.
 */
const eslintRequire = createRequire(createRequire(import.meta.url).resolve("eslint/package.json"));
const SHARED_WITH_ESLINT = { "@eslint-community/eslint-utils": eslintRequire.resolve("@eslint-community/eslint-utils") };

/**
 * The plugin's ES module build itself: its package entry hands ES module importers the CommonJS
 * build's plugin (one object for import and require), which a bundler cannot cut down as it cuts
 * ES modules. The page never meets the CommonJS build, so it takes the ES one directly.
 */
const PLUGIN_ITSELF = {
  "eslint-plugin-portal-slug": fileURLToPath(
    new URL("dist/esm/plugin.js", pathToFileURL(createRequire(import.meta.url).resolve("eslint-plugin-portal-slug/package.json"))),
  ),
};

const alias = {
  ...PLUGIN_ITSELF,
  ...Object.fromEntries(
    Object.entries(NODE_STAND_INS).flatMap(([name, target]) => [
      [name, target],
      [`node:${name}`, target],
    ]),
  ),
  ...SHARED_WITH_ESLINT,
};

/**
 * Bundles `entry` (a file, or `{ contents, resolveDir }` for code written in place) into one
 * minified script for the page, and answers its text and esbuild's metafile.
 */
export async function bundle(entry) {
  const used = new Set();
  const result = await esbuild.build({
    ...(typeof entry === "string" ? { entryPoints: [entry] } : { stdin: { contents: entry.contents, resolveDir: entry.resolveDir, loader: "ts" } }),
    absWorkingDir: fileURLToPath(new URL(".", import.meta.url)),
    bundle: true,
    write: false,
    outfile: "page.js",
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    metafile: true,
    logLevel: "silent",
    alias,
    inject: [shim("process.ts")],
    define: { global: "globalThis" },
    plugins: [pluginStandIns(used), noOtherBuiltins],
  });
  const bundlesPlugin = Object.keys(result.metafile.inputs).some((input) => IN_PLUGIN.test(input));
  const stale = bundlesPlugin ? REQUIRED_PLUGIN_STAND_INS.filter((name) => !used.has(name)) : [];
  if (stale.length) throw new Error(`eslint-plugin-portal-slug no longer imports ${stale.join(", ")}: bring PLUGIN_STAND_INS in bundle.mjs up to date`);
  const [output] = result.outputFiles;
  return { code: output.text, metafile: result.metafile };
}
