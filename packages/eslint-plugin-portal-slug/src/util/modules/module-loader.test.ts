// Which file's name chooses the parsers of imported modules, and which file's folder resolves them.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as tsParser from "@typescript-eslint/parser";
import type { TSESTree } from "@typescript-eslint/utils";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../index.js";
import { readSettings } from "../settings.js";
import { createModuleLoader } from "./module-loader.js";

/** A project whose README's folder holds `portals.ts`. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "portal-slug-loader-"));
  mkdirSync(join(dir, "docs"));
  writeFileSync(join(dir, "docs", "portals.ts"), 'export const PORTAL = "Bad_Portal";\n');
  return dir;
}

/** A parser of scripts under a name of its own, its calls counted by the path it was given. */
function countedParser(): { parser: object; paths: string[] } {
  const paths: string[] = [];
  const parseForESLint = (text: string, options: { filePath?: string }) => {
    paths.push(options.filePath ?? "");
    return tsParser.parseForESLint(text, options as tsParser.ParserOptions);
  };
  return { parser: { meta: { name: "counted-parser" }, parseForESLint }, paths };
}

describe("createModuleLoader, for a code block a processor hands over", () => {
  it("resolves the block's imports from the Markdown file's folder, and reads them with the block's own parser, a script's", () => {
    const dir = project();
    const { parser, paths } = countedParser();
    const context = {
      filename: join(dir, "docs", "README.md", "0.ts"),
      physicalFilename: join(dir, "docs", "README.md"),
      languageOptions: { parser },
      sourceCode: { parserServices: {} },
    };
    const load = createModuleLoader(context as never, readSettings(undefined));
    const exports = load("./portals", {} as TSESTree.Node);
    expect(exports?.path).toBe(join(dir, "docs", "portals.ts"));
    expect(paths).toEqual([join(dir, "docs", "portals.ts")]);
  });
});

describe("createModuleLoader, in a lint run of many files", () => {
  it("reads an imported module once with the files' own parser, though ESLint hands each file options of its own", () => {
    const dir = project();
    const { parser, paths } = countedParser();
    const linter = new Linter({ cwd: dir });
    const config: Linter.Config[] = [
      {
        files: ["**/*.ts"],
        languageOptions: { parser: parser as Linter.Parser },
        plugins: { "portal-slug": plugin },
        rules: { "portal-slug/valid-slug": "error" },
      },
    ];
    const code = 'import { PORTAL } from "./portals";\nunkey.portal.createSession({ portal: PORTAL, externalId: "u", scopes: ["keys:read"] });\n';
    const reports = ["a.ts", "b.ts", "c.ts"].map((name) => linter.verify(code, config, { filename: join(dir, "docs", name) }));
    // Each file reports the imported value, read once for the three.
    expect(reports.map((messages) => messages.map(({ ruleId }) => ruleId))).toEqual(Array(3).fill(["portal-slug/valid-slug"]));
    expect(paths.filter((path) => path === join(dir, "docs", "portals.ts"))).toHaveLength(1);
  });
});
