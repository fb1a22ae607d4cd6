// The playground in a real browser: the page built by `npm run playground:build`, served by
// `npm run playground`'s server on 127.0.0.1, in Debian's Chromium. What the page reports is
// checked against what ESLint reports in Node for the same code and config (the plugin's
// every rule), so the page can neither drop nor invent a report; the hash against Node's own
// base64url; every request against the page's own address.
import { execFileSync, spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import plugin, { rules } from "eslint-plugin-portal-slug";
import type { Browser, Page } from "playwright-core";
import { createPortalList, validatePortalRef, validatePortalSlug } from "portal-slug";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, servePlayground } from "../playground/browser.mjs";
import { root } from "./support/workspace.js";

const SCREENSHOT = join(tmpdir(), "portal-slug-playground.png");

/** The hash a link to `code` carries: Node's base64url, not the page's. */
const hashOf = (code: string, extra = ""): string => `#code=${Buffer.from(code, "utf8").toString("base64url")}${extra}`;

/** The code a hash carries, read with Node's base64url. */
const codeOf = (hash: string): string => Buffer.from(new URLSearchParams(hash.slice(1)).get("code") ?? "", "base64url").toString("utf8");

/** What ESLint reports in Node for `code` as the page lints it: every rule of the plugin on, typescript-eslint's parser for TypeScript. */
function nodeReports(code: string, language: "ts" | "js"): Linter.LintMessage[] {
  const config: Linter.Config[] = [
    { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
    { plugins: { "portal-slug": plugin }, rules: Object.fromEntries(Object.keys(rules).map((name) => [`portal-slug/${name}`, "error"])) },
  ];
  return new Linter({ configType: "flat" }).verify(code, config, { filename: `snippet.${language}` });
}

/** The text a report's line and columns span in `code`. */
function spanned(code: string, { line, column, endLine, endColumn }: Linter.LintMessage): string {
  const starts = [0];
  for (let at = code.indexOf("\n"); at >= 0; at = code.indexOf("\n", at + 1)) starts.push(at + 1);
  const offset = (l: number, c: number) => (starts[l - 1] ?? code.length) + c - 1;
  return code.slice(offset(line, column), offset(endLine ?? line, endColumn ?? column));
}

const JS_SNIPPET = `const { Unkey } = require("@unkey/api");

const unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY });

async function openPortal(user) {
  const { data } = await unkey.portal.createSession({ slug: "My-Portal", externalId: user.id, permissions: ["keys:read"] });
  return data.url;
}

module.exports = { openPortal };
`;

const TS_SNIPPET = `import { Unkey } from "@unkey/api";

interface User {
  readonly id: string;
}

const unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY! });

export async function openPortal(user: User): Promise<string> {
  const { data } = await unkey.portal.createSession({ portal: "billing_portal" as const, externalId: user.id, scopes: ["keys:read"] });
  return data.url;
}
`;

const VALID_SNIPPET = TS_SNIPPET.replace("billing_portal", "billing-portal");

describe("the playground in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let server: { url: string; stop: () => Promise<void> };
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, ["playground/build.mjs"], { cwd: root, stdio: "pipe" });
    server = await servePlayground();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.on("request", (request) => requests.push(request.url()));
    page = await context.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Opens the page at `hash` and waits until the reports shown are those of that code. */
  async function open(hash: string): Promise<void> {
    await page.goto(server.url + hash);
    await waitForLint(hash);
  }

  // Expressions evaluated in the page, as text: this file is type-checked with Node's types, not the DOM's.
  async function waitForLint(hash: string): Promise<void> {
    await page.waitForFunction(`document.getElementById("reports")?.dataset.linted === ${JSON.stringify(hash)}`, undefined, { timeout: 30_000 });
  }

  const currentHash = (): Promise<string> => page.evaluate<string>("location.hash");

  /** The reports the panel lists: where, rule, message, and its buttons' labels. */
  const panelReports = () =>
    page.locator("#reports .report").evaluateAll((items) =>
      items.map((item) => ({
        where: item.querySelector(".report-where")?.textContent,
        rule: item.querySelector(".report-rule")?.textContent,
        message: item.querySelector(".report-message")?.textContent,
        fixes: [...item.querySelectorAll(".report-fix")].map((button) => button.textContent),
      })),
    );

  /** What Node's ESLint reports, in the panel's terms. */
  const expectedReports = (code: string, language: "ts" | "js") =>
    nodeReports(code, language).map((message) => ({
      where: `${message.line}:${message.column}`,
      rule: message.ruleId,
      message: message.message,
      fixes: (message.suggestions ?? []).map((suggestion) => suggestion.desc),
    }));

  const underlined = () => page.locator(".cm-lintRange-error").allTextContents();

  it("reports a bad slug in a JavaScript snippet as ESLint does, underlined at its characters", async () => {
    const hash = hashOf(JS_SNIPPET, "&lang=js");
    await open(hash);
    const expected = expectedReports(JS_SNIPPET, "js");
    // Every rule of the plugin runs: the slug's report is one of what ESLint gives, and the page gives all of them.
    expect(expected).toContainEqual(
      expect.objectContaining({ rule: "portal-slug/valid-slug", message: expect.stringContaining('Invalid portal slug "My-Portal": "M" at index 0') }),
    );
    expect(await panelReports()).toEqual(expected);
    expect(await underlined()).toEqual(nodeReports(JS_SNIPPET, "js").map((message) => spanned(JS_SNIPPET, message)));
    expect(await underlined()).toContain("My-P");
    expect(await page.locator("#language").inputValue()).toBe("js");
  });

  it("fixes it with the suggestion's button in the panel, and keeps the link in step", async () => {
    await page.locator("#reports .report-fix", { hasText: 'Replace with "my-portal"' }).click();
    const fixed = JS_SNIPPET.replace('"My-Portal"', '"my-portal"');
    await waitForLint(hashOf(fixed, "&lang=js"));
    expect(codeOf(await currentHash())).toBe(fixed);
    expect(expectedReports(fixed, "js")).toEqual([]);
    expect(await page.locator("#reports .reports-count").textContent()).toBe("No reports.");
    expect(await underlined()).toEqual([]);
  });

  it("reports a bad slug in a TypeScript snippet, and the editor's own tooltip fixes it", async () => {
    const hash = hashOf(TS_SNIPPET);
    await open(hash);
    const expected = expectedReports(TS_SNIPPET, "ts");
    const slugReport = expected.find(({ rule }) => rule === "portal-slug/valid-slug");
    expect(slugReport?.message).toContain('Invalid portal slug "billing_portal": "_" at index 7 is an underscore');
    expect(await panelReports()).toEqual(expected);
    expect(await underlined()).toEqual(nodeReports(TS_SNIPPET, "ts").map((message) => spanned(TS_SNIPPET, message)));
    expect(await underlined()).toContain("_");
    expect(await page.locator("#language").inputValue()).toBe("ts");

    await page.locator(".cm-lintRange-error").filter({ hasText: /^_$/ }).hover();
    const tooltip = page.locator(".cm-tooltip-lint");
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain(slugReport?.message);
    await tooltip.locator(".cm-diagnosticAction", { hasText: 'Replace with "billing-portal"' }).click();
    await waitForLint(hashOf(VALID_SNIPPET));
    expect(codeOf(await currentHash())).toBe(VALID_SNIPPET);
    expect(await page.locator("#reports .reports-count").textContent()).toBe("No reports.");
  });

  it("shows no report for a valid snippet", async () => {
    expect(nodeReports(VALID_SNIPPET, "ts")).toEqual([]);
    await open(hashOf(VALID_SNIPPET));
    expect(await page.locator("#reports .reports-count").textContent()).toBe("No reports.");
    expect(await page.locator("#reports .report").count()).toBe(0);
    expect(await page.locator(".cm-lintRange").count()).toBe(0);
  });

  it("round-trips the code through the hash: a link opens it, typing keeps the hash in step, reloading restores it", async () => {
    // Beyond ASCII, so that the UTF-8 and base64url are both exercised: a Cyrillic look-alike, an emoji, a CJK comment.
    const code = `// 門戸 🚪\nawait unkey.portal.createSession({ slug: "portаl", externalId: "u1" });\n`;
    const hash = hashOf(code);
    await open(hash);
    expect(await currentHash()).toBe(hash);
    expect(await page.locator(".cm-content").textContent()).toContain('slug: "portаl"');
    expect(await page.locator("#reports .report").count()).toBe(nodeReports(code, "ts").length);

    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("// é");
    const typed = `${code}// é`;
    await waitForLint(hashOf(typed));
    expect(codeOf(await currentHash())).toBe(typed);

    await page.reload();
    await waitForLint(hashOf(typed));
    expect(await page.locator(".cm-content").textContent()).toContain("// é");
    expect(await page.locator(".cm-content").textContent()).toContain("// 門戸 🚪");
  });

  it("says when a link's code cannot be read, and shows the sample instead", async () => {
    await page.goto(`${server.url}#code=not*base64`);
    await page.locator("#link-note").waitFor();
    expect(await page.locator("#link-note").textContent()).toContain("not base64url");
    await page.waitForFunction(`document.getElementById("reports")?.dataset.linted?.startsWith("#code=")`);
    expect(await page.locator("#reports .report").count()).toBeGreaterThan(0);
    // Once the code is edited, the note about the link it did not come from is gone.
    await page.locator(".cm-content").click();
    await page.keyboard.type(" ");
    await page.locator("#link-note").waitFor({ state: "hidden" });
  });

  it("passes the known portals to the plugin and carries them in the link", async () => {
    await open(hashOf(TS_SNIPPET));
    await page.locator("#portals").fill("billing-portal\nsupport\n\nBilling Portal\npc_3Kd9xQ2");
    const hash = hashOf(TS_SNIPPET, `&portals=${Buffer.from("billing-portal\nsupport\nBilling Portal\npc_3Kd9xQ2").toString("base64url")}`);
    await waitForLint(hash);
    expect(await currentHash()).toBe(hash);
    expect(await page.locator("#portals-output").textContent()).toContain("4 known portals");
    // The one line that is neither a slug nor an ID is marked, in the core's words for a list's entry; the ID is not.
    const [problem] = createPortalList(["billing-portal", "support", "Billing Portal", "pc_3Kd9xQ2"]).problems;
    expect(await page.locator("#portals-output .portals-invalid").allTextContents()).toEqual([problem?.message]);
    // A plugin without the setting refuses it and the page lints without it; either way the slug's report stands.
    expect(await page.locator("#reports").textContent()).not.toContain("Linting failed");
    expect(await page.locator("#reports .report-message").first().textContent()).toContain('"billing_portal"');
  });

  it("checks a slug as the CLI does: the core's issues, their characters marked, the suggestion", async () => {
    await page.locator("#portals").fill("");
    const slug = "My_Portal\u200b";
    const result = validatePortalSlug(slug);
    if (result.valid) throw new Error("the sample slug is valid");
    await page.locator("#slug").fill(slug);
    const output = page.locator("#slug-output");
    expect(await output.locator(".slug-verdict").textContent()).toBe("invalid");
    expect(await output.locator(".slug-issue").allTextContents()).toEqual(result.issues.map(({ code, message }) => `${code}: ${message}`));
    const marked = result.issues.flatMap(({ index }) => (index === undefined ? [] : [String(index)]));
    expect(await output.locator("mark").evaluateAll((marks) => marks.map((mark) => mark.getAttribute("data-offset")))).toEqual(marked);
    expect(await output.locator("mark.slug-code-point").textContent()).toBe("U+200B");
    expect(await output.locator(".slug-suggested").textContent()).toBe(result.suggestion);

    await page.locator("#slug").fill("billing-portal");
    expect(await output.locator(".slug-verdict").textContent()).toBe("valid");

    // With known portals, as `check --portals` does: a declared ID is valid, a typo of a declared slug is not.
    const portals = ["billing-portal", "pc_3Kd9xQ2"];
    await page.locator("#portals").fill(portals.join("\n"));
    await page.locator("#slug").fill("pc_3Kd9xQ2");
    expect(await output.locator(".slug-verdict").textContent()).toBe("valid");
    await page.locator("#slug").fill("biling-portal");
    const typo = validatePortalRef("biling-portal", { portals });
    if (typo.valid) throw new Error("the typo is a declared portal");
    expect(await output.locator(".slug-verdict").textContent()).toBe("invalid");
    expect(await output.locator(".slug-issue").allTextContents()).toEqual(typo.issues.map(({ code, message }) => `${code}: ${message}`));
    await page.locator("#portals").fill("");
  });

  it("takes a screenshot, kept outside the repository", async () => {
    await open(hashOf(TS_SNIPPET));
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    expect(SCREENSHOT.startsWith(root)).toBe(false);
  });

  it("asks nothing of any host but its own server, and nothing failed in the page", () => {
    const origin = new URL(server.url).origin;
    const elsewhere = requests.filter((url) => !url.startsWith("data:") && new URL(url).origin !== origin);
    expect(elsewhere).toEqual([]);
    expect(requests.filter((url) => url.startsWith(origin)).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

it("type-checks the page's code with the DOM's types", () => {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const run = spawnSync(process.execPath, [tsc, "-p", "playground/tsconfig.json"], { cwd: root, encoding: "utf8" });
  expect(run.stdout + run.stderr).toBe("");
  expect(run.status).toBe(0);
});
