// Where things are, and how to run the workspace's pinned pnpm, for tests that cross packages.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));

const { packageManager } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { packageManager: string };

/** Every published package's folder, by its name. */
export const packages: Record<string, string> = Object.fromEntries(
  readdirSync(join(root, "packages")).map((folder) => {
    const dir = join(root, "packages", folder);
    const { name } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string };
    return [name, dir];
  }),
);

/** Packs a package as it would be published (workspace versions replaced) and answers the tarball's path. */
export function pack(name: string): string {
  const destination = mkdtempSync(join(tmpdir(), "portal-slug-pack-"));
  execFileSync("npx", ["--yes", packageManager, "pack", "--pack-destination", destination], { cwd: packages[name], stdio: "pipe" });
  const [tarball] = readdirSync(destination).filter((file) => file.endsWith(".tgz"));
  if (!tarball) throw new Error(`pnpm pack left no tarball for ${name}`);
  return join(destination, tarball);
}
