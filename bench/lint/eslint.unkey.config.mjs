// The flat config of the benchmark's Unkey corpus: what a TypeScript project runs,
// typescript-eslint's recommended rules (no type information) on its parser, as the baseline.
// PORTAL_SLUG_BENCH picks the variant as in eslint.packages.config.mjs (`with`, `with-local`, anything
// else the baseline); PORTAL_SLUG_BENCH_TYPED=1 gives every variant type information through
// the project service, to measure what the typed run adds.
import { pathToFileURL } from "node:url";
import tseslint from "typescript-eslint";

const variant = process.env.PORTAL_SLUG_BENCH;
const entry = process.env.PORTAL_SLUG_BENCH_PLUGIN
  ? pathToFileURL(process.env.PORTAL_SLUG_BENCH_PLUGIN).href
  : new URL("../../packages/eslint-plugin-portal-slug/dist/esm/index.js", import.meta.url).href;
const portalSlug = variant === "with" || variant === "with-local" ? (await import(entry)).default : undefined;

export default [
  { name: "bench/unkey/ignores", ignores: ["**/*.d.ts"] },
  ...tseslint.configs.recommended,
  ...(process.env.PORTAL_SLUG_BENCH_TYPED === "1"
    ? [{ name: "bench/unkey/typed", languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: process.cwd() } } }]
    : []),
  ...(portalSlug ? [portalSlug.configs.recommended] : []),
  ...(variant === "with-local" ? [{ name: "bench/unkey/local", settings: { "portal-slug": { followImports: false } } }] : []),
];
