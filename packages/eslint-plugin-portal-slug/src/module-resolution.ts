/**
 * Which file an import of the project names. With type information, the program's own answer
 * (TypeScript resolved it already, with the project's tsconfig); otherwise oxc-resolver's,
 * configured to resolve as TypeScript does: extensions in TypeScript's order, `./x.js` to `x.ts`,
 * `index` files, the nearest tsconfig's `paths`. Only the project's own source files are
 * followed: a package in node_modules is someone else's code, and a file of another kind is no
 * module this rule can read.
 */
import { dirname } from "node:path";
import type { ParserServices, TSESTree } from "@typescript-eslint/utils";
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

/** Loaded on the first import that needs resolving; `null` when it cannot be loaded (a browser, say). */
let resolver: Resolver | null | undefined;
let lastUse = 0;

/**
 * How long what was learnt of the file system (a resolution, a module's stamp) is trusted
 * without looking again, in milliseconds: a lint run asks the same questions from file after
 * file within it; an editor that lints for hours asks again after an edit.
 */
export const FRESH_FOR = 1000;

/** Resolutions, by the importer's folder and the specifier, and when each was made. */
const resolved = new Map<string, { path: string | undefined; at: number }>();

function diskResolver(): Resolver | null {
  if (resolver !== undefined) return resolver;
  try {
    const { ResolverFactory } = ownRequire("oxc-resolver") as { ResolverFactory: new (options: object) => Resolver };
    resolver = new ResolverFactory({
      tsconfig: "auto",
      extensions: [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", ".json"],
      extensionAlias: { ".js": [".ts", ".tsx", ".js", ".jsx"], ".jsx": [".tsx", ".jsx"], ".mjs": [".mts", ".mjs"], ".cjs": [".cts", ".cjs"] },
      conditionNames: ["import", "require", "node", "default"],
    });
  } catch {
    resolver = null;
  }
  return resolver;
}

/** Resolves on disk, as described above. */
export const resolveOnDisk: Resolve = (specifier, importer) => {
  const now = Date.now();
  const key = `${dirname(importer)}\0${specifier}`;
  const known = resolved.get(key);
  if (known && now - known.at < FRESH_FOR) return known.path;
  const found = diskResolver();
  if (!found) return undefined;
  // What the resolver learnt of the file system a while ago may be stale.
  if (now - lastUse > FRESH_FOR) {
    found.clearCache();
    resolved.clear();
  }
  lastUse = now;
  let path: string | undefined;
  try {
    path = found.resolveFileSync(importer, specifier).path;
  } catch {
    path = undefined;
  }
  path = path !== undefined && isProjectSource(path) ? path : undefined;
  resolved.set(key, { path, at: now });
  return path;
};

/**
 * The program's answer for a specifier node of the linted file, when the parser built a program:
 * the source file the type checker bound the import to.
 */
export function programResolver(services: Partial<ParserServices> | undefined): ((at: TSESTree.Node) => string | undefined) | undefined {
  const program = services?.program;
  const nodeMap = services?.esTreeNodeToTSNodeMap;
  if (!program || !nodeMap) return undefined;
  const checker = program.getTypeChecker();
  return (at) => {
    const tsNode = nodeMap.get(at);
    const symbol = tsNode && checker.getSymbolAtLocation(tsNode);
    const declaration = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    const fileName = declaration && "fileName" in declaration ? declaration.fileName : undefined;
    return typeof fileName === "string" && isProjectSource(fileName) ? fileName : undefined;
  };
}
