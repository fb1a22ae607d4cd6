/**
 * The modules a linted file imports, and the modules those import: resolved, read from disk,
 * parsed and tabled at most once a lint run each, and kept with their file's modification time
 * and size, so that an editor that lints for hours sees an edited module anew. Whatever cannot
 * be read (a missing file, a directory, a binary or megabytes of text, a syntax error) is no
 * module, and a value that leads there is unknown.
 *
 * ESLint's `--cache` knows nothing of these reads: a file is not linted again because a module
 * it imports changed.
 */
import { readFileSync, statSync } from "node:fs";
import type { TSESTree } from "@typescript-eslint/utils";
import type { ParseModule } from "./module-parser.js";
import { createCache } from "../cache.js";
import { eachNode } from "../syntax.js";
import { resolveOnDisk, type Resolve } from "./module-resolution.js";
import { ModuleScope, readModuleTables, type ModuleTables } from "./module-scope.js";
import type { ModuleExports } from "../values/scope.js";

/** Loads the module a specifier of the linted file names; `at` is the specifier's node, for the type checker. */
export type LoadModule = (specifier: string, at: TSESTree.Node) => ModuleExports | undefined;

/** A module larger than this is no configuration module: reading it would cost more than it can tell. */
export const MAX_MODULE_BYTES = 1 << 20;

/** What was read of a file, and the stamp (modification time and size) it was read at. */
interface Entry {
  readonly mtimeMs: number;
  readonly size: number;
  readonly tables: ModuleTables | null;
}

/**
 * Every module read, by path and the parsers that read it: a lint run reads each once for each
 * kind of linted file; after a lint run's time its stamp is looked at again.
 */
const read = createCache<string, Entry>("lint-run");

/** The tables of the module at `path`, from the cache when its file is unchanged. */
function tablesAt(path: string, parse: ParseModule): ModuleTables | null {
  const key = `${path}\0${parse.readers(path)}`;
  const fresh = read.get(key);
  if (fresh) return fresh.tables;
  let stamp: { mtimeMs: number; size: number; isFile(): boolean };
  try {
    stamp = statSync(path);
  } catch {
    return null;
  }
  const stale = read.stale(key);
  if (stale && stale.mtimeMs === stamp.mtimeMs && stale.size === stamp.size) return read.set(key, stale).tables;
  let tables: ModuleTables | null = null;
  if (stamp.isFile() && stamp.size <= MAX_MODULE_BYTES) {
    try {
      tables = parseTables(readFileSync(path, "utf8"), path, parse);
    } catch {
      tables = null;
    }
  }
  return read.set(key, { mtimeMs: stamp.mtimeMs, size: stamp.size, tables }).tables;
}

function parseTables(read: string, path: string, parse: ParseModule): ModuleTables | null {
  // A byte order mark is no character of the source, as ESLint reads the linted file: kept, it
  // would count as a column of the first line.
  const text = read.startsWith("\uFEFF") ? read.slice(1) : read;
  // A NUL is in no source file a person wrote, and in almost every binary one.
  if (text.includes("\0")) return null;
  if (!path.endsWith(".json")) {
    const program = parse(text, path);
    return program ? readModuleTables(program) : null;
  }
  // JSON is read as the expression it is, the default export (as `import data from "./x.json"`
  // sees it); the prefix is taken off again where it moved the file's first line.
  const program = parse(`${JSON_PREFIX}${text}\n;`, `${path}.js`);
  if (!program) return null;
  unprefix(program);
  return readModuleTables(program);
}

/** What a JSON module is parsed after, on its first line. */
const JSON_PREFIX = "export default ";

/**
 * Puts a JSON module's nodes back where the file has them: every offset after the prefix, and
 * the columns of its first line, where a value's place is said to the user ("written at
 * data.json:1:11").
 */
function unprefix(program: TSESTree.Program): void {
  const shift = JSON_PREFIX.length;
  const at = (position: TSESTree.Position): TSESTree.Position => (position.line === 1 ? { line: 1, column: Math.max(0, position.column - shift) } : position);
  eachNode(program, (node) => {
    const moved = node as { range: TSESTree.Range; loc: TSESTree.SourceLocation };
    if (node.range) moved.range = [Math.max(0, node.range[0] - shift), Math.max(0, node.range[1] - shift)];
    if (node.loc) moved.loc = { start: at(node.loc.start), end: at(node.loc.end) };
  });
}

/** What a graph needs from the linted file. */
export interface ModuleGraphOptions {
  /** The linted file's path. */
  readonly filename: string;
  readonly parse: ParseModule;
  /** The type checker's answer for a specifier node of the linted file, when there is a program. */
  readonly resolveInProgram?: ((at: TSESTree.Node) => string | undefined) | undefined;
  /** How imports of modules are resolved; oxc-resolver on disk unless a test says otherwise. */
  readonly resolve?: Resolve;
}

/**
 * The graph of one linted file's imports: `load` is the file scope's loader. Each module gets one
 * scope for the file, so that a module imported twice is tabled and searched as one.
 */
export function createModuleGraph({ filename, parse, resolveInProgram, resolve = resolveOnDisk }: ModuleGraphOptions): LoadModule {
  const scopes = createCache<string, ModuleScope | undefined>("file");
  const scopeOf = (path: string): ModuleScope | undefined => {
    const tables = tablesAt(path, parse);
    return tables ? new ModuleScope(path, tables, loadFrom) : undefined;
  };
  const scopeAt = (path: string | undefined): ModuleScope | undefined => (path === undefined ? undefined : scopes.answer(path, scopeOf));
  const loadFrom = (specifier: string, importer: string): ModuleScope | undefined => scopeAt(resolve(specifier, importer));
  return (specifier, at) => scopeAt(resolveInProgram?.(at) ?? resolve(specifier, filename));
}
