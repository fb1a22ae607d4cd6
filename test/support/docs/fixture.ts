// The project every docs page is tried in: a folder as a reader's would be after following the
// README, installed once a test run with npm from the packed tarballs and the registry, and a
// fresh copy of it (sharing its node_modules) for each page, or each part of a page that starts
// again from an empty project.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type * as TypeScript from "typescript";
import { projectTypeScript } from "./compile-example.js";
import { DEFAULT_CONFIG } from "./lint-example.js";
import { runCommand } from "../process.js";
import { writeRuntime } from "./runtime-example.js";
import { packAll } from "../workspace.js";

/**
 * What the fixture installs from the registry beside the two tarballs: what a TypeScript backend
 * that calls Unkey has, and what the docs use. Pinned, so that a release elsewhere cannot change
 * what the pages show between two runs.
 */
export const FIXTURE_PACKAGES = [
  "eslint@10.15.0",
  "typescript-eslint@8.72.0",
  "typescript@6.0.3",
  "@types/node@20.19.43",
  "zod@4.6.7",
  "@unkey/api@2.5.1",
  "oxlint@1.94.0",
  "deno@2.9.6",
];

/** The installed fixture. */
export interface Fixture {
  /** The folder that holds the installed project, the clone and the pages' projects. */
  readonly root: string;
  /** The installed project, `<root>/my-app`, whose node_modules every page's project shares. */
  readonly project: string;
  /** `<root>/portal-slug`: the tarballs in `tarballs/`, where `npm run pack` leaves them in a clone. */
  readonly clone: string;
  /** The module a runtime example imports to hand back what its statements give. */
  readonly capture: string;
  /** A config file holding DEFAULT_CONFIG, for `lint` blocks on a page that wrote none. */
  readonly defaultConfig: string;
  /** The project's TypeScript. */
  readonly typescript: typeof TypeScript;
}

/** How to reach a registry; the suite uses npm's own configuration, a test of the failure another. */
export interface InstallOptions {
  /** More arguments for `npm install` (`--registry`, `--cache`, `--fetch-retries`). */
  readonly npmArgs?: readonly string[];
}

/** The package.json of a new project, as `npm init` with ES modules leaves it. */
const PACKAGE_JSON = `${JSON.stringify({ name: "my-app", version: "1.0.0", private: true, type: "module" }, null, 2)}\n`;

/**
 * Installs the fixture: the packed packages and FIXTURE_PACKAGES in one `npm install`, as the
 * README tells a reader to. Fails, saying that the registry is needed and what npm said, when
 * the install does not succeed: no page is tried without it.
 */
export async function installFixture(options: InstallOptions = {}): Promise<Fixture> {
  const root = mkdtempSync(join(tmpdir(), "portal-slug-docs-"));
  const clone = join(root, "portal-slug");
  mkdirSync(join(clone, "tarballs"), { recursive: true });
  const tarballs = Object.values(packAll().tarballs).map((file) => {
    copyFileSync(file, join(clone, "tarballs", basename(file)));
    return `../portal-slug/tarballs/${basename(file)}`;
  });
  const project = join(root, "my-app");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), PACKAGE_JSON);
  const args = ["install", "--save-dev", "--no-audit", "--no-fund", "--prefer-offline", ...(options.npmArgs ?? []), ...FIXTURE_PACKAGES, ...tarballs];
  const run = await runCommand("npm", args, { cwd: project });
  if (run.status !== 0) {
    rmSync(root, { recursive: true, force: true });
    const said = (run.stderr || run.stdout)
      .split("\n")
      .filter((line) => /error/i.test(line))
      .slice(0, 8)
      .join("\n");
    throw new Error(
      `The docs' fixture project cannot be installed: \`npm ${args.join(" ")}\` exited ${run.status}. ` +
        `It installs ${FIXTURE_PACKAGES.map((spec) => spec.replace(/@[^@]*$/, "")).join(", ")} from the npm registry beside the packed packages; ` +
        `without a registry no docs page can be tried, so every docs test fails.\nnpm said:\n${said}`,
    );
  }
  const defaultConfig = join(project, "docs-default.eslint.config.mjs");
  writeFileSync(defaultConfig, DEFAULT_CONFIG);
  return { root, project, clone, capture: writeRuntime(join(root, "runtime")), defaultConfig, typescript: projectTypeScript(project) };
}

let projects = 0;

/**
 * A new, empty project for a page: `<root>/pages/<n>/my-app` with a package.json as `npm init`
 * writes it, a .gitignore naming node_modules, the fixture's installed packages, and the clone
 * beside it at `../portal-slug`.
 */
export function newProject(fixture: Fixture): string {
  const folder = join(fixture.root, "pages", String(++projects));
  const project = join(folder, "my-app");
  mkdirSync(project, { recursive: true });
  symlinkSync(fixture.clone, join(folder, "portal-slug"), "dir");
  // A folder of links, not a link to the folder: tools that skip node_modules (oxlint) know a
  // folder by that name, and would walk into a link.
  const modules = join(fixture.project, "node_modules");
  mkdirSync(join(project, "node_modules"));
  for (const entry of readdirSync(modules)) symlinkSync(join(modules, entry), join(project, "node_modules", entry), "dir");
  writeFileSync(join(project, "package.json"), PACKAGE_JSON);
  // As in any project under git; oxlint, for one, lints what no ignore file names.
  writeFileSync(join(project, ".gitignore"), "node_modules/\n");
  return project;
}
