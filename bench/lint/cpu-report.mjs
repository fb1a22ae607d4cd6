// Preloaded into each ESLint process (node --import) to report the CPU time it used. On a shared
// machine wall-clock time also counts the time other processes held the cores; the process's own
// CPU time is the steadier measure of what linting cost.
import { writeSync } from "node:fs";

process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  // stderr, on one marked line: stdout carries ESLint's TIMING table.
  writeSync(2, `\n@@bench-lint-cpu ${JSON.stringify({ userMs: user / 1000, systemMs: system / 1000, maxRssKb: process.resourceUsage().maxRSS })}\n`);
});
