// The module graph on real files: what it reads, what it refuses to read, and how often.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as tsParser from "@typescript-eslint/parser";
import type { TSESTree } from "@typescript-eslint/utils";
import { afterEach, describe, expect, it } from "vitest";
import { LINT_RUN_MS, setClock } from "../cache.js";
import { createModuleGraph, MAX_MODULE_BYTES } from "./module-graph.js";
import { createModuleParser, type ParseModule } from "./module-parser.js";
import type { Binding } from "../values/scope.js";

/** A folder of modules, written afresh for each test. */
function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "portal-slug-graph-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** The parser the graph uses, counting its calls. */
function counting(): { parse: ParseModule; calls: string[] } {
  const calls: string[] = [];
  const inner = createModuleParser(undefined, "/project/index.ts");
  return { calls, parse: Object.assign((text: string, path: string) => (calls.push(path), inner(text, path)), { readers: inner.readers }) };
}

/** The string an export's binding is written as, when it is a string literal. */
const literal = (binding: Binding | undefined): unknown => (binding?.kind === "value" ? (binding.value.node as TSESTree.Literal).value : binding?.kind);

const at = {} as TSESTree.Node;

describe("createModuleGraph", () => {
  afterEach(() => setClock(undefined));

  it("reads a module's exports, and follows what it imports in turn", () => {
    const dir = project({ "a.ts": 'export * from "./b.js";', "b.ts": 'export const B = "from-b";', "main.ts": "" });
    const load = createModuleGraph({ filename: join(dir, "main.ts"), parse: counting().parse });
    expect(literal(load("./a.js", at)?.exported("B"))).toBe("from-b");
  });

  it.each([
    ["a module of more than MAX_MODULE_BYTES", `export const A = "big";\n${" ".repeat(MAX_MODULE_BYTES)}`],
    ["a binary file with a .ts name", Buffer.from([...Buffer.from('export const A = "bin";\n'), 0, 1, 2, 255, 0])],
    ["a module that does not parse", 'export const A = "x" +;'],
  ])("reads no value from %s", (_name, text) => {
    const dir = project({ "a.ts": text, "main.ts": "" });
    const { parse, calls } = counting();
    const load = createModuleGraph({ filename: join(dir, "main.ts"), parse });
    expect(load("./a.js", at)).toBeUndefined();
    // The oversized and binary files are refused before any parsing.
    if (typeof text !== "string" || text.length > MAX_MODULE_BYTES) expect(calls).toEqual([]);
  });

  it("reads no value from a module that is not there, or a folder where a file should be", () => {
    const dir = project({ "main.ts": "", "folder.ts/index.ts": 'export const A = "in-folder";' });
    expect(createModuleGraph({ filename: join(dir, "main.ts"), parse: counting().parse })("./missing.js", at)).toBeUndefined();
    // A resolver that answers a folder (the program's, for an odd project) gets no module.
    const load = createModuleGraph({ filename: join(dir, "main.ts"), parse: counting().parse, resolveInProgram: () => join(dir, "folder.ts") });
    expect(load("./folder.ts", at)).toBeUndefined();
  });

  it("stops at a cycle of re-exports", () => {
    const dir = project({ "a.ts": 'export * from "./b.js";', "b.ts": 'export * from "./a.js";', "main.ts": "" });
    const load = createModuleGraph({ filename: join(dir, "main.ts"), parse: counting().parse });
    expect(load("./a.js", at)?.exported("X")).toBeUndefined();
  });

  it("parses a module once for the whole run, and again when its file changes", () => {
    // A clock of the test's own, later than anything the real one stamped in the tests before.
    let now = Date.now() + 10 * LINT_RUN_MS;
    setClock(() => now);
    const dir = project({ "config.ts": 'export const A = "first";', "one.ts": "", "two.ts": "" });
    const { parse, calls } = counting();
    const first = createModuleGraph({ filename: join(dir, "one.ts"), parse });
    const second = createModuleGraph({ filename: join(dir, "two.ts"), parse });
    expect(literal(first("./config.js", at)?.exported("A"))).toBe("first");
    expect(literal(second("./config", at)?.exported("A"))).toBe("first");
    expect(calls).toEqual([join(dir, "config.ts")]);
    writeFileSync(join(dir, "config.ts"), 'export const A = "second, longer";');
    // A second's resolution of mtime may not tell the two writes apart; the size does, and so does this.
    utimesSync(join(dir, "config.ts"), new Date(), new Date(Date.now() + 5000));
    // Within a lint run's time of the last look the stamp is trusted; after it, the file is looked at again.
    const soon = createModuleGraph({ filename: join(dir, "two.ts"), parse });
    expect(literal(soon("./config.js", at)?.exported("A"))).toBe("first");
    now += LINT_RUN_MS;
    const third = createModuleGraph({ filename: join(dir, "two.ts"), parse });
    expect(literal(third("./config.js", at)?.exported("A"))).toBe("second, longer");
    expect(calls).toHaveLength(2);
  });

  it("takes the program's answer for the linted file's imports before its own", () => {
    const dir = project({ "real.ts": 'export const A = "from-program";', "main.ts": "" });
    const load = createModuleGraph({ filename: join(dir, "main.ts"), parse: counting().parse, resolveInProgram: () => join(dir, "real.ts") });
    expect(literal(load("./named-otherwise.js", at)?.exported("A"))).toBe("from-program");
  });

  it("reads JSON as its default export", () => {
    const dir = project({ "portals.json": '{ "eu": "eu-portal" }', "main.ts": "" });
    const load = createModuleGraph({ filename: join(dir, "main.ts"), parse: counting().parse });
    expect(load("./portals.json", at)?.exported("default")?.kind).toBe("value");
  });

  it("reads a module again for a file linted with other parsers, which may read what the first could not", () => {
    // Flow's syntax: typescript-estree, which reads a component's imports, cannot; the script files' parser can.
    const dir = project({ "portals.js": 'type Exact = {| region: string |};\nexport const A = "flow-portal";\n', "App.vue": "", "main.js": "" });
    const flow = {
      parseForESLint: (text: string, options: object) => tsParser.parseForESLint(text.replace(/^type .*$/m, ""), options as tsParser.ParserOptions),
    };
    const languageOptions = { parser: flow };
    const fromVue = createModuleGraph({ filename: join(dir, "App.vue"), parse: createModuleParser(languageOptions, join(dir, "App.vue")) });
    const fromScript = createModuleGraph({ filename: join(dir, "main.js"), parse: createModuleParser(languageOptions, join(dir, "main.js")) });
    expect(fromVue("./portals.js", at)).toBeUndefined();
    expect(literal(fromScript("./portals.js", at)?.exported("A"))).toBe("flow-portal");
  });
});
