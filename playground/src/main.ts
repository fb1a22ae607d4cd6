/**
 * The playground page: the editor, linted on every change by the plugin's rules (`lint.ts`),
 * its reports underlined and listed with their fixes, the URL's hash kept in step with the code
 * so that the link reproduces what is shown (`share.ts`), the known portals, and the slug
 * checker. Each of those lives in a module of its own; this one wires them to the page.
 */
import { defaultKeymap, history as undoHistory, historyKeymap, indentWithTab } from "@codemirror/commands";
import { javascript } from "@codemirror/lang-javascript";
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from "@codemirror/language";
import { lintGutter, lintKeymap, setDiagnostics } from "@codemirror/lint";
import { Compartment, EditorState } from "@codemirror/state";
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from "@codemirror/view";
import { lintedText, toDiagnostic } from "./diagnostics.js";
import { lintSnippet, RULES, type Language } from "./lint.js";
import { showPortals } from "./portals-panel.js";
import { parsePortals } from "./portals-text.js";
import { showReports } from "./reports-panel.js";
import { SAMPLES } from "./samples.js";
import { fromHash, toHash, type SharedState } from "./share.js";
import { showSlugCheck } from "./slug-panel.js";

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const reportsPanel = byId<HTMLElement>("reports");
const languageSelect = byId<HTMLSelectElement>("language");
const samplesSelect = byId<HTMLSelectElement>("samples");
const portalsInput = byId<HTMLTextAreaElement>("portals");
const portalsOutput = byId<HTMLElement>("portals-output");
const slugInput = byId<HTMLInputElement>("slug");
const slugOutput = byId<HTMLElement>("slug-output");
const linkNote = byId<HTMLElement>("link-note");
const timing = byId<HTMLElement>("timing");

/**
 * Lints this long after the last change, so that a burst of keys or a paste is linted once; twice
 * as long as the last lint took when that was longer, so that a file of thousands of lines, whose
 * lint takes a second, does not freeze every pause in typing.
 */
const LINT_DELAY_MS = 120;
let lastLintMs = 0;

/** Browsers refuse to open an address much longer than this (Chromium: 2 MB). */
const LONGEST_LINK = 2_000_000;

const languageExtension = (language: Language) => javascript({ typescript: language === "ts" });
const languageSlot = new Compartment();

let language: Language = "ts";
let portals: string[] = [];
let firstLintDone = false;

/** The state as the page holds it now. */
const current = (): SharedState => ({ code: view.state.doc.toString(), language, portals });

/** Puts the state in the hash without a history entry per key: the back button leaves the page, as it would after reading. */
function syncHash(): void {
  const hash = toHash(current());
  if (location.hash !== hash) window.history.replaceState(null, "", hash);
  // A note about the link the page opened with says nothing of the code once it is edited; one
  // about a link too long to open is said while it is.
  const tooLong = hash.length > LONGEST_LINK;
  linkNote.textContent = tooLong ? `This code makes a link of ${(hash.length / 1e6).toFixed(1)} MB, longer than a browser opens: share the file instead.` : "";
  linkNote.hidden = !tooLong;
}

/** Lints the code in the editor now, shows the reports, and times the first lint of the page. */
function lintNow(): void {
  const code = view.state.doc.toString();
  const outcome = lintSnippet(code, language, portals);
  const linted = lintedText(code);
  const diagnostics = outcome.messages.map((message) => toDiagnostic(linted, message));
  view.dispatch(setDiagnostics(view.state, diagnostics));
  const note = outcome.failure
    ? `Linting failed: ${outcome.failure}`
    : outcome.settingsRefused
      ? `This build of the plugin refused the known portals (${outcome.settingsRefused}); linted without them.`
      : undefined;
  showReports(reportsPanel, view, diagnostics, toHash({ code, language, portals }), note);
  reportsPanel.dataset["lintMs"] = outcome.milliseconds.toFixed(1);
  lastLintMs = outcome.milliseconds;
  if (!firstLintDone) {
    firstLintDone = true;
    // The first lint pays for warming ESLint and the parser up; the page's own start is told apart.
    const ready = performance.now();
    document.documentElement.dataset["firstLintMs"] = outcome.milliseconds.toFixed(1);
    document.documentElement.dataset["firstReportsAtMs"] = ready.toFixed(1);
    timing.textContent = `First lint: ${outcome.milliseconds.toFixed(0)} ms; reports shown ${ready.toFixed(0)} ms after the page started loading.`;
  }
}

let pending: ReturnType<typeof setTimeout> | undefined;
function scheduleLint(): void {
  clearTimeout(pending);
  pending = setTimeout(lintNow, Math.max(LINT_DELAY_MS, 2 * lastLintMs));
}

const view = new EditorView({
  parent: byId("editor"),
  state: EditorState.create({
    doc: "",
    extensions: [
      lineNumbers(),
      highlightActiveLineGutter(),
      undoHistory(),
      drawSelection(),
      indentOnInput(),
      bracketMatching(),
      highlightActiveLine(),
      syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      lintGutter(),
      EditorView.lineWrapping,
      keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap, indentWithTab]),
      languageSlot.of(languageExtension(language)),
      EditorView.contentAttributes.of({ "aria-label": "Code to lint" }),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        syncHash();
        scheduleLint();
      }),
    ],
  }),
});

function setLanguage(next: Language): void {
  language = next;
  languageSelect.value = next;
  view.dispatch({ effects: languageSlot.reconfigure(languageExtension(next)) });
}

function setPortals(next: readonly string[]): void {
  portals = [...next];
  showPortals(portalsOutput, portals);
  // The slug is checked against the portals declared now, as `portal-slug check --portals` would.
  showSlugCheck(slugOutput, slugInput.value, portals);
}

/** Shows `state`: the code replaces the editor's, with the language and portals it came with. */
function load(state: SharedState): void {
  setLanguage(state.language);
  setPortals(state.portals);
  portalsInput.value = state.portals.join("\n");
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: state.code } });
  syncHash();
  clearTimeout(pending);
  lintNow();
}

/** The state the URL's hash holds, or the first sample; what could not be read is said above the editor. */
function loadFromHash(): void {
  const { state, problem } = fromHash(location.hash);
  const sample = SAMPLES[0];
  if (state) load(state);
  else if (sample) load({ code: sample.code, language: sample.language, portals });
  // Said after loading, which clears the note of the link before.
  if (problem !== undefined) {
    linkNote.textContent = problem;
    linkNote.hidden = false;
  }
}

languageSelect.addEventListener("change", () => {
  setLanguage(languageSelect.value === "js" ? "js" : "ts");
  syncHash();
  lintNow();
});

samplesSelect.append(...SAMPLES.map(({ title }, index) => Object.assign(document.createElement("option"), { value: String(index), textContent: title })));
samplesSelect.addEventListener("change", () => {
  const sample = SAMPLES[Number(samplesSelect.value)];
  samplesSelect.value = "";
  if (sample) load({ code: sample.code, language: sample.language, portals });
});

portalsInput.addEventListener("input", () => {
  setPortals(parsePortals(portalsInput.value));
  syncHash();
  scheduleLint();
});

slugInput.addEventListener("input", () => showSlugCheck(slugOutput, slugInput.value, portals));
showSlugCheck(slugOutput, slugInput.value, portals);

const ruleList = byId<HTMLElement>("rules");
ruleList.append(
  ...RULES.map(({ id, url }) => {
    const item = document.createElement("li");
    const name = Object.assign(document.createElement(url ? "a" : "code"), { textContent: id });
    if (url && name instanceof HTMLAnchorElement) Object.assign(name, { href: url, target: "_blank", rel: "noopener" });
    item.append(name);
    return item;
  }),
);

// A link pasted into the address bar of an open page changes only the hash.
window.addEventListener("hashchange", () => {
  if (location.hash !== toHash(current())) loadFromHash();
});
loadFromHash();
