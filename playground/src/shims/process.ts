/**
 * The `process` global that ESLint and typescript-eslint read in a browser: no environment, a
 * root working folder. `browser: true` keeps TypeScript from taking the page for Node.js and
 * asking for its file system.
 */
export const process = {
  env: {} as Record<string, string | undefined>,
  browser: true,
  platform: "browser",
  version: "",
  versions: {} as Record<string, string>,
  argv: [] as string[],
  cwd: (): string => "/",
  nextTick: (callback: (...args: unknown[]) => void, ...args: unknown[]): void => queueMicrotask(() => callback(...args)),
  emitWarning: (): void => {},
};
