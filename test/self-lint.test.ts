// The repository lints itself with its own flat config; a lint error fails the tests.
import { ESLint } from "eslint";
import { expect, it } from "vitest";
import { root } from "./support/workspace.js";

it("has no lint problems", async () => {
  const eslint = new ESLint({ cwd: root });
  const results = await eslint.lintFiles(["."]);
  const problems = results.flatMap((result) =>
    result.messages.map((message) => `${result.filePath}:${message.line}:${message.column} ${message.ruleId ?? "fatal"}: ${message.message}`),
  );
  expect(problems).toEqual([]);
  expect(results.length).toBeGreaterThan(10);
});
