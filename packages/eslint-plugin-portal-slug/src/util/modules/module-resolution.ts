/**
 * Which file an import of the project names. With type information, the program's own answer
 * (TypeScript resolved it already, with the project's tsconfig); otherwise, for a relative
 * specifier, the first of the few files it can name, and for any other, oxc-resolver's; both
 * resolve as TypeScript does: extensions in TypeScript's order, `./x.js` to `x.ts`, `index` files,
 * the nearest tsconfig's `paths`, a package's `types` export (where a workspace package names its
 * source) unless it is a declaration file; a tsconfig's `customConditions` are not read. Only the
 * project's own source files are followed: a package in node_modules is someone else's code (a
 * workspace package linked there is the project's, at its own path), and a file of another kind is
 * no module this rule can read.
 */
import { realpathSync, statSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import type { ParserServices, TSESTree } from "@typescript-eslint/utils";
import { createCache } from "../cache.js";
import { typeInformation } from "../type-information.js";
import { isRelativeSpecifier } from "../values/scope.js";
import ownRequire from "./own-require.cjs";

/** The file `specifier`, written in `importer`, names; `undefined` when it is none of the project's. */
export type Resolve = (specifier: string, importer: string) => string | undefined;

/** The files a module can be read from: JavaScript, TypeScript and JSON. */
const SOURCE_FILE = /\.(?:js|jsx|mjs|cjs|ts|tsx|mts|cts|json)$/;
const IN_NODE_MODULES = /[\\/]node_modules[\\/]/;

/** Whether `path` is one of the project's own source files. */
export const isProjectSource = (path: string): boolean => SOURCE_FILE.test(path) && !IN_NODE_MODULES.test(path);

interface Resolver {
  resolveFileSync(file: string, request: string): { path?: string };
  clearCache(): void;
}

/**
 * The two resolvers of a package's exports, loaded on the first import that needs resolving;
 * `null` when they cannot be loaded (a browser, say). `typed` takes the `types` condition as
 * TypeScript does, which is where a workspace package points its source (`"types":
 * "./src/index.ts"`, with `default` at a build that may not exist, or its top-level `types`
 * beside a `main` at the build); `runtime` takes what Node
 * loads, for a package whose `types` is a declaration file, which holds no value to follow.
 */
let resolvers: { readonly typed: Resolver; readonly runtime: Resolver } | null | undefined;

/** Resolutions, by the importer's folder and the specifier: trusted for a lint run. */
const resolutions = createCache<string, string | undefined>("lint-run");

/** Whether the resolvers' own caches of the file system were used within a lint run's time: after a pause, what they learnt may be stale. */
const resolversInUse = createCache<object, true>("lint-run");

/** TypeScript's extensions, in its order, and what `./x.js` and its kin may stand for. */
const EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", ".json"];
const EXTENSION_ALIAS: Readonly<Record<string, readonly string[]>> = {
  ".js": [".ts", ".tsx", ".js", ".jsx"],
  ".jsx": [".tsx", ".jsx"],
  ".mjs": [".mts", ".mjs"],
  ".cjs": [".cts", ".cjs"],
};

/** The conditions of a package's exports Node matches, `import` and `require` alike since a module may be read either way. */
const RUNTIME_CONDITIONS = ["import", "require", "node", "default"];

/**
 * What the typed resolvers read of a package: the `types` condition first, and TypeScript reads
 * a package's top-level `types` (or `typings`) before its `main`, where a workspace package often
 * names its source and its build.
 */
const TYPED = { conditionNames: ["types", ...RUNTIME_CONDITIONS], mainFields: ["types", "typings", "main"] };

/** The options every resolver of this module is made with, but for which tsconfig it reads and the conditions. */
const RESOLVER_OPTIONS = { extensions: EXTENSIONS, extensionAlias: EXTENSION_ALIAS };

/** What makes a resolver: oxc-resolver's factory. */
type Factory = new (options: object) => Resolver;

/**
 * The typed resolver given one tsconfig file, by its path, for the imports the `auto` one leaves
 * unresolved: oxc-resolver reads the `include` of a tsconfig another `extends` from the wrong
 * folder (oxc-resolver issue 1357), so that a file the chain includes gets none of its `paths`
 * (SvelteKit's `$lib`, from `.svelte-kit/tsconfig.json`). Made on first need, forgotten with the
 * other resolvers' caches.
 */
let byTsconfig = new Map<string, Resolver>();

/** The tsconfig.json nearest `importer`, as TypeScript finds it for a file: in its folder or the first above it. */
function nearestTsconfig(importer: string): string | undefined {
  for (let folder = dirname(importer); ; folder = dirname(folder)) {
    const candidate = join(folder, "tsconfig.json");
    if (isFile(candidate)) return candidate;
    if (dirname(folder) === folder) return undefined;
  }
}

/** What the typed resolver made for the tsconfig nearest `importer` names for `specifier`, after the `auto` one named nothing. */
function resolveWithNearestTsconfig(specifier: string, importer: string): string | undefined {
  const configFile = nearestTsconfig(importer);
  if (!configFile) return undefined;
  let resolver = byTsconfig.get(configFile);
  if (!resolver) {
    const { ResolverFactory } = ownRequire("oxc-resolver") as { ResolverFactory: Factory };
    resolver = new ResolverFactory({ ...RESOLVER_OPTIONS, ...TYPED, tsconfig: { configFile } });
    byTsconfig.set(configFile, resolver);
  }
  return resolveWith(resolver, specifier, importer);
}

function diskResolvers(): typeof resolvers {
  if (resolvers !== undefined) return resolvers;
  try {
    const { ResolverFactory } = ownRequire("oxc-resolver") as { ResolverFactory: Factory };
    const options = { ...RESOLVER_OPTIONS, tsconfig: "auto" };
    resolvers = {
      typed: new ResolverFactory({ ...options, ...TYPED }),
      runtime: new ResolverFactory({ ...options, conditionNames: RUNTIME_CONDITIONS }),
    };
  } catch {
    resolvers = null;
  }
  return resolvers;
}

/** A TypeScript declaration file: types alone, no value to follow. */
const DECLARATION_FILE = /\.d\.[cm]?ts$/;

/** What `resolver` names for `specifier` from `importer`; `undefined` for nothing, or a failure. */
function resolveWith(resolver: Resolver, specifier: string, importer: string): string | undefined {
  try {
    return resolver.resolveFileSync(importer, specifier).path;
  } catch {
    return undefined;
  }
}

const isFile = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/**
 * A relative specifier resolved by looking at the few files it can name, or `null` when only
 * the full resolver can say (a folder with its own package.json). Most imports of a config
 * module are relative, and this answers them without loading the native resolver, which costs
 * a lint run more than following every import of a typical project does.
 */
export function resolveRelative(specifier: string, importer: string): string | undefined | null {
  const base = resolve(dirname(importer), specifier);
  const extension = extname(base);
  const aliases = EXTENSION_ALIAS[extension];
  const candidates = aliases
    ? aliases.map((alias) => base.slice(0, -extension.length) + alias)
    : [base, ...EXTENSIONS.map((known) => base + known), ...EXTENSIONS.map((known) => join(base, `index${known}`))];
  for (const candidate of candidates) if (isFile(candidate)) return realpathSync(candidate);
  return !aliases && isFile(join(base, "package.json")) ? null : undefined;
}

/** Resolves on disk, as described above, and keeps the answer for a lint run. */
export const resolveOnDisk: Resolve = (specifier, importer) =>
  resolutions.answer(`${dirname(importer)}\0${specifier}`, () => resolveAfresh(specifier, importer));

/** Resolves on disk, asking nothing of the kept resolutions. */
function resolveAfresh(specifier: string, importer: string): string | undefined {
  if (isRelativeSpecifier(specifier)) {
    let path: string | undefined | null;
    try {
      path = resolveRelative(specifier, importer);
    } catch {
      path = undefined;
    }
    if (path !== null) return path !== undefined && isProjectSource(path) ? path : undefined;
  }
  const found = diskResolvers();
  if (!found) return undefined;
  if (!resolversInUse.get(found)) {
    found.typed.clearCache();
    found.runtime.clearCache();
    byTsconfig = new Map();
    resolutions.clear();
  }
  resolversInUse.set(found, true);
  // The file TypeScript reads, unless it is a declaration file: then the one Node loads. A
  // package in node_modules is someone else's, whatever file it names: asked no further.
  const typed = resolveWith(found.typed, specifier, importer) ?? resolveWithNearestTsconfig(specifier, importer);
  if (typed !== undefined && IN_NODE_MODULES.test(typed)) return undefined;
  const path = typed === undefined || DECLARATION_FILE.test(typed) ? resolveWith(found.runtime, specifier, importer) : typed;
  return path !== undefined && isProjectSource(path) ? path : undefined;
}

/**
 * The program's answer for a specifier node of the linted file, when the parser built a program:
 * the source file the type checker bound the import to.
 */
export function programResolver(services: Partial<ParserServices> | undefined): ((at: TSESTree.Node) => string | undefined) | undefined {
  const types = typeInformation(services);
  if (!types) return undefined;
  const { checker, tsNodeOf } = types;
  return (at) => {
    const tsNode = tsNodeOf(at);
    const symbol = tsNode && checker.getSymbolAtLocation(tsNode);
    const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    const fileName = declaration && "fileName" in declaration ? declaration.fileName : undefined;
    return typeof fileName === "string" && isProjectSource(fileName) ? fileName : undefined;
  };
}
