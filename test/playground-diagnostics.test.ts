// The playground's diagnostics (playground/src/diagnostics.ts), in Node: ESLint's messages for
// code the editor holds as it is (a byte order mark, U+2028 inside a line, a message with no
// place) turned into the document offsets of the characters ESLint names, and a suggestion
// applied only to the characters it was made for.
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import plugin from "eslint-plugin-portal-slug";
import { describe, expect, it } from "vitest";
import { lintedText, toDiagnostic } from "../playground/src/diagnostics.js";

/** What ESLint reports in Node for `code`, the plugin's slug rule on, as the page lints it. */
function reports(code: string): Linter.LintMessage[] {
  const config: Linter.Config[] = [
    { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
    { plugins: { "portal-slug": plugin }, rules: { "portal-slug/valid-slug": "error" } },
  ];
  return new Linter({ configType: "flat" }).verify(code, config, { filename: "snippet.ts" });
}

/** An editor as an action reads it: the document's text by offsets, and each change dispatched applied to it. */
interface Editor {
  readonly state: { sliceDoc(from: number, to: number): string };
  dispatch(spec: { changes: { from: number; to: number; insert: string } }): void;
  readonly text: string;
}

function editorOf(doc: string): Editor {
  let text = doc;
  return {
    state: { sliceDoc: (from, to) => text.slice(from, to) },
    dispatch: ({ changes: { from, to, insert } }) => {
      text = text.slice(0, from) + insert + text.slice(to);
    },
    get text() {
      return text;
    },
  };
}

const CALL = 'unkey.portal.createSession({ portal: "Bad_Slug" });';

describe("the playground's diagnostics", () => {
  it.each([
    ["a line break of ESLint's the editor keeps inside a line (U+2028)", `const note = "a\u2028b";\n${CALL}`],
    ["U+2029 in a comment", `// a\u2029b\n${CALL}`],
    ["a byte order mark, which ESLint leaves out of its columns", `\uFEFF${CALL}`],
    ["a byte order mark, the call on a later line", `\uFEFFconst a = 1;\n${CALL}`],
  ])("underlines the characters ESLint names, and its suggestion writes the slug: %s", (_, code) => {
    const [message] = reports(code);
    const diagnostic = toDiagnostic(lintedText(code), message as Linter.LintMessage);
    expect(code.slice(diagnostic.from, diagnostic.to)).toBe("Bad_S");
    const view = editorOf(code);
    diagnostic.actions?.[0]?.apply(view as never, diagnostic.from, diagnostic.to);
    expect(view.text).toBe(code.replace("Bad_Slug", "bad-slug"));
  });

  it("places a message with no line or column at the code's start, rather than throwing", () => {
    const message = { ruleId: null, fatal: true, severity: 2, message: "Parsing error: Maximum call stack size exceeded" } as Linter.LintMessage;
    expect(toDiagnostic(lintedText("\uFEFFconst a = 1;"), message)).toMatchObject({ from: 1, to: 1, source: "parser" });
  });

  it("applies a suggestion where the diagnostic has moved, and not once its own characters were changed", () => {
    const [message] = reports(CALL);
    const diagnostic = toDiagnostic(lintedText(CALL), message as Linter.LintMessage);
    const moved = editorOf(`\n${CALL}`);
    diagnostic.actions?.[0]?.apply(moved as never, diagnostic.from + 1, diagnostic.to + 1);
    expect(moved.text).toBe(`\n${CALL.replace("Bad_Slug", "bad-slug")}`);
    const typedInto = CALL.replace('"Bad_Slug"', '"XBad_Slug"');
    const edited = editorOf(typedInto);
    diagnostic.actions?.[0]?.apply(edited as never, diagnostic.from + 1, diagnostic.to + 1);
    expect(edited.text).toBe(typedInto);
  });
});
