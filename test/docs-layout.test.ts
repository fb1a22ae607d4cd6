// The repository's layout in docs/contributing.md names every source file, so that a file added
// (or a folder split) shows up there, where a newcomer looks for it.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { expect, it } from "vitest";
import { root } from "./support/workspace.js";

/** The source files under a folder: what is built or bundled, not tests, fixtures or snapshots. */
function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|cjs|html|css)$/.test(entry.name) && !/\.test(?:-d)?\.ts$|\.d\.cts$/.test(entry.name))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .filter((path) => !/(?:^|\/)(?:fixtures|__snapshots__)\//.test(path))
    .sort();
}

it("names every source file of both packages and the playground", () => {
  const page = readFileSync(join(root, "docs", "contributing.md"), "utf8");
  const quoted = [...page.matchAll(/`([^`\s]+)`/g)].map((match) => match[1] as string);
  const named = (path: string) => {
    const parts = path.split("/");
    const file = parts.at(-1) as string;
    const folders = parts.slice(0, -1);
    return (
      quoted.some((token) => token === file || token.endsWith(`/${file}`)) && folders.every((folder) => quoted.some((token) => token.includes(`${folder}/`)))
    );
  };
  const files = ["packages/portal-slug/src", "packages/eslint-plugin-portal-slug/src", "playground/src"].flatMap((folder) =>
    sources(join(root, folder)).map((path) => ({ folder, path })),
  );
  expect(files.length).toBeGreaterThan(70);
  expect(files.filter(({ path }) => !named(path)).map(({ folder, path }) => `${folder}/${path}`)).toEqual([]);
});
