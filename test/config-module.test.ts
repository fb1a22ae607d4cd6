// A TypeScript project that keeps its portals in a config module and imports them in its
// services, linted through the real `eslint` command: with the README's TypeScript setup
// without type information, with it (`projectService`), and with the plugin's recommended
// config alone. Modules that cannot be read (a megabyte of text, a binary file named .ts, a
// syntax error, a file that is not there) sit beside the others.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { MAX_MODULE_BYTES } from "../packages/eslint-plugin-portal-slug/src/util/modules/module-graph.js";
import { beforeAll, describe, expect, it } from "vitest";
import { root } from "./support/workspace.js";

/** One report, as much of it as must not change: where, which problem, and where the value is written. */
type Row = [file: string, line: number, column: number, endLine: number | null, endColumn: number | null, messageId: string | null, written: string | null];

interface JsonResult {
  filePath: string;
  messages: { line: number; column: number; endLine?: number; endColumn?: number; messageId?: string; message: string; fatal?: boolean }[];
}

let project: string;
const runs = new Map<string, Promise<{ status: number | null; rows: Row[] }>>();

/** Lints the copied project with one of its configs and answers the exit status and the reports. */
function lint(config: string): Promise<{ status: number | null; rows: Row[] }> {
  const eslint = join(root, "test", "node_modules", "eslint", "bin", "eslint.js");
  return new Promise((resolve) => {
    execFile(process.execPath, [eslint, "-c", config, "-f", "json", "."], { cwd: project, encoding: "utf8", maxBuffer: 16 << 20 }, (error, stdout) => {
      const results = JSON.parse(stdout || "[]") as JsonResult[];
      const rows = results.flatMap((result) =>
        result.messages.map((message): Row => [
          relative(project, result.filePath).split(sep).join("/"),
          message.line,
          message.column,
          message.endLine ?? null,
          message.endColumn ?? null,
          message.messageId ?? null,
          message.fatal ? message.message : (/\(written at ([^)]*)\)/.exec(message.message)?.[1] ?? null),
        ]),
      );
      resolve({ status: error ? (typeof error.code === "number" ? error.code : null) : 0, rows });
    });
  });
}

beforeAll(() => {
  // A copy, so that the unreadable modules never sit in the repository.
  project = join(mkdtempSync(join(tmpdir(), "portal-slug-config-module-")), "project");
  cpSync(join(root, "test", "fixtures", "config-module"), project, { recursive: true });
  symlinkSync(join(root, "test", "node_modules"), join(project, "node_modules"), "dir");
  const unreadable = join(project, "src", "unreadable");
  writeFileSync(join(unreadable, "big.ts"), `export const BIG = "Big_Portal";\n${"// padding\n".repeat(Math.ceil(MAX_MODULE_BYTES / 11) + 1)}`);
  const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) & 255));
  writeFileSync(join(unreadable, "binary.ts"), Buffer.concat([Buffer.from('export const BINARY = "Binary_Portal";\n'), noise]));
  for (const config of ["eslint.config.js", "eslint.typed.config.js", "eslint.bare.config.js"]) runs.set(config, lint(config));
});

/** What both TypeScript setups find: every value followed to the module it is written in. */
const FOLLOWED: Row[] = [
  // A const whose conditional reads a `satisfies` object's member; a `??` fallback.
  ["src/services/billing.ts", 5, 67, 5, 77, "consecutive_hyphens", "src/config/portals.ts:4:47"],
  ["src/services/billing.ts", 10, 47, 10, 55, "uppercase", "src/config/portals.ts:5:50"],
  // A namespace through `export *`, `export { a as b } from`, an enum member, Object.freeze, a
  // default export through a tsconfig `paths` alias, a conditional's literal side.
  ["src/services/support.ts", 9, 46, 9, 60, "consecutive_hyphens", "src/config/portals.ts:4:47"],
  ["src/services/support.ts", 10, 46, 10, 55, "underscore", "src/config/portals.ts:6:32"],
  ["src/services/support.ts", 11, 46, 11, 54, "uppercase", "src/config/portals.ts:10:9"],
  ["src/services/support.ts", 12, 46, 12, 57, "whitespace", "src/config/portals.ts:12:45"],
  ["src/services/support.ts", 13, 46, 13, 58, "underscore", "src/config/portals.ts:16:36"],
  ["src/services/support.ts", 15, 46, 15, 52, "uppercase", "src/config/portals.ts:7:56"],
  // Found inside a cycle of `export *`, which stops where it closes.
  ["src/services/support.ts", 17, 46, 17, 58, "uppercase", "src/config/cycle-b.ts:2:29"],
  // The literal after four unreadable imports is still checked, in place.
  ["src/services/unreadable.ts", 14, 47, 14, 54, "uppercase", null],
  // JavaScript: `export * as` of a JavaScript module, and a CommonJS module through createRequire.
  ["src/services/worker.js", 9, 46, 9, 56, "uppercase", "src/config/legacy.js:2:20"],
  ["src/services/worker.js", 12, 47, 12, 53, "uppercase", "src/config/common.cjs:2:28"],
];

describe("a config module, linted with typescript-eslint's parser and no type information", () => {
  it("reports every bad value at its use, naming where it is written, and nothing else", async () => {
    const { status, rows } = await (runs.get("eslint.config.js") as Promise<{ status: number | null; rows: Row[] }>);
    expect(rows).toEqual(FOLLOWED);
    expect(status).toBe(1);
  });
});

describe("a config module, linted with type information", () => {
  it("reports the same, and what only the types know", async () => {
    const { status, rows } = await (runs.get("eslint.typed.config.js") as Promise<{ status: number | null; rows: Row[] }>);
    const typedOnly: Row[] = [
      // `export declare const fromEnv: "Typed_Only" | "typed-ok"`: no initializer, a literal type.
      ["src/services/support.ts", 16, 46, 16, 53, "uppercase", null],
      // TypeScript reads the modules the plugin will not (too large; a binary file): the checker's
      // answer for the imported name stands, at the use.
      ["src/services/unreadable.ts", 10, 46, 10, 49, "uppercase", null],
      ["src/services/unreadable.ts", 11, 46, 11, 52, "uppercase", null],
    ];
    const key = (row: Row) => `${row[0]}:${String(row[1]).padStart(4, "0")}:${String(row[2]).padStart(4, "0")}`;
    expect(rows).toEqual([...FOLLOWED, ...typedOnly].sort((a, b) => key(a).localeCompare(key(b))));
    expect(status).toBe(1);
  });
});

describe("a TypeScript project whose config is the plugin's recommended config alone", () => {
  it("lints its TypeScript files, and fails on every one it cannot parse instead of passing", async () => {
    const { status, rows } = await (runs.get("eslint.bare.config.js") as Promise<{ status: number | null; rows: Row[] }>);
    expect(status).toBe(1);
    // Every TypeScript file with TypeScript syntax is a fatal parsing error: none passes unseen.
    const fatal = rows.filter((row) => row[5] === null);
    expect(fatal.map((row) => row[0])).toEqual([
      "src/config/portals.ts",
      "src/services/billing.ts",
      "src/services/client.ts",
      "src/services/support.ts",
      "src/services/unreadable.ts",
    ]);
    for (const row of fatal) expect(row[6]).toMatch(/^Parsing error: /);
    // The JavaScript service parses, and is checked across modules as before.
    expect(rows.filter((row) => row[5] !== null)).toEqual(FOLLOWED.filter((row) => row[0].endsWith(".js")));
  });
});
