// `sh` blocks: commands a reader runs whose output the page does not show. Each must succeed.
// An `npm install` (or `npm i`) is tried as a dry run in an empty copy of the project (its
// package.json, and the clone beside it at ../portal-slug), so that it resolves every package
// it names from the registry as on a reader's machine without touching the shared install; and
// every package it names must be one the fixture installed, so that the docs install only what
// the suite has tried.
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Problem } from "./model.js";
import { runCommand } from "../process.js";

/** The commands of a block: comments and blank lines dropped, `\` continuations joined. */
export function readCommands(code: string): { command: string; line: number }[] {
  const commands: { command: string; line: number }[] = [];
  const lines = code.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const start = index;
    let command = (lines[index] as string).replace(/(^|\s)#.*$/, "").trim();
    while (command.endsWith("\\") && index + 1 < lines.length)
      command = `${command.slice(0, -1).trim()} ${(lines[++index] as string).replace(/(^|\s)#.*$/, "").trim()}`;
    if (command) commands.push({ command, line: start });
  }
  return commands;
}

const INSTALL = /^npm (?:install|i|add)(?:\s|$)/;

/** The packages an install command names: registry names, and tarball or folder paths. */
function namedPackages(command: string): string[] {
  return command
    .split(/\s+/)
    .slice(2)
    .filter((word) => word && !word.startsWith("-"));
}

/** The package name of a registry spec (`eslint@10`, `@types/node@^20`), or undefined for a path. */
function registryName(spec: string): string | undefined {
  if (/^[./~]|\.tgz$/.test(spec)) return undefined;
  const at = spec.indexOf("@", 1);
  return at > 0 ? spec.slice(0, at) : spec;
}

/**
 * Runs a block's commands in `project`; an install in a scratch copy, as a dry run. `fixture` is
 * the installed project whose node_modules every page shares; `scratch` a folder for the copies,
 * which also holds the clone at `scratch/…/portal-slug` as the project's sibling does.
 */
export async function checkCommands(project: string, fixture: string, clone: string, scratchRoot: string, code: string, at: number): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const { command, line } of readCommands(code)) {
    if (INSTALL.test(command)) {
      const scratch = join(mkdtempSync(join(scratchRoot, "install-")), "my-app");
      mkdirSync(scratch, { recursive: true });
      symlinkSync(clone, join(scratch, "..", "portal-slug"), "dir");
      if (existsSync(join(project, "package.json"))) cpSync(join(project, "package.json"), join(scratch, "package.json"));
      const run = await runCommand("sh", ["-c", `${command} --dry-run --no-audit --no-fund --prefer-offline`], { cwd: scratch });
      if (run.status !== 0) {
        const reason = (run.stderr || run.stdout)
          .split("\n")
          .filter((text) => /error/i.test(text))
          .slice(0, 6)
          .join("\n");
        problems.push({ line: at + line, message: `\`${command}\` fails in a new project (exit ${run.status}):\n${reason}` });
        continue;
      }
      for (const spec of namedPackages(command)) {
        const name = registryName(spec);
        if (name ? !existsSync(join(fixture, "node_modules", name, "package.json")) : !existsSync(resolve(project, spec))) {
          problems.push({
            line: at + line,
            message: `\`${command}\` names ${spec}, which the docs' fixture project does not have: add it to the fixture, so that the suite tries what the page installs`,
          });
        }
      }
    } else {
      const run = await runCommand("sh", ["-c", command], { cwd: project });
      if (run.status !== 0) problems.push({ line: at + line, message: `\`${command}\` exits ${run.status}:\n${(run.stderr || run.stdout).trim()}` });
    }
  }
  return problems;
}
