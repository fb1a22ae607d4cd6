/**
 * ESLint's messages as the editor's diagnostics: each underlines the exact characters its
 * message names (ESLint's 1-based lines and columns turned into document offsets), and each of
 * its suggestions, and its fix when it has one, is an action that applies the edit.
 */
import type { Action, Diagnostic } from "@codemirror/lint";
import type { EditorView } from "@codemirror/view";
import type { Linter } from "eslint/universal";

/** An edit ESLint proposes: a fix, or a suggestion's. */
type Edit = NonNullable<Linter.LintMessage["fix"]>;

/** ESLint's line breaks: each ends a line, and `\r\n` is one. U+2028 and U+2029 are among them, where the editor keeps them inside a line. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/** The code as ESLint read it: its lines and columns, and its fixes' ranges, count from after a byte order mark, which ESLint leaves out. */
export interface LintedText {
  readonly code: string;
  /** 1 when the code starts with a byte order mark, else 0: what ESLint's offsets are short of the editor's. */
  readonly bom: number;
  /** Where each of ESLint's lines starts and ends, as offsets into `code`. */
  readonly lines: readonly { readonly from: number; readonly to: number }[];
}

/** Reads `code`, the editor's document as it was linted, into ESLint's lines. */
export function lintedText(code: string): LintedText {
  const bom = code.startsWith("\uFEFF") ? 1 : 0;
  const lines: { from: number; to: number }[] = [];
  let from = bom;
  for (const match of code.slice(bom).matchAll(LINE_BREAK)) {
    const end = bom + match.index;
    lines.push({ from, to: end });
    from = end + match[0].length;
  }
  lines.push({ from, to: code.length });
  return { code, bom, lines };
}

/**
 * The document offset of ESLint's `line` and `column`, kept inside the line: at the code's start
 * for a message without them (a parser that ran out of stack says no place).
 */
function offsetOf({ lines, bom }: LintedText, line: number | undefined, column: number | undefined): number {
  if (line === undefined || !Number.isFinite(line)) return bom;
  const at = lines[Math.min(Math.max(line, 1), lines.length) - 1] as { from: number; to: number };
  const within = column === undefined || !Number.isFinite(column) ? 1 : Math.max(column, 1);
  return Math.min(at.from + within - 1, at.to);
}

/**
 * An action that replaces what `fix` names. The diagnostic was at `linted` when the code was
 * linted; the editor gives the action where it is now, and the edit moves with it, so a line
 * typed above it since does not misplace the fix. An edit whose own characters were changed since
 * (a click before the next lint) is not applied: it would write over what was typed.
 */
function editAction(name: string, fix: Edit, linted: number, text: LintedText): Action {
  const from = fix.range[0] + text.bom;
  const to = fix.range[1] + text.bom;
  const replaced = text.code.slice(from, to);
  return {
    name,
    apply(view: EditorView, now: number) {
      const shift = now - linted;
      if (view.state.sliceDoc(from + shift, to + shift) !== replaced) return;
      view.dispatch({ changes: { from: from + shift, to: to + shift, insert: fix.text }, userEvent: "input.fix" });
    },
  };
}

/** One ESLint message as a diagnostic on the text that was linted. */
export function toDiagnostic(text: LintedText, message: Linter.LintMessage): Diagnostic {
  const from = offsetOf(text, message.line, message.column);
  const to = message.endLine === undefined ? from : Math.max(from, offsetOf(text, message.endLine, message.endColumn ?? message.column));
  const actions = [
    ...(message.suggestions ?? []).map((suggestion) => editAction(suggestion.desc, suggestion.fix, from, text)),
    ...(message.fix ? [editAction("Fix", message.fix, from, text)] : []),
  ];
  return {
    from,
    to,
    severity: message.severity === 2 ? "error" : "warning",
    source: message.ruleId ?? "parser",
    message: message.message,
    actions,
  };
}
