/**
 * The Node.js modules (`util`, `url`, `os`, `crypto`, `perf_hooks`, `inspector`) that only code
 * for Node.js or for a project on disk reads: TypeScript's own `sys`, which it builds only where
 * `process` is Node's (the page's says `browser`), typescript-estree's project service and
 * tinyglobby, which run only when the parser is given a project (the page gives none). Nothing
 * here is ever called; an empty module lets that code load.
 */
export default {};
