// One page tried top to bottom as a reader follows it: each titled block writes its file into
// the project, each other block is executed by the checker its language names, and every config
// the page writes is probed once the files that go with it are written. A page is one project,
// until a `<!-- docs-test: fresh project -->` line starts a new one.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { readAnnotations } from "./annotations.js";
import { checkCompiled } from "./compile-example.js";
import { configKind, probeConfig } from "./config-probe.js";
import { checkSession } from "./console-session.js";
import { newProject, type Fixture } from "./fixture.js";
import { checkCommands } from "./install-commands.js";
import { checkLintExample } from "./lint-example.js";
import { readPage, rewriteBlocks } from "./markdown.js";
import type { Block, BlockOutcome, Problem } from "./model.js";
import { runExample } from "./runtime-example.js";

/** The words a block's info string may hold after its language. */
const FLAGS = new Set(["fragment", "lint"]);

/** The languages of runtime and compile-time examples, with whether each is TypeScript. */
const CODE: Record<string, boolean> = { ts: true, typescript: true, js: false, javascript: false };

/** What trying a page found. */
export interface PageResult {
  readonly problems: readonly Problem[];
  /** The page with every drifted expectation written as the tools answered (update mode). */
  readonly updated: string | undefined;
  /** How many blocks ran, and how many are fragments. */
  readonly executed: number;
  readonly fragments: number;
}

/** Runs a ts/js block without a title: compiled when TypeScript, then run unless it states a compile error. */
async function checkCode(fixture: Fixture, project: string, block: Block): Promise<BlockOutcome> {
  const at = block.line + 1;
  const isTypeScript = CODE[block.lang] as boolean;
  const read = readAnnotations(block.code);
  const problems: Problem[] = read.errors.map((error) => ({ line: at + error.line, message: error.message }));
  let code = block.code;
  let updated: string | undefined;
  if (isTypeScript) {
    const compiled = checkCompiled(fixture.typescript, project, code, read.annotations, at);
    problems.push(...compiled.problems);
    if (compiled.updated !== undefined) code = updated = compiled.updated;
    const statesError = read.annotations.some((annotation) => annotation.kind === "diagnostic");
    if (statesError && read.annotations.some((annotation) => annotation.kind === "result")) {
      problems.push({ line: block.line, message: "a block that states a compile error is not run: put its `// →` results in a block that compiles" });
    }
    // Code that does not compile, on purpose or not, is not run.
    if (statesError || !compiled.compiles) return { problems, ...(updated !== undefined ? { updated } : {}) };
  } else if (read.annotations.some((annotation) => annotation.kind !== "result")) {
    problems.push({ line: block.line, message: "carets, tildes and `// type →` belong in a `lint` block or a TypeScript block" });
  }
  const ran = await runExample(project, fixture.capture, code, readAnnotations(code).annotations, isTypeScript, at);
  problems.push(...ran.problems);
  if (ran.updated !== undefined) updated = ran.updated;
  return { problems, ...(updated !== undefined ? { updated } : {}) };
}

/**
 * Tries every block of a page in fresh projects of the fixture. With `update`, the answer also
 * holds the page rewritten with what the tools said wherever a block's expectation drifted.
 */
export async function checkPage(fixture: Fixture, text: string): Promise<PageResult> {
  const { items, errors } = readPage(text);
  const problems: Problem[] = [...errors];
  const replacements: { block: Block; code: string }[] = [];
  let project = newProject(fixture);
  let pending: { file: string; line: number }[] = [];
  let executed = 0;
  let fragments = 0;
  const probePending = async () => {
    for (const { file, line } of pending) for (const message of await probeConfig(project, file)) problems.push({ line, message });
    pending = [];
  };
  const take = (block: Block, outcome: BlockOutcome) => {
    problems.push(...outcome.problems);
    if (outcome.updated !== undefined) replacements.push({ block, code: outcome.updated });
  };
  for (const item of items) {
    if (item.kind === "fresh-project") {
      await probePending();
      project = newProject(fixture);
      continue;
    }
    const block: Block = item;
    const unknown = [...block.flags].filter((flag) => !FLAGS.has(flag));
    if (unknown.length > 0) problems.push({ line: block.line, message: `unknown flags: ${unknown.join(", ")}` });
    if (block.flags.has("fragment")) {
      if (block.title || block.flags.has("lint")) problems.push({ line: block.line, message: "a fragment is not run: it takes no title and no `lint`" });
      fragments++;
      continue;
    }
    executed++;
    if (block.title) {
      const path = join(project, block.title);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, block.code.endsWith("\n") ? block.code : `${block.code}\n`);
      if (configKind(block.title)) pending.push({ file: block.title, line: block.line });
      if (block.flags.has("lint")) take(block, await checkLintExample(project, block, readAnnotations(block.code).annotations, fixture.defaultConfig));
      continue;
    }
    await probePending();
    const at = block.line + 1;
    if (block.flags.has("lint")) take(block, await checkLintExample(project, block, readAnnotations(block.code).annotations, fixture.defaultConfig));
    else if (block.lang === "console") take(block, await checkSession(project, block.code, at));
    else if (block.lang === "sh" || block.lang === "shell" || block.lang === "bash") {
      take(block, { problems: await checkCommands(project, fixture.project, fixture.clone, fixture.root, block.code, at) });
    } else if (block.lang in CODE) take(block, await checkCode(fixture, project, block));
    else {
      executed--;
      problems.push({ line: block.line, message: `a \`${block.lang || "plain"}\` block without a title is neither run nor marked \`fragment\`` });
    }
  }
  await probePending();
  return { problems, updated: replacements.length > 0 ? rewriteBlocks(text, replacements) : undefined, executed, fragments };
}
