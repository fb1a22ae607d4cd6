/**
 * The panel that lists every report of the last lint: where (line:column, which moves the
 * cursor there), which rule, the message, and a button for each suggestion. A button applies the
 * same action as the editor's tooltip, at the place the report has now.
 */
import { forEachDiagnostic, type Diagnostic } from "@codemirror/lint";
import type { EditorView } from "@codemirror/view";

/** Where `diagnostic` is in the editor now, or `undefined` once a newer lint replaced it. */
function placeOf(view: EditorView, diagnostic: Diagnostic): { from: number; to: number } | undefined {
  let place: { from: number; to: number } | undefined;
  forEachDiagnostic(view.state, (shown, from, to) => {
    if (shown === diagnostic) place = { from, to };
  });
  return place;
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ""): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
};

/** One report's entry. */
function entry(view: EditorView, diagnostic: Diagnostic): HTMLLIElement {
  const item = element("li", `report report-${diagnostic.severity}`);
  const line = view.state.doc.lineAt(diagnostic.from);
  const where = element("button", "report-where", `${line.number}:${diagnostic.from - line.from + 1}`);
  where.type = "button";
  where.title = "Show in the editor";
  where.addEventListener("click", () => {
    const place = placeOf(view, diagnostic);
    if (!place) return;
    view.dispatch({ selection: { anchor: place.from, head: place.to }, scrollIntoView: true });
    view.focus();
  });
  item.append(where, element("code", "report-rule", diagnostic.source ?? ""), element("span", "report-message", diagnostic.message));
  for (const action of diagnostic.actions ?? []) {
    const button = element("button", "report-fix", action.name);
    button.type = "button";
    button.addEventListener("click", () => {
      const place = placeOf(view, diagnostic);
      if (place) action.apply(view, place.from, place.to);
    });
    item.append(button);
  }
  return item;
}

/**
 * Shows `diagnostics`, the reports on the code `linted` (its hash part, so that a test or a
 * reader can tell which code the list belongs to), in `panel`; `note` says something about the
 * run itself (a refused setting, a failure).
 */
export function showReports(panel: HTMLElement, view: EditorView, diagnostics: readonly Diagnostic[], linted: string, note: string | undefined): void {
  const heading = element(
    "p",
    "reports-count",
    diagnostics.length === 0 ? "No reports." : diagnostics.length === 1 ? "1 report" : `${diagnostics.length} reports`,
  );
  const list = element("ol", "reports-list");
  list.append(...diagnostics.map((diagnostic) => entry(view, diagnostic)));
  panel.replaceChildren(heading, ...(note ? [element("p", "reports-note", note)] : []), list);
  panel.dataset["linted"] = linted;
}
