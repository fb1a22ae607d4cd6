/**
 * `node:fs` in the page, which has no disk: every file is missing. The plugin asks it when it
 * follows an import into another module and finds none, as it finds none for a missing file;
 * typescript-estree's and tinyglobby's calls are only made for a project on disk, which the page
 * never names.
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

export default { statSync, readFileSync, realpathSync, existsSync, lstatSync: statSync, readdirSync: readFileSync };
