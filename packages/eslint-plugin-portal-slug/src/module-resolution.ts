/**
 * Which file an import of the project names. With type information, the program's own answer
 * (TypeScript resolved it already, with the project's tsconfig); otherwise oxc-resolver's,
 * configured to resolve as TypeScript does: extensions in TypeScript's order, `./x.js` to `x.ts`,
 * `index` files, the nearest tsconfig's `paths`. Only the project's own source files are
 * followed: a package in node_modules is someone else's code, and a file of another kind is no
 * module this rule can read.
 */
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

/** How long the resolver's view of the file system is trusted without use, in milliseconds. */
const FRESH_FOR = 1000;

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
  const found = diskResolver();
  if (!found) return undefined;
  // An editor lints for hours: what the resolver learnt of the file system a while ago may be stale.
  const now = Date.now();
  if (now - lastUse > FRESH_FOR) found.clearCache();
  lastUse = now;
  try {
    const { path } = found.resolveFileSync(importer, specifier);
    return path !== undefined && isProjectSource(path) ? path : undefined;
  } catch {
    return undefined;
  }
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
