/**
 * ESLint's messages as the editor's diagnostics: each underlines the exact characters its
 * message names (ESLint's 1-based lines and columns turned into document offsets), and each of
 * its suggestions, and its fix when it has one, is an action that applies the edit.
 */
import type { Action, Diagnostic } from "@codemirror/lint";
import type { Text } from "@codemirror/state";
import type { EditorView } from "@codemirror/view";
import type { Linter } from "eslint/universal";

/** An edit ESLint proposes: a fix, or a suggestion's. */
type Edit = NonNullable<Linter.LintMessage["fix"]>;

/** The document offset of ESLint's `line` and `column`, kept inside the document. */
function offsetOf(doc: Text, line: number, column: number): number {
  const at = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(at.from + Math.max(column, 1) - 1, at.to);
}

/**
 * An action that replaces what `fix` names. The diagnostic was at `linted` when the code was
 * linted; the editor gives the action where it is now, and the edit moves with it, so a line
 * typed above it since does not misplace the fix.
 */
function editAction(name: string, fix: Edit, linted: number): Action {
  return {
    name,
    apply(view: EditorView, from: number) {
      const shift = from - linted;
      view.dispatch({ changes: { from: fix.range[0] + shift, to: fix.range[1] + shift, insert: fix.text }, userEvent: "input.fix" });
    },
  };
}

/** One ESLint message as a diagnostic on `doc`, the document that was linted. */
export function toDiagnostic(doc: Text, message: Linter.LintMessage): Diagnostic {
  const from = offsetOf(doc, message.line, message.column);
  const to = message.endLine === undefined ? from : Math.max(from, offsetOf(doc, message.endLine, message.endColumn ?? message.column));
  const actions = [
    ...(message.suggestions ?? []).map((suggestion) => editAction(suggestion.desc, suggestion.fix, from)),
    ...(message.fix ? [editAction("Fix", message.fix, from)] : []),
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
