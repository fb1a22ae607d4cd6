// The plugin's house by role: every import of its source points down to a lower layer (or stays
// in its folder), none goes round in a circle, a rule's own utils serve that rule alone, and each
// folder says in the first line of its first file what it holds.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = dirname(fileURLToPath(import.meta.url));

/** Each folder of src/ and its layer: a file imports from its own folder, or from a folder of a lower layer. */
const LAYERS: Readonly<Record<string, number>> = {
  testing: 7,
  hosts: 7,
  ".": 6,
  // The Biome plugin's generator: the build runs it, and nothing of the plugin imports it.
  biome: 6,
  rules: 5,
  "rules/valid-slug-utils": 4,
  "rules/valid-session-body-utils": 4,
  "util/file": 3,
  "util/calls": 2,
  "util/modules": 2,
  "util/report": 2,
  "util/values": 1,
  util: 0,
};

/** What is no source of the plugin: tests, and other projects' files. */
const NOT_SOURCE = /\.test\.ts$|(?:^|\/)(?:fixtures|__snapshots__)(?:\/|$)/;

/** Every source file of src/, by its path from src/ with "/", and the folders they are in. */
const files = (readdirSync(SRC, { recursive: true }) as string[])
  .map((path) => path.split(sep).join("/"))
  .filter((path) => /\.(?:ts|cts|cjs)$/.test(path) && !path.endsWith(".d.cts") && !NOT_SOURCE.test(path))
  .sort();
const folderOf = (path: string): string => (path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : ".");

/** The source files `path` imports, by their paths from src/. */
function importsOf(path: string): string[] {
  // Comments may quote an import (`import data from "./x.json"`): they are no part of the graph.
  const text = readFileSync(join(SRC, path), "utf8").replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, "");
  return [...text.matchAll(/\bfrom\s+"(\.{1,2}\/[^"]+)"/g)].map(([, specifier]) => {
    const target = relative(SRC, resolve(SRC, dirname(path), (specifier as string).replace(/\.js$/, ".ts")));
    return target.split(sep).join("/");
  });
}

const graph = new Map(files.map((path) => [path, importsOf(path)]));

describe("the plugin's source, by role", () => {
  it("has a layer for every folder, and reads the imports of every file", () => {
    expect([...new Set(files.map(folderOf))].filter((folder) => !(folder in LAYERS))).toEqual([]);
    expect([...graph.values()].flat().filter((target) => !graph.has(target))).toEqual([]);
    expect(graph.get("index.ts")).toContain("plugin.ts");
    expect(graph.get("plugin.ts")).toContain("rules/valid-slug.ts");
  });

  it("imports only from its own folder or a lower layer", () => {
    const upward = [...graph].flatMap(([path, targets]) =>
      targets
        .filter((target) => folderOf(target) !== folderOf(path) && (LAYERS[folderOf(target)] as number) >= (LAYERS[folderOf(path)] as number))
        .map((target) => `${path} -> ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it("keeps a rule's utils to that rule", () => {
    const strangers = [...graph].flatMap(([path, targets]) =>
      targets
        .filter((target) => {
          const utils = /^rules\/(.+)-utils\//.exec(target)?.[1];
          return utils !== undefined && path !== `rules/${utils}.ts` && !path.startsWith(`rules/${utils}-utils/`);
        })
        .map((target) => `${path} -> ${target}`),
    );
    expect(strangers).toEqual([]);
  });

  it("has no circle of imports", () => {
    const done = new Set<string>();
    const circles: string[] = [];
    const visit = (path: string, trail: string[]): void => {
      if (trail.includes(path)) {
        circles.push([...trail.slice(trail.indexOf(path)), path].join(" -> "));
        return;
      }
      if (done.has(path)) return;
      for (const target of graph.get(path) ?? []) visit(target, [...trail, path]);
      done.add(path);
    };
    for (const path of graph.keys()) visit(path, []);
    expect(circles).toEqual([]);
  });

  it.each(Object.keys(LAYERS).filter((folder) => folder !== "."))("says what %s/ holds in the first line of its first file", (folder) => {
    const first = files.find((path) => folderOf(path) === folder && path.endsWith(".ts"));
    expect(first && readFileSync(join(SRC, first), "utf8").split("\n")[0]).toMatch(new RegExp(`^// ${folder}/: \\S.*$`));
  });
});
