// Runtime examples: a `ts` or `js` block without a title runs as a module in the project's
// root, as a reader's file there would, and each `// → …` comment is compared with what its
// statement gives (by structure: see values.ts), or throws (`// → throws Name: message`).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import ts from "typescript";
import { restate, type Annotation, type Restatement } from "./annotations.js";
import type { BlockOutcome, Problem } from "./model.js";
import { runCommand } from "../process.js";
import { encodeValue, printValue, sameValue, type Encoded } from "./values.js";
import type { Captured } from "./capture.js";

const here = new URL(".", import.meta.url);

/** Compiles capture.ts and values.ts into `folder`, for the child processes to import. */
export function writeRuntime(folder: string): string {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "package.json"), '{ "type": "module" }\n');
  for (const name of ["capture", "values"]) {
    const source = readFileSync(new URL(`${name}.ts`, here), "utf8");
    const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
    writeFileSync(join(folder, `${name}.js`), outputText);
  }
  return join(folder, "capture.js");
}

/** The top-level statement that ends on a line of the block (0-based), if one does. */
function statementEndingOn(file: ts.SourceFile, line: number): ts.Statement | undefined {
  return file.statements.find((statement) => file.getLineAndCharacterOfPosition(statement.end).line === line);
}

/** Whether an expression awaits, outside any function nested in it. */
function awaits(node: ts.Node): boolean {
  if (ts.isAwaitExpression(node)) return true;
  if (ts.isFunctionLike(node)) return false;
  return ts.forEachChild(node, awaits) ?? false;
}

/**
 * The block's code with each annotated statement wrapped so that what it gives is kept: an
 * expression statement becomes a call of `capture` with the expression in an arrow (line
 * breaks kept, so the lines of an error's stack still match the block's), a declaration of one
 * name is followed by the capture of that name.
 */
export function instrument(code: string, results: readonly Annotation[], isTypeScript: boolean): { code: string; problems: Problem[] } {
  const file = ts.createSourceFile(
    isTypeScript ? "block.ts" : "block.js",
    code,
    ts.ScriptTarget.Latest,
    true,
    isTypeScript ? ts.ScriptKind.TS : ts.ScriptKind.JS,
  );
  const edits: { start: number; end: number; text: string }[] = [];
  const problems: Problem[] = [];
  results.forEach((annotation, id) => {
    const statement = statementEndingOn(file, annotation.target);
    if (statement && ts.isExpressionStatement(statement)) {
      const expression = statement.expression.getText(file);
      const async = awaits(statement.expression);
      edits.push({
        start: statement.getStart(file),
        end: statement.end,
        text: async ? `await __docs.captureAsync(${id}, async () => (${expression}));` : `__docs.capture(${id}, () => (${expression}));`,
      });
    } else if (statement && ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1) {
      const [declaration] = statement.declarationList.declarations;
      if (declaration && ts.isIdentifier(declaration.name))
        edits.push({ start: statement.end, end: statement.end, text: ` __docs.capture(${id}, () => ${declaration.name.text});` });
      else problems.push({ line: annotation.first, message: "a result comment after a declaration needs one plain name declared" });
    } else {
      problems.push({
        line: annotation.first,
        message: "a result comment must follow an expression statement or a declaration of one name, at the top level, ending on its line",
      });
    }
  });
  let output = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
  return { code: output, problems };
}

/** What a result comment states, evaluated as a JavaScript literal, or why it cannot be. */
function expected(text: string): { value: Encoded } | { throws: string } | { error: string } {
  const throws = /^throws (.*)$/s.exec(text);
  if (throws) return { throws: throws[1] as string };
  try {
    return { value: encodeValue(runInNewContext(`(${text}\n)`, {}, { timeout: 1000 })) };
  } catch (error) {
    return { error: `the result comment is not a JavaScript literal: ${(error as Error).message}` };
  }
}

/** How a capture is written in a `// → …` comment. */
function stated(captured: Captured): string | undefined {
  if ("value" in captured) return printValue(captured.value);
  if ("thrown" in captured) return `throws ${captured.thrown}`;
  return undefined;
}

/** Whether a capture is what its comment states. */
function agrees(captured: Captured, expectation: ReturnType<typeof expected>): boolean {
  if ("throws" in expectation) return "thrown" in captured && captured.thrown === expectation.throws;
  if ("value" in expectation) return "value" in captured && sameValue(captured.value, expectation.value);
  return false;
}

/**
 * Runs a block in `project` (the capture module at `capture`) and compares each result comment
 * with what its statement gave. The run's file is removed afterwards, so that the project holds
 * only what the page wrote.
 */
export async function runExample(
  project: string,
  capture: string,
  code: string,
  annotations: readonly Annotation[],
  isTypeScript: boolean,
  at: number,
): Promise<BlockOutcome> {
  const results = annotations.filter((annotation) => annotation.kind === "result");
  const instrumented = instrument(code, results, isTypeScript);
  const problems: Problem[] = instrumented.problems.map((problem) => ({ line: at + problem.line, message: problem.message }));
  if (problems.length > 0) return { problems };
  const { outputText } = ts.transpileModule(instrumented.code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    fileName: isTypeScript ? "example.ts" : "example.js",
  });
  const script = join(project, "docs-example.mjs");
  const resultsFile = join(project, "docs-example.results.json");
  writeFileSync(script, `import * as __docs from ${JSON.stringify(capture)};\n${outputText}`);
  try {
    const run = await runCommand(process.execPath, [script], { cwd: project, env: { ...process.env, DOCS_RESULTS: resultsFile, NO_COLOR: "1" } });
    if (run.status !== 0) {
      return { problems: [{ line: at, message: `the block failed when run (exit ${run.status}):\n${(run.stderr || run.stdout).trim()}` }] };
    }
    const captured = JSON.parse(readFileSync(resultsFile, "utf8")) as Record<number, Captured>;
    const restated: Restatement[] = [];
    let changed = false;
    results.forEach((annotation, id) => {
      const line = at + annotation.first;
      const result = captured[id];
      if (!result) {
        problems.push({ line, message: "the statement before this result comment never ran" });
        return;
      }
      if ("unwritable" in result) {
        problems.push({ line, message: `the statement's value cannot be written as a literal: ${result.unwritable}` });
        return;
      }
      const expectation = expected(annotation.text);
      const actual = stated(result) as string;
      restated.push({ kind: "result", target: annotation.target, text: agrees(result, expectation) ? annotation.text : actual });
      if ("error" in expectation) {
        changed = true;
        problems.push({ line, message: `${expectation.error}; the code gives\n  ${actual.replace(/\n/g, "\n  ")}` });
      } else if (!agrees(result, expectation)) {
        changed = true;
        problems.push({
          line,
          message: `the comment says\n  ${annotation.text.replace(/\n/g, "\n  ")}\nbut the code gives\n  ${actual.replace(/\n/g, "\n  ")}`,
        });
      }
    });
    return changed ? { problems, updated: restate(code, ["result"], restated).code } : { problems };
  } finally {
    rmSync(script, { force: true });
    rmSync(resultsFile, { force: true });
  }
}
