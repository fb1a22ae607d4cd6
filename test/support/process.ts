// One way for the tests that drive real tools to start a command and wait for it without
// blocking the event loop (a registry or a server in the same process keeps answering).
import { spawn } from "node:child_process";

/** How a command ended, and everything it wrote. */
export interface Finished {
  /** The exit status, or null when a signal ended it. */
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Where and how a command runs. */
export interface RunOptions {
  readonly cwd: string;
  /** The environment; {@link cleanEnv} when omitted. */
  readonly env?: NodeJS.ProcessEnv;
  /** Text written to the command's stdin; without it, stdin is closed. */
  readonly input?: string;
}

/** Starts `command` with `args` (no shell) and answers how it ended; never rejects for a non-zero status. */
export function runCommand(command: string, args: readonly string[], options: RunOptions): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? cleanEnv(), stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/**
 * This process's environment without the `npm_*` variables that `npm test` and `pnpm exec` set
 * for their children, so that an npm started by a test reads its own command line and config files
 * only, and without `CI`, so that a tool answers as it does at a user's own machine: oxlint, told
 * it runs in CI, draws its reports in colour and other glyphs whatever `NO_COLOR` says, and the
 * docs' console sessions would differ between CI and a laptop.
 */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) && name !== "CI"));
  return { ...env, ...extra };
}

/** Runs a command that must succeed, and fails with what it wrote when it does not. */
export async function mustRun(what: string, command: string, args: readonly string[], options: RunOptions): Promise<Finished> {
  const run = await runCommand(command, args, options);
  if (run.status !== 0) {
    throw new Error(`${what} failed (\`${[command, ...args].join(" ")}\` exited ${run.status ?? "on a signal"}):\n${run.stderr || run.stdout}`);
  }
  return run;
}
