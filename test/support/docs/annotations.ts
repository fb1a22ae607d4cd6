// The comments in a code block that state what the code gives, read and written back:
//
//   expression; // → value            what the statement gives at run time (a JavaScript literal,
//   // → {                            on the same line or on the lines after the statement,
//   //   multi: "line",               continued while its brackets are open), or
//   // }                              `// → throws Name: message`
//   declaration; // type → T          what the compiler says the type is
//   code("bad");                      a lint report: carets under its characters, then the message;
//   //    ^^^^^ message               `💡 …` lines after it are its suggestions, in order
//   //    💡 Replace with "good"
//   code("bad");                      a compile error: tildes under its characters, then
//   //    ~~~~~ error TS2345: …       `error TS<code>: <first line of the message>`
//
// Columns are the code's own: a marker line is written at its code line's indentation, so
// Prettier leaves it where it is.

/** What a comment states. */
export type AnnotationKind = "result" | "type" | "report" | "diagnostic";

/** One statement of a comment, bound to the code line it is about (0-based lines of the block). */
export interface Annotation {
  readonly kind: AnnotationKind;
  /** The code line it is about. */
  readonly target: number;
  /** The stated text: the value, the type, the message, or `error TS…: …`. */
  readonly text: string;
  /** For reports and compile errors: the characters marked, 0-based, end exclusive. */
  readonly column?: number;
  readonly endColumn?: number;
  /** For reports: the suggestions' descriptions. */
  readonly suggestions?: readonly string[];
  /** Whether it stands at the end of its code line rather than on lines of its own. */
  readonly trailing: boolean;
  /** The block lines it occupies (for a trailing one, its code line). */
  readonly first: number;
  readonly last: number;
}

const RESULT = "// → ";
const TYPE = "// type → ";
const MARKS = /^(\s*)\/\/(\s*)(\^+|~+) (.*)$/;
const SUGGESTION = /^\s*\/\/\s*💡 (.*)$/;

/** How deep the brackets of some JavaScript text stay open at its end, strings left out. */
export function openBrackets(text: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quote) {
      if (char === "\\") i++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'" || char === "`") quote = char;
    else if ("([{".includes(char)) depth++;
    else if (")]}".includes(char)) depth--;
  }
  return depth;
}

/** Whether a line is nothing but a comment. */
const commentOnly = (line: string) => /^\s*\/\//.test(line);

/** The annotations of a block's code, in order, and the lines that carry none. */
export function readAnnotations(code: string): { annotations: Annotation[]; errors: { line: number; message: string }[] } {
  const lines = code.split("\n");
  const annotations: Annotation[] = [];
  const errors: { line: number; message: string }[] = [];
  let lastCode = -1;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const marks = MARKS.exec(line);
    if (marks) {
      const [, lead = "", gap = "", run = "", text = ""] = marks;
      if (lastCode < 0) {
        errors.push({ line: index, message: "carets or tildes with no code line above them" });
        continue;
      }
      const column = lead.length + 2 + gap.length;
      let last = index;
      const suggestions: string[] = [];
      while (run[0] === "^" && last + 1 < lines.length && SUGGESTION.test(lines[last + 1] as string)) {
        suggestions.push((SUGGESTION.exec(lines[++last] as string) as RegExpExecArray)[1] as string);
      }
      annotations.push({
        kind: run[0] === "^" ? "report" : "diagnostic",
        target: lastCode,
        text,
        column,
        endColumn: column + run.length,
        ...(run[0] === "^" ? { suggestions } : {}),
        trailing: false,
        first: index,
        last,
      });
      index = last;
      continue;
    }
    const ownLine = commentOnly(line);
    const at = ownLine ? line.indexOf("//") : Math.max(line.lastIndexOf(` ${RESULT}`), line.lastIndexOf(` ${TYPE}`)) + 1;
    const rest = at > 0 || ownLine ? line.slice(at) : "";
    const kind: AnnotationKind | undefined = rest.startsWith(TYPE) ? "type" : rest.startsWith(RESULT) ? "result" : undefined;
    if (!kind) {
      if (!ownLine) lastCode = index;
      continue;
    }
    if (ownLine && lastCode < 0) {
      errors.push({ line: index, message: `"${kind === "type" ? TYPE : RESULT}" with no code line above it` });
      continue;
    }
    let text = rest.slice(kind === "type" ? TYPE.length : RESULT.length);
    let last = index;
    // A value that opens brackets goes on over the comment lines after it until they close.
    while (kind === "result" && openBrackets(text) > 0 && last + 1 < lines.length && commentOnly(lines[last + 1] as string)) {
      text += "\n" + (lines[++last] as string).replace(/^\s*\/\/ ?/, "");
    }
    annotations.push({ kind, target: ownLine ? lastCode : index, text, trailing: !ownLine, first: index, last });
    if (!ownLine) lastCode = index;
    index = last;
  }
  return { annotations, errors };
}

/** A new statement of one annotation, to be written in place of what the block says. */
export type Restatement = Pick<Annotation, "kind" | "target" | "text" | "column" | "endColumn" | "suggestions">;

/** The indentation of a line. */
const indentation = (line: string) => /^\s*/.exec(line)?.[0] ?? "";

/** The comment lines that state a report or a compile error under its code line. */
function markLines(codeLine: string, mark: Restatement): string[] | undefined {
  const lead = indentation(codeLine);
  const column = mark.column ?? 0;
  const length = Math.max(1, (mark.endColumn ?? column + 1) - column);
  if (column < lead.length + 2) return undefined;
  const pad = `${lead}//${" ".repeat(column - lead.length - 2)}`;
  const run = (mark.kind === "report" ? "^" : "~").repeat(length);
  return [`${pad}${run} ${mark.text}`, ...(mark.suggestions ?? []).map((suggestion) => `${pad}💡 ${suggestion}`)];
}

/**
 * The block's code with the annotations of `kinds` written as `restated` says: the old ones of
 * those kinds go, the new ones are written where the convention puts them. A result or type
 * stays trailing when it was and still fits on one line. Answers the marks that cannot be drawn
 * (a column left of the comment's own `//`) beside the code.
 */
export function restate(code: string, kinds: readonly AnnotationKind[], restated: readonly Restatement[]): { code: string; unplaced: Restatement[] } {
  const lines = code.split("\n");
  const { annotations } = readAnnotations(code);
  const old = annotations.filter((annotation) => kinds.includes(annotation.kind));
  const dropped = new Set<number>();
  const trailingAt = new Map<number, Annotation>();
  for (const annotation of old) {
    if (annotation.trailing) trailingAt.set(annotation.target, annotation);
    else for (let line = annotation.first; line <= annotation.last; line++) dropped.add(line);
  }
  const after = new Map<number, string[]>();
  const unplaced: Restatement[] = [];
  const output = lines.map((line) => line);
  for (const [target, annotation] of trailingAt) {
    const line = output[target] as string;
    output[target] = line.slice(0, line.lastIndexOf(annotation.kind === "type" ? ` ${TYPE}` : ` ${RESULT}`)).trimEnd();
  }
  for (const statement of restated) {
    const codeLine = lines[statement.target] ?? "";
    const added = after.get(statement.target) ?? [];
    if (statement.kind === "report" || statement.kind === "diagnostic") {
      const marks = markLines(codeLine, statement);
      if (marks) added.push(...marks);
      else unplaced.push(statement);
    } else {
      const prefix = statement.kind === "type" ? TYPE : RESULT;
      const wasTrailing = old.some((annotation) => annotation.target === statement.target && annotation.kind === statement.kind && annotation.trailing);
      const single = !statement.text.includes("\n");
      if (single && (wasTrailing || !old.some((annotation) => annotation.target === statement.target && annotation.kind === statement.kind))) {
        output[statement.target] = `${output[statement.target] as string} ${prefix}${statement.text}`;
      } else {
        const lead = indentation(codeLine);
        const [head = "", ...tail] = statement.text.split("\n");
        added.push(`${lead}${prefix}${head}`, ...tail.map((line) => `${lead}//${line ? ` ${line}` : ""}`));
      }
    }
    after.set(statement.target, added);
  }
  const result: string[] = [];
  output.forEach((line, index) => {
    if (!dropped.has(index)) result.push(line);
    result.push(...(after.get(index) ?? []));
  });
  return { code: result.join("\n"), unplaced };
}
