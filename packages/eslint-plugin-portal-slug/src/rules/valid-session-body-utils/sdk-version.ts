/**
 * Which `@unkey/api` a linted file's project has installed. SDK 2.5.1 and later send the newer
 * createSession body only, so there the older body (`slug`, `permissions`) is refused before it
 * leaves the process: an error, not a style choice. The package is looked for as Node finds it,
 * in the `node_modules` of the file's folder and each folder above.
 */
import { readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { CREATE_SESSION_API } from "portal-slug";
import { createCache } from "../../util/cache.js";

/** The parts of a semver version (`v2.5.1-beta.1`: 2, 5 and 1), or `undefined` for what is no version. */
const versionParts = (version: string | undefined): number[] | undefined => {
  const parts = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version ?? "");
  return parts ? parts.slice(1, 4).map(Number) : undefined;
};

/** The first version of `@unkey/api` that sends the newer body only, as the API's description dates it. */
const NEWER_BODY_SINCE = versionParts(CREATE_SESSION_API.generations.newer.sdk.since);

/** What was found, by folder (`null`: no version): a lint run asks once a folder, an editor again after a while. */
const found = createCache<string, string | null>("lint-run");

/** The version in `<folder>/node_modules/@unkey/api/package.json`; `null` when there is no such package there. */
function versionIn(folder: string): string | undefined | null {
  const path = join(folder, "node_modules", "@unkey", "api", "package.json");
  try {
    // Most folders have none: asked without an exception, which costs more than the look.
    if (!statSync(path, { throwIfNoEntry: false })) return null;
  } catch {
    // What is no folder (a Markdown file whose code blocks a processor hands over as
    // `README.md/0.ts`) or cannot be read holds no package either.
    return null;
  }
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return null;
  }
  try {
    const { version } = JSON.parse(text) as { version?: unknown };
    return typeof version === "string" ? version : undefined;
  } catch {
    return undefined;
  }
}

/** The version of `@unkey/api` that `file` would import, or `undefined` when none is installed (or there is no file system). */
export function installedSdkVersion(file: string): string | undefined {
  const visited: string[] = [];
  let version: string | null = null;
  for (let folder = dirname(file); ;) {
    const known = found.get(folder);
    if (known !== undefined) {
      version = known;
      break;
    }
    visited.push(folder);
    const here = versionIn(folder);
    if (here !== null) {
      version = here ?? null;
      break;
    }
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  for (const folder of visited) found.set(folder, version);
  return version ?? undefined;
}

/** Whether `version` (semver, a pre-release counted as its release) is the first that sends the newer body only, or later; false for what is no version. */
export function sendsNewerBodyOnly(version: string | undefined): boolean {
  const parts = versionParts(version);
  if (!parts || !NEWER_BODY_SINCE) return false;
  for (let i = 0; i < 3; i++) {
    const difference = (parts[i] as number) - (NEWER_BODY_SINCE[i] as number);
    if (difference !== 0) return difference > 0;
  }
  return true;
}
