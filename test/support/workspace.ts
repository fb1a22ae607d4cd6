// Where things are, and the packages packed as they would be published, for tests that cross packages.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));

/** Every published package's folder, by its name. */
export const packages: Record<string, string> = Object.fromEntries(
  readdirSync(join(root, "packages")).map((folder) => {
    const dir = join(root, "packages", folder);
    const { name } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string };
    return [name, dir];
  }),
);

/** The tarballs of one test file's process: packed once, by the script `npm run pack` runs. */
let packed: { folder: string; tarballs: Record<string, string> } | undefined;

/**
 * Packs every package as it would be published (workspace versions replaced) into one temporary
 * folder, with `scripts/pack.mjs` as `npm run pack` does, once a process; answers the folder and
 * each tarball's path by package name.
 */
export function packAll(): { folder: string; tarballs: Record<string, string> } {
  if (packed) return packed;
  const folder = mkdtempSync(join(tmpdir(), "portal-slug-pack-"));
  const printed = execFileSync(process.execPath, [join(root, "scripts", "pack.mjs"), folder], { encoding: "utf8", stdio: "pipe" });
  const files = printed.split("\n").filter(Boolean);
  const tarballs = Object.fromEntries(
    Object.entries(packages).map(([name, dir]) => {
      const { version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string };
      const file = files.find((path) => path.endsWith(`/${name}-${version}.tgz`));
      if (!file) throw new Error(`scripts/pack.mjs left no tarball for ${name}: ${printed}`);
      return [name, file];
    }),
  );
  packed = { folder, tarballs };
  return packed;
}

/** Packs a package as it would be published (workspace versions replaced) and answers the tarball's path. */
export function pack(name: string): string {
  const tarball = packAll().tarballs[name];
  if (!tarball) throw new Error(`no package named ${name} under packages/`);
  return tarball;
}
