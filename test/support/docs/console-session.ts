// Shell sessions: in a `console` block, a line starting with `$ ` is a command run in the
// project (by sh, so pipes and `;` work; a line ending in `\` goes on), and the lines after it up
// to the next command are what it writes, stdout and stderr as a terminal shows them together.
// The output is compared exactly once the project's folder is written as PROJECT_PATH, colour
// codes are dropped and each line's trailing spaces and the trailing blank lines are trimmed;
// the figures that change from run to run (VOLATILE) are compared as placeholders.
import { realpathSync } from "node:fs";
import type { BlockOutcome, Problem } from "./model.js";
import { cleanEnv, runCommand } from "../process.js";

/** How the project's folder is written in an expected output. */
export const PROJECT_PATH = "/path/to/my-app";

/** Parts of an output that change from run to run, with what both sides are compared as. */
const VOLATILE: [RegExp, string][] = [
  // oxlint: "Finished in 12ms on 1 file with 2 rules using 2 threads."; Biome: "Checked 1 file in 119ms."
  [/\bin \d+(?:\.\d+)?(?:ms|s|µs)\b/g, "in <time>"],
  [/\busing \d+ threads?\b/g, "using <n> threads"],
];

/** One command of a session and the output the block shows for it. */
export interface Step {
  readonly command: string;
  readonly output: string;
  /** The line of the block (0-based) where the command starts. */
  readonly line: number;
}

/** The commands and outputs of a session; text before the first command is an error. */
export function readSession(code: string): { steps: Step[]; errors: Problem[] } {
  const lines = code.split("\n");
  const steps: Step[] = [];
  const errors: Problem[] = [];
  let index = 0;
  while (index < lines.length && (lines[index] as string).trim() === "") index++;
  while (index < lines.length) {
    const line = lines[index] as string;
    if (!line.startsWith("$ ")) {
      errors.push({ line: index, message: "a console block starts with a command, a line starting with `$ `" });
      return { steps, errors };
    }
    const start = index;
    let command = line.slice(2);
    while (command.endsWith("\\") && index + 1 < lines.length) command = `${command.slice(0, -1)}\n${lines[++index] as string}`;
    const output: string[] = [];
    while (index + 1 < lines.length && !(lines[index + 1] as string).startsWith("$ ")) output.push(lines[++index] as string);
    steps.push({ command, output: tidy(output.join("\n")), line: start });
    index++;
  }
  return { steps, errors };
}

/** An output with trailing spaces and trailing blank lines gone. */
function tidy(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n+$/, "");
}

/** A command's output as the block writes it: the project's folder as PROJECT_PATH, no colour. */
export function normalizeOutput(text: string, project: string): string {
  // eslint-disable-next-line no-control-regex -- the escape character is what a colour code starts with
  let result = text.replace(/\u001b\[[0-9;]*m/g, "");
  for (const path of new Set([project, realpathSync(project)])) result = result.split(path).join(PROJECT_PATH);
  return tidy(result);
}

/** An output with its volatile figures replaced, for comparing. */
function steady(text: string): string {
  return VOLATILE.reduce((result, [pattern, placeholder]) => result.replace(pattern, placeholder), text);
}

/** The session written back with each command's output as it was seen. */
function writeSession(steps: readonly { command: string; output: string }[]): string {
  return steps.map((step) => [`$ ${step.command.replace(/\n/g, "\\\n")}`, ...(step.output ? [step.output] : [])].join("\n")).join("\n");
}

/** Runs every command of a session in the project and compares what each writes with the block. */
export async function checkSession(project: string, code: string, at: number): Promise<BlockOutcome> {
  const { steps, errors } = readSession(code);
  const problems: Problem[] = errors.map((error) => ({ line: at + error.line, message: error.message }));
  if (problems.length > 0) return { problems };
  const seen: { command: string; output: string }[] = [];
  let changed = false;
  for (const step of steps) {
    // One stream, as a terminal shows it: stderr where it was written among stdout.
    const run = await runCommand("sh", ["-c", `exec 2>&1\n${step.command}`], { cwd: project, env: cleanEnv({ NO_COLOR: "1", FORCE_COLOR: "0" }) });
    const output = normalizeOutput(run.stdout, project);
    seen.push({ command: step.command, output });
    if (steady(output) !== steady(step.output)) {
      changed = true;
      problems.push({
        line: at + step.line,
        message: `\`${step.command}\` writes\n${output.replace(/^/gm, "  | ")}\nnot\n${step.output.replace(/^/gm, "  | ")}`,
      });
    }
  }
  return changed ? { problems, updated: writeSession(seen) } : { problems };
}
