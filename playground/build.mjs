// `npm run playground:build`: the playground as one self-contained file, dist/index.html, with
// its script and styles inline, so that any static server (or none: file://) can serve it and
// the page asks nothing of any host. The plugin and the core come from their built `dist`, as a
// user's bundler would take them: build the packages first.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Buffer } from "node:buffer";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import { bundle } from "./bundle.mjs";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Where the page is written. */
export const PAGE = here("dist/index.html");

/** What the page needs built before it can be bundled. */
const BUILT = ["../packages/portal-slug/dist/esm/index.js", "../packages/eslint-plugin-portal-slug/dist/esm/index.js"];

/**
 * Text that would end or confuse the inline element it is put in: `</script` ends a script
 * early, `<!--` followed by `<script` sends the HTML parser into a mode where `</script>` no
 * longer ends it.
 */
const BREAKS_OUT = { script: /<\/script|<!--/i, style: /<\/style/i };

/** Builds the page and answers its HTML with the script's esbuild metafile. */
export async function buildPage() {
  const missing = BUILT.filter((path) => !existsSync(here(path)));
  if (missing.length) throw new Error(`${missing.join(", ")} missing: build the packages first (npx pnpm@10.34.9 run build, or npm run demo)`);
  const { code, metafile } = await bundle(here("src/main.ts"));
  const { code: css } = await esbuild.transform(readFileSync(here("src/style.css"), "utf8"), { loader: "css", minify: true });
  if (BREAKS_OUT.script.test(code)) throw new Error("the bundled script holds </script or <!--, which would break out of its inline <script>");
  if (BREAKS_OUT.style.test(css)) throw new Error("the styles hold </style, which would break out of their inline <style>");
  const template = readFileSync(here("src/index.html"), "utf8");
  // Functions, not strings, as replacements: minified code is full of `$&` and `$'`.
  const html = template.replace("/*! style */", () => css.trim()).replace("/*! script */", () => code.trim());
  if (html.includes("/*! style */") || html.includes("/*! script */") || html.length < code.length)
    throw new Error("src/index.html lost its /*! style */ or /*! script */ place");
  return { html, metafile };
}

/** Builds the page and writes it to {@link PAGE}; answers its HTML. */
export async function writePage() {
  const { html } = await buildPage();
  mkdirSync(here("dist"), { recursive: true });
  writeFileSync(PAGE, html);
  return html;
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const html = await writePage();
    console.log(`wrote ${PAGE}: ${kib(Buffer.byteLength(html))}, ${kib(gzipSync(html, { level: 9 }).length)} gzip`);
    console.log("serve it with `npm run playground`, or with any static server");
  } catch (error) {
    console.error(`playground: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}
