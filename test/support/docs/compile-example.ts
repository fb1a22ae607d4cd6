// Compile-time examples: every `ts` block without a title is compiled with the project's own
// TypeScript, against the page's tsconfig.json when it wrote one, and what the compiler says is
// held to the block's comments: `~~~ error TS…: …` under each error's characters, and
// `// type → …` after a statement whose type the page states.
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type * as TypeScript from "typescript";
import { restate, type Annotation, type Restatement } from "./annotations.js";
import type { BlockOutcome, Problem } from "./model.js";

type Ts = typeof TypeScript;

/** The TypeScript a project has installed. */
export function projectTypeScript(project: string): Ts {
  return createRequire(join(project, "package.json"))("typescript") as Ts;
}

/** The options of a page that wrote no tsconfig.json: a strict ESM Node.js project. */
const DEFAULTS = {
  target: "es2022",
  module: "nodenext",
  moduleResolution: "nodenext",
  strict: true,
  skipLibCheck: true,
  types: ["node"],
  noEmit: true,
};

/** Source files that no page writes (libraries and the compiler's own libs), parsed once a run. */
const parsed = new Map<string, TypeScript.SourceFile>();

/** A compiler host that reads installed files once, and the project's own every time. */
function host(ts: Ts, options: TypeScript.CompilerOptions): TypeScript.CompilerHost {
  const base = ts.createCompilerHost(options, true);
  const getSourceFile: TypeScript.CompilerHost["getSourceFile"] = (fileName, language, onError, fresh) => {
    const shared = fileName.includes("/node_modules/");
    const key = `${fileName}\0${typeof language === "object" ? language.languageVersion : language}\0${typeof language === "object" ? language.impliedNodeFormat : ""}`;
    if (shared && parsed.has(key) && !fresh) return parsed.get(key);
    const file = base.getSourceFile(fileName, language, onError, fresh);
    if (shared && file) parsed.set(key, file);
    return file;
  };
  return { ...base, getSourceFile };
}

/** What the compiler says of one block: its errors (0-based lines and columns) and the types asked for. */
interface Compiled {
  readonly errors: { line: number; column: number; endColumn: number; text: string }[];
  readonly types: Map<number, string>;
  readonly elsewhere: string[];
}

/** Compiles the block as `docs-example.ts` in the project's root and reads what the compiler says. */
function compile(ts: Ts, project: string, code: string, typeLines: readonly number[]): Compiled {
  const tsconfig = join(project, "tsconfig.json");
  let options: TypeScript.CompilerOptions;
  let rootNames: string[] = [];
  const elsewhere: string[] = [];
  const format = (diagnostic: TypeScript.Diagnostic) =>
    `error TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n").split("\n")[0]}`;
  if (existsSync(tsconfig)) {
    const read = ts.readConfigFile(tsconfig, ts.sys.readFile);
    const config = ts.parseJsonConfigFileContent(read.config ?? {}, ts.sys, project, undefined, tsconfig);
    options = config.options;
    rootNames = config.fileNames;
    // TS18003, no inputs: the block itself is one, added below.
    const errors = [read.error, ...config.errors].filter((d): d is TypeScript.Diagnostic => !!d && d.code !== 18003);
    elsewhere.push(...errors.map((d) => `tsconfig.json: ${format(d)}`));
  } else {
    options = ts.convertCompilerOptionsFromJson(DEFAULTS, project).options;
  }
  const fileName = join(project, "docs-example.ts");
  writeFileSync(fileName, code);
  try {
    const program = ts.createProgram({
      rootNames: [...rootNames.filter((name) => name !== fileName), fileName],
      options: { ...options, noEmit: true },
      host: host(ts, options),
    });
    const file = program.getSourceFile(fileName) as TypeScript.SourceFile;
    const errors = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map((diagnostic) => {
      const start = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      const end = file.getLineAndCharacterOfPosition((diagnostic.start ?? 0) + (diagnostic.length ?? 0));
      const lineLength = (code.split("\n")[start.line] ?? "").length;
      return { line: start.line, column: start.character, endColumn: end.line === start.line ? end.character : lineLength, text: format(diagnostic) };
    });
    elsewhere.push(...[...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map(format));
    const checker = program.getTypeChecker();
    const types = new Map<number, string>();
    for (const line of typeLines) {
      const statement = file.statements.find((node) => file.getLineAndCharacterOfPosition(node.end).line === line);
      let type: TypeScript.Type | undefined;
      if (statement && ts.isTypeAliasDeclaration(statement)) type = checker.getTypeFromTypeNode(statement.type);
      else if (statement && ts.isVariableStatement(statement))
        type = statement.declarationList.declarations[0] && checker.getTypeAtLocation(statement.declarationList.declarations[0].name);
      else if (statement && ts.isExpressionStatement(statement)) type = checker.getTypeAtLocation(statement.expression);
      if (type) types.set(line, checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation));
    }
    return { errors, types, elsewhere };
  } finally {
    rmSync(fileName, { force: true });
  }
}

/**
 * Compiles a block and compares the compiler's errors and types with its comments. A block
 * whose comments state no error must compile without one.
 */
export function checkCompiled(
  ts: Ts,
  project: string,
  code: string,
  annotations: readonly Annotation[],
  at: number,
): BlockOutcome & { readonly compiles: boolean } {
  const typeAnnotations = annotations.filter((annotation) => annotation.kind === "type");
  const stated = annotations.filter((annotation) => annotation.kind === "diagnostic");
  const { errors, types, elsewhere } = compile(
    ts,
    project,
    code,
    typeAnnotations.map((annotation) => annotation.target),
  );
  const problems: Problem[] = elsewhere.map((message) => ({ line: at - 1, message: `the compiler, outside the block: ${message}` }));
  const restated: Restatement[] = [];
  let changed = false;
  const key = (line: number, column: number, endColumn: number, text: string) => `${line}:${column}:${endColumn}:${text}`;
  const given = new Set(errors.map((error) => key(error.line, error.column, error.endColumn, error.text)));
  const said = new Set(stated.map((annotation) => key(annotation.target, annotation.column ?? 0, annotation.endColumn ?? 0, annotation.text)));
  for (const error of errors) {
    restated.push({ kind: "diagnostic", target: error.line, column: error.column, endColumn: error.endColumn, text: error.text });
    if (!said.has(key(error.line, error.column, error.endColumn, error.text))) {
      changed = true;
      problems.push({ line: at + error.line, message: `the compiler says, at columns ${error.column + 1}-${error.endColumn + 1}: ${error.text}` });
    }
  }
  for (const annotation of stated) {
    if (!given.has(key(annotation.target, annotation.column ?? 0, annotation.endColumn ?? 0, annotation.text))) {
      changed = true;
      problems.push({ line: at + annotation.first, message: `the compiler does not say this here: ${annotation.text}` });
    }
  }
  for (const annotation of typeAnnotations) {
    const type = types.get(annotation.target);
    if (type === undefined) {
      problems.push({
        line: at + annotation.first,
        message: "a type comment must follow a type alias, a declaration or an expression statement ending on its line",
      });
      continue;
    }
    restated.push({ kind: "type", target: annotation.target, text: type });
    if (type !== annotation.text) {
      changed = true;
      problems.push({ line: at + annotation.first, message: `the comment says the type is ${annotation.text}, the compiler says ${type}` });
    }
  }
  const compiles = errors.length === 0 && elsewhere.length === 0;
  if (!changed) return { problems, compiles };
  const { code: updated, unplaced } = restate(code, ["diagnostic", "type"], restated);
  for (const mark of unplaced)
    problems.push({ line: at + mark.target, message: `tildes cannot be drawn under column ${(mark.column ?? 0) + 1}, left of the comment's own //` });
  return { problems, updated, compiles };
}
