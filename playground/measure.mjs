// `pnpm --filter portal-slug-playground measure` (or `node playground/measure.mjs`): what the
// page weighs and how soon it lints, for BENCHMARKS.md. Sizes are of minified bundles made by
// the page's own bundler (bundle.mjs, same stand-ins), gzip at level 9; the plugin's share is
// the difference between two bundles that differ only in importing it. Times are read from the
// built page in Chromium, a fresh browser each run, medians. Needs the packages built.
import { Buffer } from "node:buffer";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { writePage } from "./build.mjs";
import { launchChromium, servePlayground } from "./browser.mjs";
import { bundle } from "./bundle.mjs";

const RUNS = Number(process.argv.find((arg) => arg.startsWith("--runs="))?.slice("--runs=".length) ?? 5);
const resolveDir = fileURLToPath(new URL(".", import.meta.url));

/** The minified and gzipped sizes of a bundle of `parts`, each a module's code that imports something and keeps it alive. */
async function weigh(parts) {
  const { code } = await bundle({ contents: parts.join("\n"), resolveDir });
  return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

// What the page imports of each, and nothing more: the plugin whole (it brings the parts of the
// core it uses), the core's checker for the slug panel, the parser whole.
const LINTER = `import { Linter } from "eslint/universal"; globalThis.keepLinter = Linter;`;
const PLUGIN = `import plugin from "eslint-plugin-portal-slug"; globalThis.keepPlugin = plugin;`;
const CORE = `import { validatePortalSlug } from "portal-slug"; globalThis.keepCore = validatePortalSlug;`;
const PARSER = `import * as parser from "@typescript-eslint/parser"; globalThis.keepParser = parser;`;

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

const linter = await weigh([LINTER]);
const linterPlugin = await weigh([LINTER, PLUGIN, CORE]);
const linterParser = await weigh([LINTER, PARSER]);
const linterParserPlugin = await weigh([LINTER, PARSER, PLUGIN, CORE]);
// Written, since the times below are read from the page the server serves.
const html = await writePage();
const page = { min: Buffer.byteLength(html), gzip: gzipSync(html, { level: 9 }).length };

console.log("| bundle | min | min+gzip |\n| --- | ---: | ---: |");
for (const [name, size] of [
  ["ESLint `Linter` (`eslint/universal`)", linter],
  ["`Linter` + plugin + core", linterPlugin],
  ["`Linter` + typescript-eslint parser (TypeScript inside)", linterParser],
  ["`Linter` + parser + plugin + core", linterParserPlugin],
  ["the page, `dist/index.html` (all of the above, CodeMirror, the page's code and styles)", page],
]) {
  console.log(`| ${name} | ${kb(size.min)} | ${kb(size.gzip)} |`);
}
console.log(`\nplugin + core on the Linter: +${kb(linterPlugin.min - linter.min)} min, +${kb(linterPlugin.gzip - linter.gzip)} gzip`);
console.log(
  `plugin + core on the Linter with the parser: +${kb(linterParserPlugin.min - linterParser.min)} min, +${kb(linterParserPlugin.gzip - linterParser.gzip)} gzip`,
);

// Times: the page's own figures (see main.ts), from a fresh browser each run, so no run reuses
// another's compiled code.
const server = await servePlayground();
const firstLint = [];
const reportsAt = [];
const typingLint = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      await tab.goto(server.url);
      // Expressions evaluated in the page, as text: they name the page's globals, not Node's.
      await tab.waitForFunction("document.documentElement.dataset.firstLintMs !== undefined");
      const figures = await tab.evaluate("({ ...document.documentElement.dataset })");
      firstLint.push(Number(figures["firstLintMs"]));
      reportsAt.push(Number(figures["firstReportsAtMs"]));
      // A lint while typing: one more character, and the lint it starts.
      const linted = await tab.locator("#reports").getAttribute("data-linted");
      await tab.locator(".cm-content").click();
      await tab.keyboard.press("End");
      await tab.keyboard.type(" ");
      await tab.waitForFunction(`document.getElementById("reports").dataset.linted !== ${JSON.stringify(linted)}`);
      typingLint.push(Number(await tab.locator("#reports").getAttribute("data-lint-ms")));
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.stop();
}
const ms = (values) => `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)})`;
console.log(`\n${RUNS} runs, median (range):`);
console.log(`first lint (Linter.verify, the first sample): ${ms(firstLint)}`);
console.log(`page start to first reports shown: ${ms(reportsAt)}`);
console.log(`a lint after typing one character: ${ms(typingLint)}`);
