/**
 * `portal-slug fix [paths…]`: the plugin's suggestions applied from a terminal. The files are
 * linted with the project's own ESLint and config, each suggestion that is the only one of its
 * report applied pass after pass (see `suggestion-passes.ts`), and each changed file written once,
 * at the end, and only when it is still as it was read. `--dry-run` prints the changes as a
 * unified diff instead. A file with no report of the plugin is not even read.
 */
import { readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { relative, sep } from "node:path";
import { parseArgs } from "./arguments.js";
import { Failure, clause, firstLine } from "./failure.js";
import type { CliIo } from "./io.js";
import { terminalSafe } from "./render.js";
import type { Output } from "./streams.js";
import { applySuggestions, isPortalSlugReport } from "./suggestion-passes.js";
import { unifiedDiff } from "./unified-diff.js";
import { ignoredByPattern, projectEslint, type LintMessage, type LintResult } from "./user-eslint.js";

/** `count` things, in the plural unless it is one. */
const counted = (count: number, thing: string): string => `${count} ${thing}${count === 1 ? "" : "s"}`;

/** The path a message and a diff name: relative to the working directory, with "/". */
const pathOf = (cwd: string, filePath: string): string => relative(cwd, filePath).split(sep).join("/");

/** Why the file at `path` no longer holds `read`, the bytes it held when it was read; `undefined` when it still does. */
function changedSince(path: string, shown: string, read: Buffer): string | undefined {
  let now: Buffer;
  try {
    now = readFileSync(path);
  } catch (error) {
    return `${shown}: Cannot read it again: ${firstLine(error)}; left as it was`;
  }
  return now.equals(read) ? undefined : `${shown} changed while fix ran: run fix again; left as it was`;
}

/**
 * Why the file at `path` cannot be fixed as it stands, unchanged since it was read as `read`:
 * changed since, or read-only; `undefined` when it can be written. `--dry-run` asks it too, so
 * that the diff shows what a run would write.
 */
function unwritable(path: string, shown: string, read: Buffer): string | undefined {
  const changed = changedSince(path, shown, read);
  if (changed) return changed;
  // The mode bits, not only what the system allows: a user who can write anything (root) still
  // made the file read-only on purpose.
  return (statSync(path).mode & 0o222) === 0 ? `${shown} is read-only: make it writable to fix it; left as it was` : undefined;
}

/**
 * Writes `text` to the file at `path` when it is unchanged since it was read as `read` and can be
 * written; otherwise answers why not, and the file is left as it was.
 */
function writeBack(path: string, shown: string, read: Buffer, text: string): string | undefined {
  const problem = unwritable(path, shown, read);
  if (problem) return problem;
  try {
    writeFileSync(path, text);
  } catch (error) {
    return `${shown}: Cannot write it: ${firstLine(error)}`;
  }
  return undefined;
}

/** The file's own path, through any symbolic link; the path as given when it cannot be read. */
function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The line for a file that does not parse, where ESLint says. */
const unparsed = (shown: string, { line, column, message }: LintMessage): string => `${shown}:${line}:${column}: ${clause(message)}; left as it was`;

/** The counts the summary line gives. */
interface Tally {
  linted: number;
  fixed: number;
  applied: number;
  left: number;
  failed: number;
}

/** The last line: what was fixed, what is left, and which files were left as they were. */
function summary({ linted, fixed, applied, left, failed }: Tally, dryRun: boolean): string {
  const parts: string[] = [];
  if (fixed) parts.push(`${counted(fixed, "file")} ${dryRun ? "would be fixed" : "fixed"} with ${counted(applied, "suggestion")}`);
  if (left) parts.push(`${counted(left, "report")} left to fix by hand`);
  if (failed) parts.push(`${counted(failed, "file")} left as ${failed === 1 ? "it was" : "they were"}`);
  return parts.length ? parts.join("; ") : `nothing to fix in ${counted(linted, "file")}`;
}

/**
 * Runs `fix` with its arguments: status 0 when none of the plugin's reports is left, 1 when some
 * are (no suggestion, or several to choose from), 2 when a file could not be fixed (it does not
 * parse, is read-only, or changed meanwhile) or ESLint cannot run.
 */
export async function fix(args: readonly string[], io: CliIo, output: Output, status: { code: number }): Promise<void> {
  const { flags, operands } = parseArgs(args, { command: "fix", flags: ["--dry-run"], values: [] });
  const dryRun = flags.has("--dry-run");
  const eslint = await projectEslint(io.cwd);
  const results = await eslint.lintFiles(operands.length ? operands : ["."]);
  // The diff alone on stdout with --dry-run, so that it can go straight to `git apply`.
  const tell = dryRun ? (line: string) => io.stderr(`${line}\n`) : (line: string) => output.write(`${line}\n`);
  const tally: Tally = { linted: results.length, fixed: 0, applied: 0, left: 0, failed: 0 };
  const fail = (line: string): void => {
    tally.failed++;
    io.stderr(`portal-slug: ${terminalSafe(line)}\n`);
  };
  let reported = false;
  // A file linted under two names (a symbolic link beside its target) is fixed once, under its
  // own: the link's diff would not apply beside the target's, and `git apply` patches no link.
  const seen = new Set<string>();
  const outside: string[] = [];
  for (const result of results) {
    const path = realPathOf(result.filePath);
    if (seen.has(path)) continue;
    seen.add(path);
    const shown = pathOf(io.cwd, path);
    const fatal = result.messages.find((message) => message.fatal === true);
    if (fatal) {
      fail(unparsed(shown, fatal));
      continue;
    }
    if (!result.messages.some(isPortalSlugReport)) continue;
    // Stryker disable next-line BooleanLiteral: equivalent, a file the plugin reports has one of its rules on, so the config check after the loop finds it all the same; the flag only spares that check
    reported = true;
    await fixFile(result, path, shown);
    await output.flush();
  }
  if (dryRun && outside.length) {
    // `git apply` refuses a path that climbs out of the folder it runs in.
    io.stderr(
      `portal-slug: the diff names files outside this folder (${terminalSafe(outside[0] as string)}${outside.length > 1 ? ` and ${outside.length - 1} more` : ""}): for git apply, run fix --dry-run from a folder that holds them all\n`,
    );
  }
  if (!reported && !tally.failed) {
    if (results.length && results.every(ignoredByPattern)) {
      const one = results.length === 1;
      throw new Failure([
        `ESLint ignores ${one ? terminalSafe(pathOf(io.cwd, (results[0] as LintResult).filePath)) : "these files"}: an ignore pattern of its config matches ${one ? "it" : "them"}, and fix changes only what ESLint lints`,
      ]);
    }
    const unmatched = await unmatchedUnlessEnabled(results);
    if (unmatched?.length && unmatched.length === results.length) {
      // ESLint lints a file no block of its config matches with no rule, and only warns.
      const one = unmatched.length === 1;
      throw new Failure([
        `no block of the ESLint config matches ${one ? terminalSafe(unmatched[0] as string) : "any of these files"}, so ESLint lints ${one ? "it" : "them"} with no rule: name files the config lints`,
      ]);
    }
    if (unmatched) {
      throw new Failure([
        "the ESLint config turns on no portal-slug rule for these files: add eslint-plugin-portal-slug's recommended config to it, then run fix again",
      ]);
    }
  }
  tell(summary(tally, dryRun));
  status.code = tally.failed ? 2 : tally.left ? 1 : 0;

  /** Fixes the file `result` is of, read and written at `path`. */
  async function fixFile(result: LintResult, path: string, shown: string): Promise<void> {
    let read: Buffer;
    try {
      read = readFileSync(path);
    } catch (error) {
      return fail(`${shown}: Cannot read it: ${firstLine(error)}`);
    }
    const text = read.toString("utf8");
    let passes: Awaited<ReturnType<typeof applySuggestions>>;
    try {
      // ESLint's messages are of the text it read: reused when that is the text read here.
      passes = await applySuggestions(text, (next) => eslint.lintText(next, result.filePath), result.source === text ? result.messages : undefined);
    } catch (error) {
      return fail(`${shown}: ESLint failed on it: ${firstLine(error)}; left as it was`);
    }
    if (!passes.ok) {
      const { line, column, message } = passes.fatal;
      return fail(
        passes.asRead
          ? unparsed(shown, passes.fatal)
          : `${shown}: the suggestions made text that does not parse (${line}:${column}: ${clause(message)}); left as it was`,
      );
    }
    if (passes.text !== text) {
      // With --dry-run, what the diff is of must still be what the file holds, and writable.
      const problem = dryRun ? unwritable(path, shown, read) : writeBack(path, shown, read, passes.text);
      if (problem) return fail(problem);
      if (dryRun) {
        output.write(unifiedDiff(shown, text, passes.text));
        if (shown.startsWith("../")) outside.push(shown);
        // Written before what stderr says of it, so that the two read in order where they meet.
        await output.flush();
      }
      tally.fixed++;
      tally.applied += passes.applied;
      tell(`${terminalSafe(shown)}: ${counted(passes.applied, "suggestion")} ${dryRun ? "to apply" : "applied"}`);
    }
    for (const left of passes.left) {
      tally.left++;
      // With --dry-run the file still holds the text read: its reports are said where they are there.
      const { line, column } = dryRun ? passes.placeAsRead(left.line, left.column) : left;
      tell(`${terminalSafe(shown)}:${line}:${column}: ${terminalSafe(left.message)}`);
    }
  }

  /** The linted files (as shown) no block of the config matches, or `undefined` once one of the files has a rule of the plugin on. */
  async function unmatchedUnlessEnabled(linted: readonly LintResult[]): Promise<string[] | undefined> {
    const unmatched: string[] = [];
    for (const { filePath } of linted) {
      const answer = await eslint.portalSlugFor(filePath);
      if (answer === "on") return undefined;
      if (answer === "none") unmatched.push(pathOf(io.cwd, filePath));
    }
    return unmatched;
  }
}
