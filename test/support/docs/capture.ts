// Runs inside the child process that runs a docs block: what each statement with a `// → …`
// comment gives, or throws, kept and written as JSON to the file named by DOCS_RESULTS when the
// block's process ends. Compiled to JavaScript with values.ts beside it; imports only those two.
import { writeFileSync } from "node:fs";
import { encodeValue, type Encoded } from "./values.js";

/** What one statement gave: a value, what it threw, or why its value cannot be written. */
export type Captured = { value: Encoded } | { thrown: string } | { unwritable: string };

const results: Record<number, Captured> = {};

process.on("exit", () => {
  const file = process.env["DOCS_RESULTS"];
  if (file) writeFileSync(file, JSON.stringify(results));
});

/** `Name: message` for an error, the value as a string for anything else thrown. */
function describe(thrown: unknown): string {
  if (thrown instanceof Error) return `${thrown.name}: ${thrown.message}`;
  return String(thrown);
}

function keep(id: number, value: unknown): void {
  try {
    results[id] = { value: encodeValue(value) };
  } catch (error) {
    results[id] = { unwritable: describe(error) };
  }
}

/** Runs a statement's expression and keeps what it gives or throws. */
export function capture(id: number, run: () => unknown): void {
  try {
    keep(id, run());
  } catch (error) {
    results[id] = { thrown: describe(error) };
  }
}

/** The same for an expression that awaits. */
export async function captureAsync(id: number, run: () => Promise<unknown>): Promise<void> {
  try {
    keep(id, await run());
  } catch (error) {
    results[id] = { thrown: describe(error) };
  }
}
