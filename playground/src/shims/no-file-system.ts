/**
 * `node:fs` in the page, which has no disk: every file is missing. Its importers are
 * typescript-estree (its tsconfig and project code), tinyglobby and TypeScript's own `sys`, which
 * only run for a project on disk, which the page never names; and whatever module of the plugin
 * still reads files (the ones that follow imports are not in the page: see bundle.mjs), which
 * then finds none, as it finds none for a missing file.
 */
const missing = (path: unknown): Error =>
  Object.assign(new Error(`ENOENT: no such file or directory, '${String(path)}' (the playground has no files)`), { code: "ENOENT" });

/** No file is there: `undefined` when asked not to throw, as Node answers for a missing file. */
export function statSync(path: unknown, options?: { throwIfNoEntry?: boolean }): undefined {
  if (options?.throwIfNoEntry === false) return undefined;
  throw missing(path);
}

/** Throws as for a missing file. */
export function readFileSync(path: unknown): never {
  throw missing(path);
}

/** Throws as for a missing file. */
export const realpathSync = Object.assign(
  (path: unknown): never => {
    throw missing(path);
  },
  {
    native: (path: unknown): never => {
      throw missing(path);
    },
  },
);

/** Nothing exists. */
export const existsSync = (): boolean => false;

export default { statSync, readFileSync, realpathSync, existsSync };
