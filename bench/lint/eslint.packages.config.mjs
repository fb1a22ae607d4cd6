// The flat config the lint benchmark runs on its packages corpus (given to ESLint with `-c`; not
// named eslint.config.mjs, since ESLint 10 looks a config up from each file's folder and would
// then lint the repository's own bench scripts, and any corpus left in place, with this one),
// in variants that differ in one rule only:
// PORTAL_SLUG_BENCH=with adds eslint-plugin-portal-slug's recommended config, `with-local` the
// same with imports left unfollowed (settings["portal-slug"].followImports false), anything
// else is the baseline. The baseline is ESLint's own recommended set on plain JavaScript (espree, no
// type information): a light baseline, so the rule's share is measured against the least
// work a real project does, not hidden behind an expensive type-aware setup.
import { pathToFileURL } from "node:url";
import js from "@eslint/js";

const variant = process.env.PORTAL_SLUG_BENCH;
const withRule = variant === "with" || variant === "with-local";

/** Globals of Node and the browser, so that no-undef judges real code as its authors ran it. */
const GLOBALS = Object.fromEntries(
  [
    "AbortController",
    "AbortSignal",
    "Blob",
    "Buffer",
    "TextDecoder",
    "TextEncoder",
    "URL",
    "URLSearchParams",
    "WebAssembly",
    "__dirname",
    "__filename",
    "atob",
    "btoa",
    "clearImmediate",
    "clearInterval",
    "clearTimeout",
    "console",
    "crypto",
    "document",
    "exports",
    "fetch",
    "global",
    "globalThis",
    "module",
    "navigator",
    "performance",
    "process",
    "queueMicrotask",
    "Request",
    "require",
    "Response",
    "Headers",
    "FormData",
    "setImmediate",
    "setInterval",
    "setTimeout",
    "structuredClone",
    "window",
    "self",
    "location",
    "Event",
    "EventTarget",
    "MessageChannel",
    "Intl",
    "define",
  ].map((name) => [name, "readonly"]),
);

// Imported from the built ESM entry by path: the bench lives outside any package that depends
// on the plugin, and the CommonJS build is not needed to lint. PORTAL_SLUG_BENCH_PLUGIN names
// another entry (an absolute path), to measure a candidate build against this one.
const entry = process.env.PORTAL_SLUG_BENCH_PLUGIN
  ? pathToFileURL(process.env.PORTAL_SLUG_BENCH_PLUGIN).href
  : new URL("../../packages/eslint-plugin-portal-slug/dist/esm/index.js", import.meta.url).href;
const portalSlug = withRule ? (await import(entry)).default : undefined;

export default [
  {
    name: "bench/baseline",
    ...js.configs.recommended,
    languageOptions: { ecmaVersion: "latest", globals: GLOBALS },
  },
  { name: "bench/module", files: ["module/**"], languageOptions: { sourceType: "module" } },
  { name: "bench/commonjs", files: ["commonjs/**"], languageOptions: { sourceType: "commonjs" } },
  ...(portalSlug ? [portalSlug.configs.recommended] : []),
  // An empty rule beside the plugin's: what ESLint's own per-rule, per-file cost (and --stats' timing
  // of it) comes to on this corpus, the floor under any rule's share.
  ...(portalSlug
    ? [
        {
          name: "bench/floor",
          plugins: { "bench-floor": { rules: { empty: { meta: { schema: [] }, create: () => ({}) } } } },
          rules: { "bench-floor/empty": "error" },
        },
      ]
    : []),
  ...(variant === "with-local" ? [{ name: "bench/local", settings: { "portal-slug": { followImports: false } } }] : []),
];
