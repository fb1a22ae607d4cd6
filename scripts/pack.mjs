// Both packages as npm will publish them, into one folder (tarballs/ unless another is named):
// pnpm packs them, so that the plugin's `portal-slug: workspace:^` becomes the `^0.1.0` a registry
// resolves. Until the packages are on the registry, a project installs these two files together.
// Needs a built workspace: `npm run pack` installs and builds first, then runs this.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const { packageManager } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/** The folder `npm run pack` writes to, relative to the repository root. */
export const TARBALLS = "tarballs";

/**
 * Packs every package under packages/ into `destination` (an old tarball of the same name is
 * replaced) and answers each tarball's absolute path, by package name.
 * @param {string} destination
 * @returns {Record<string, string>}
 */
export function packAll(destination) {
  const folder = isAbsolute(destination) ? destination : resolve(root, destination);
  mkdirSync(folder, { recursive: true });
  /** @type {Record<string, string>} */
  const tarballs = {};
  for (const entry of readdirSync(join(root, "packages"))) {
    const dir = join(root, "packages", entry);
    const { name, version, private: unpublished } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    if (unpublished) continue;
    const file = join(folder, `${name.replace(/^@/, "").replace("/", "-")}-${version}.tgz`);
    rmSync(file, { force: true });
    execFileSync("npx", ["--yes", packageManager, "pack", "--pack-destination", folder], { cwd: dir, stdio: "pipe" });
    tarballs[name] = file;
  }
  return tarballs;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const file of Object.values(packAll(process.argv[2] ?? TARBALLS))) console.log(file);
}
