/**
 * The linters of docs/linters.md's table, each run as its users run it on the probes' project:
 * what it reports, and what it changes when asked to apply its suggestions and its fixes. A linter
 * that cannot run here says why instead of answering.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { denoLint, findDeno } from "./deno.js";
import type { Report } from "./linter-matrix.js";
import { runCommand } from "./process.js";
import { root } from "./workspace.js";

/** One row of the table: how to lint the project at a folder, and how to make it apply its changes. */
export interface MatrixLinter {
  /** The row's name, as the table shows it. */
  readonly name: string;
  /** Why it cannot run on this machine, or `undefined` when it can. */
  readonly unavailable?: () => string | undefined;
  /** Its reports on the project; throws, with what the linter said, when it fails to run. */
  readonly reports: (dir: string) => Promise<Report[]>;
  /** Applies what it offers to apply on request (an editor's quick fix, a flag for suggestions). */
  readonly applySuggestions: (dir: string) => Promise<void>;
  /** Applies what its `--fix` (or the like) applies without asking. */
  readonly applyFixes: (dir: string) => Promise<void>;
}

const testModules = join(root, "test", "node_modules");
const RULE = /^portal-slug\/(.+)$/;

/** Runs a linter's command; a status other than the ones `expected` throws with its output. */
async function mustLint(command: string, args: readonly string[], cwd: string, expected: readonly number[] = [0, 1]): Promise<string> {
  const run = await runCommand(command, args, { cwd });
  if (!expected.includes(run.status ?? -1)) {
    throw new Error(`\`${[command, ...args].join(" ")}\` exited ${run.status ?? "on a signal"}:\n${run.stderr || run.stdout}`);
  }
  return run.stdout;
}

interface EslintResult {
  filePath: string;
  messages: {
    ruleId: string | null;
    line: number;
    message: string;
    suggestions?: { fix: { range: [number, number]; text: string } }[];
  }[];
}

const eslintBin = join(testModules, "eslint", "bin", "eslint.js");

async function eslintResults(dir: string, config: string): Promise<EslintResult[]> {
  return JSON.parse(await mustLint(process.execPath, [eslintBin, "-c", config, "-f", "json", "src"], dir)) as EslintResult[];
}

/** ESLint with the config file `config` of the project. */
function eslint(name: string, config: string): MatrixLinter {
  return {
    name,
    async reports(dir) {
      return (await eslintResults(dir, config)).flatMap(({ filePath, messages }) =>
        messages.map((message) => {
          const rule = RULE.exec(message.ruleId ?? "")?.[1];
          // A parsing error or another rule's report is the project set up wrong, not a cell.
          if (!rule) throw new Error(`ESLint (${config}) gave a report of no portal-slug rule in ${filePath}: ${message.message}`);
          return { file: filePath.slice(dir.length + 1).replaceAll("\\", "/"), line: message.line, rule };
        }),
      );
    },
    // ESLint's command line cannot apply suggestions: an editor applies each report's first one.
    async applySuggestions(dir) {
      for (const { filePath, messages } of await eslintResults(dir, config)) {
        const fixes = messages.flatMap(({ suggestions }) => (suggestions?.[0] ? [suggestions[0].fix] : [])).sort((a, b) => b.range[0] - a.range[0]);
        let text = readFileSync(filePath, "utf8");
        for (const { range, text: replacement } of fixes) text = text.slice(0, range[0]) + replacement + text.slice(range[1]);
        writeFileSync(filePath, text);
      }
    },
    async applyFixes(dir) {
      await mustLint(process.execPath, [eslintBin, "-c", config, "--fix", "src"], dir);
    },
  };
}

interface OxlintOutput {
  diagnostics: { code: string; message: string; filename: string; labels: { span: { line: number } }[] }[];
}

const oxlintBin = join(testModules, ".bin", "oxlint");

/** oxlint with the project's `.oxlintrc.json`. */
const oxlint: MatrixLinter = {
  name: "oxlint",
  async reports(dir) {
    const { diagnostics } = JSON.parse(await mustLint(oxlintBin, ["-c", ".oxlintrc.json", "-f", "json", "src"], dir)) as OxlintOutput;
    return diagnostics.map(({ code, message, filename, labels }) => {
      const rule = /^portal-slug\((.+)\)$/.exec(code)?.[1];
      if (!rule || !labels[0]) throw new Error(`oxlint gave a report of no portal-slug rule in ${filename}: ${message}`);
      return { file: filename, line: labels[0].span.line, rule };
    });
  },
  async applySuggestions(dir) {
    await mustLint(oxlintBin, ["-c", ".oxlintrc.json", "--fix-suggestions", "src"], dir);
  },
  async applyFixes(dir) {
    await mustLint(oxlintBin, ["-c", ".oxlintrc.json", "--fix", "src"], dir);
  },
};

const deno = findDeno();
/** One Deno cache for the rows' runs, so that Deno reads the packages from npm's folder once. */
let denoDir: string | undefined;

/** Runs `deno lint` on the project's sources; Deno's errors (a file it could not lint, a plugin it could not load) throw. */
async function denoRun(dir: string, args: readonly string[] = []) {
  if ("unavailable" in deno) throw new Error(deno.unavailable);
  denoDir ??= mkdtempSync(join(tmpdir(), "portal-slug-linters-deno-"));
  const run = await denoLint(deno.path, dir, denoDir, [...args, "src"]);
  if (run.errors.length > 0 || ![0, 1].includes(run.status ?? -1)) {
    throw new Error(`deno lint exited ${run.status ?? "on a signal"}: ${JSON.stringify(run.errors)}\n${run.stderr}`);
  }
  return run;
}

/** `deno lint` with the project's deno.json, whose plugin file passes the portals to `createDenoPlugin`. */
const denoLinter: MatrixLinter = {
  name: "Deno lint",
  unavailable: () => ("unavailable" in deno ? deno.unavailable : undefined),
  async reports(dir) {
    const { lines, rules } = await denoRun(dir);
    return lines.map(([file, line], i) => ({ file, line, rule: (rules[i]?.code ?? "").replace(RULE, "$1") }));
  },
  // Deno has one kind of change, a rule's fix: \`--fix\` applies it and the editor offers it.
  async applySuggestions(dir) {
    await denoRun(dir, ["--fix"]);
  },
  async applyFixes(dir) {
    await denoRun(dir, ["--fix"]);
  },
};

/** The table's rows, in its order. */
export const MATRIX_LINTERS: readonly MatrixLinter[] = [
  eslint("ESLint, with type information", "eslint.typed.config.js"),
  eslint("ESLint, without", "eslint.config.js"),
  oxlint,
  denoLinter,
];
