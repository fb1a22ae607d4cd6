/**
 * What each linter sees of a portal call, found by running it: the probes (one file a capability,
 * each with one mistake only that capability finds), a project made of them, and the cells of
 * docs/linters.md's table worked out from what a linter reports and what it changes.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { root } from "./workspace.js";

/** One capability, and the file that shows it: its mistake, the rule that reports it, the value the suggestion writes and where. */
export interface Probe {
  /** The table's column. */
  readonly capability: string;
  /** The file with the call, from the project's root. */
  readonly file: string;
  readonly rule: "valid-slug" | "valid-session-body";
  /** The written value a change replaces, quotes and all; absent where no change can be certain. */
  readonly change?: { readonly file: string; readonly from: string; readonly to: string };
}

export const PROBES: readonly Probe[] = [
  { capability: "form", file: "src/form.ts", rule: "valid-slug", change: { file: "src/form.ts", from: '"Billing_Portal"', to: '"billing-portal"' } },
  { capability: "body", file: "src/body.ts", rule: "valid-session-body", change: { file: "src/body.ts", from: '"keys.read"', to: '"keys:read"' } },
  { capability: "known portals", file: "src/known.ts", rule: "valid-slug", change: { file: "src/known.ts", from: '"suport"', to: '"support"' } },
  { capability: "across files", file: "src/across.ts", rule: "valid-slug", change: { file: "src/portal-name.ts", from: '"Dev_Docs"', to: '"dev-docs"' } },
  { capability: "type information", file: "src/typed.ts", rule: "valid-slug" },
];

/** The two columns about changes, beside the probes' columns. */
export const CHANGE_COLUMNS = ["suggestions", "fixes"] as const;

/** A report as every linter can say it: the file from the project's root, the 1-based line, the rule without the plugin's prefix. */
export interface Report {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
}

const fixture = join(root, "test", "fixtures", "linter-matrix");

/**
 * A fresh copy of the probes' project in a temporary folder, its `node_modules` the test
 * workspace's (the plugin, the core, ESLint, typescript-eslint, oxlint, @unkey/api), so that each
 * linter resolves the packages as in a project that installed them.
 */
export function probeProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "portal-slug-linters-"));
  cpSync(fixture, dir, { recursive: true });
  symlinkSync(join(root, "test", "node_modules"), join(dir, "node_modules"), "dir");
  const manifest = { name: "linter-matrix", private: true, type: "module", dependencies: { "@unkey/api": "*", "eslint-plugin-portal-slug": "*" } };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

/** The line of the createSession call in a probe's file. */
export function callLine(dir: string, file: string): number {
  const index = readFileSync(join(dir, file), "utf8")
    .split("\n")
    .findIndex((line) => line.includes("createSession("));
  if (index < 0) throw new Error(`${file} in the linter probes has no createSession call`);
  return index + 1;
}

/** The probe a report belongs to: its file, the call's line, its rule; `undefined` for a report no probe expects. */
export function probeOf(dir: string, report: Report): Probe | undefined {
  return PROBES.find((probe) => probe.file === report.file && callLine(dir, probe.file) === report.line && probe.rule === report.rule);
}

/** Every source file of the project, by its path from the root, with its text. */
export function sources(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of readdirSync(join(dir, "src"), { recursive: true, encoding: "utf8" })) {
    if (name.endsWith(".ts"))
      found.set(
        relative(dir, join(dir, "src", name))
          .split(sep)
          .join("/"),
        readFileSync(join(dir, "src", name), "utf8"),
      );
  }
  return found;
}

/**
 * What a linter changed, probe by probe: each changed file must be the fixture's text with one
 * probe's value replaced by its correction (anything else throws, naming the file), and the
 * answer is the probes whose change was made.
 */
export function changesMade(dir: string): Probe[] {
  const before = sources(fixture);
  const made: Probe[] = [];
  for (const [file, text] of sources(dir)) {
    const original = before.get(file);
    if (text === original) continue;
    const probe = PROBES.find(({ change }) => change?.file === file && original?.replace(change.from, change.to) === text);
    if (!probe) throw new Error(`${file} was changed, and not into the one correction its probe expects:\n${text}`);
    made.push(probe);
  }
  return made;
}

/** A cell: "yes" or "no". */
export const cell = (seen: boolean): string => (seen ? "yes" : "no");
