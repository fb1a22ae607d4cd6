// The promise the README makes for editors: the problem at the exact characters, with a
// suggestion. It is checked where editors get it, from the ESLint language server VS Code's
// ESLint extension runs, because ESLint's own API does not show what that server drops or reshapes.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LspClient, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from "./support/lsp-client.js";
import { root } from "./support/workspace.js";

const project = fileURLToPath(new URL("./fixtures/editor/", import.meta.url));
const file = join(project, "portal.js");
const uri = pathToFileURL(file).href;
const server = join(dirname(createRequire(import.meta.url).resolve("vscode-langservers-extracted/package.json")), "bin", "vscode-eslint-language-server");

const DOCS_PATH = "packages/eslint-plugin-portal-slug/docs/rules/valid-slug.md";

/**
 * The extension's settings as VS Code sends them. The server reads fields of most of these
 * without checking they exist, and a missing one fails linting with only a logged error.
 */
const settings = {
  validate: "on",
  run: "onType",
  // eslint and the plugin are the ones installed for these tests, not whatever is on the machine.
  nodePath: fileURLToPath(new URL("./node_modules", import.meta.url)),
  experimental: {},
  options: {},
  problems: { shortenToSingleLine: false },
  rulesCustomizations: [],
  // Off, so that the only code actions offered are the rule's own.
  codeAction: {
    disableRuleComment: { enable: false, location: "separateLine", commentStyle: "line" },
    showDocumentation: { enable: false },
  },
  codeActionOnSave: { mode: "all" },
  format: false,
  quiet: false,
  onIgnoredFiles: "off",
  workspaceFolder: { name: "editor", uri: pathToFileURL(project).href },
};

/** The edits a workspace edit makes to one document, in either of the shapes LSP allows. */
function editsTo(edit: WorkspaceEdit, target: string): TextEdit[] {
  return [
    ...(edit.changes?.[target] ?? []),
    ...(edit.documentChanges ?? []).filter((change) => change.textDocument.uri === target).flatMap((change) => change.edits),
  ];
}

describe("the ESLint language server, on a file with an invalid slug", () => {
  let client: LspClient;
  const applied: WorkspaceEdit[] = [];

  /** Pulls the file's diagnostics: this server answers pulls and pushes nothing. */
  async function diagnostics(): Promise<Diagnostic[]> {
    const report = await client.request<{ kind: string; items: Diagnostic[] }>("textDocument/diagnostic", { textDocument: { uri } });
    expect(report.kind).toBe("full");
    return report.items;
  }

  /** Names what the server logged, so that a quiet failure (no items) is not a mystery. */
  const why = (what: string): string => `${what}; the server logged: ${client.errors.join("\n") || "nothing"}`;

  beforeAll(async () => {
    client = new LspClient(server, { cwd: project, timeoutMs: 10_000 });
    client.onRequest("workspace/configuration", (params) => (params as { items: unknown[] }).items.map(() => settings));
    client.onRequest("workspace/applyEdit", (params) => {
      applied.push((params as { edit: WorkspaceEdit }).edit);
      return { applied: true };
    });
    await client.request("initialize", {
      // The server ends itself if this process dies, so a crashed run leaves no server behind.
      processId: process.pid,
      rootUri: pathToFileURL(project).href,
      workspaceFolders: [{ uri: pathToFileURL(project).href, name: "editor" }],
      capabilities: {
        workspace: { configuration: true, applyEdit: true },
        textDocument: {
          diagnostic: { dynamicRegistration: false },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } },
        },
      },
    });
    client.notify("initialized", {});
    client.notify("textDocument/didOpen", {
      textDocument: { uri, languageId: "javascript", version: 1, text: readFileSync(file, "utf8") },
    });
  }, 20_000);

  afterAll(async () => {
    await client?.stop();
  }, 10_000);

  it("reports the underscore, with the rule's id, message and docs link", async () => {
    const items = await diagnostics();
    expect(items, why("no diagnostics")).toHaveLength(1);
    expect(items[0]).toEqual({
      source: "eslint",
      code: "portal-slug/valid-slug",
      codeDescription: { href: `https://github.com/portal-slug/portal-slug/blob/main/${DOCS_PATH}` },
      // The recommended config makes an invalid slug an error, not a warning.
      severity: 1,
      message: 'Invalid portal slug "my_portal": "_" at index 2 is an underscore: join words with "-"; write "my-portal"',
      // Line 3 of portal.js, the "_" alone: `portal: "my_portal"` has its opening quote at character 52.
      range: { start: { line: 2, character: 55 }, end: { line: 2, character: 56 } },
    });
    // The link is only as good as the page it names.
    expect(existsSync(join(root, DOCS_PATH))).toBe(true);
  });

  it("offers the suggestion as a code action whose edit replaces the whole literal", async () => {
    const [diagnostic] = await diagnostics();
    expect(diagnostic, why("no diagnostic to ask code actions for")).toBeDefined();
    const actions = await client.request<CodeAction[] | null>("textDocument/codeAction", {
      textDocument: { uri },
      range: diagnostic?.range,
      context: { diagnostics: [diagnostic] },
    });
    const titles = (actions ?? []).map((action) => action.title);
    const suggestion = actions?.find((action) => action.title.includes('Replace with "my-portal"'));
    expect(suggestion, why(`no suggestion among ${JSON.stringify(titles)}`)).toMatchObject({
      kind: "quickfix",
      diagnostics: [diagnostic],
      command: { command: "eslint.applySuggestion" },
    });
    // A different slug opens a different portal: the rule suggests and must never autofix.
    expect(actions?.filter((action) => action.command?.command === "eslint.applySingleFix")).toEqual([]);

    const command = suggestion?.command as NonNullable<CodeAction["command"]>;
    // The server asks for the edit to be applied before it answers the command.
    await client.request("workspace/executeCommand", { command: command.command, arguments: command.arguments });
    expect(applied, why("no edit applied")).toHaveLength(1);
    expect(editsTo(applied[0] as WorkspaceEdit, uri)).toEqual([
      // From the opening quote at 50 to past the closing one at 60, quotes kept.
      { range: { start: { line: 2, character: 52 }, end: { line: 2, character: 63 } }, newText: '"my-portal"' },
    ]);
  });
});
