// `portal-slug fix` as a user runs it: the installed command in a project of its own, linting
// with the project's ESLint (10, 9 and 8.57 with flat config) and the built plugin, writing the
// files it changes and no other, and saying in one line each file it had to leave as it was.
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runInNewContext } from "node:vm";
import { checkCreateSessionRequest } from "portal-slug";
import { afterAll, describe, expect, it } from "vitest";
import { root } from "./support/workspace.js";

const bin = join(root, "packages", "portal-slug", "bin", "portal-slug.js");
const installed = join(root, "test", "node_modules");
const scratch = mkdtempSync(join(tmpdir(), "portal-slug-fix-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A flat config as the README gives it: typescript-eslint's parser for every file, and the plugin's recommended rules. */
const CONFIG = `import portalSlug from "eslint-plugin-portal-slug";
import tseslint from "typescript-eslint";

export default [tseslint.configs.base, portalSlug.configs.recommended];
`;

/** The same for JavaScript only, with ESLint's own parser. */
const JS_CONFIG = `import portalSlug from "eslint-plugin-portal-slug";

export default [portalSlug.configs.recommended];
`;

/** The older body, sent by raw HTTP: the current server refuses it. */
const OLDER = `export async function openPortal() {
  await fetch("https://api.unkey.com/v2/portal.createSession", {
    method: "POST",
    body: JSON.stringify({ slug: "My-Portal", externalId: "u", permissions: ["api.*.read_key"] }),
  });
}
`;

const NEWER = OLDER.replace(
  '{ slug: "My-Portal", externalId: "u", permissions: ["api.*.read_key"] }',
  '{ portal: "my-portal", externalId: "u", scopes: ["keys:read"] }',
);

let made = 0;

/**
 * A project in a folder of its own: `files` written, and in node_modules the ESLint installed
 * under `eslint` (an alias: eslint, eslint9, eslint8), the built plugin and typescript-eslint,
 * as a user's install puts them. `without` leaves packages out.
 */
function project(files: Record<string, string>, { eslint = "eslint", without = [] as string[] } = {}): string {
  const dir = join(scratch, `project-${++made}`);
  const modules = join(dir, "node_modules");
  mkdirSync(modules, { recursive: true });
  const packages: Record<string, string> = {
    eslint,
    "eslint-plugin-portal-slug": "eslint-plugin-portal-slug",
    "typescript-eslint": "typescript-eslint",
    typescript: "typescript",
  };
  for (const [name, from] of Object.entries(packages))
    if (!without.includes(name)) symlinkSync(realpathSync(join(installed, from)), join(modules, name), "dir");
  writeFileSync(join(dir, "package.json"), '{ "name": "fix-me", "private": true, "type": "module" }\n');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Runs the installed command in `dir`. */
const fix = (dir: string, ...args: string[]) => {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, "fix", ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status, stdout, stderr };
};

const read = (dir: string, file: string): string => readFileSync(join(dir, file), "utf8");

describe("portal-slug fix", () => {
  it("makes the dashboard's snippet a body the runtime guard accepts, in one run", () => {
    const dir = project({ "eslint.config.js": CONFIG });
    mkdirSync(join(dir, "src", "services"), { recursive: true });
    for (const file of ["src/unkey.ts", "src/services/onboarding.ts"]) copyFileSync(join(root, "examples", "portal-service", file), join(dir, file));
    const before = read(dir, "src/services/onboarding.ts");
    // The unknown key and the two misspelt scopes, then the older `permissions` the renamed key left beside it.
    expect(fix(dir)).toEqual({
      status: 0,
      stdout: "src/services/onboarding.ts: 4 suggestions applied\n1 file fixed with 4 suggestions\n",
      stderr: "",
    });
    const after = read(dir, "src/services/onboarding.ts");
    const body = /createSession\((\{.*\})\)/.exec(after)?.[1];
    expect(body).toBe('{ portal: "pc_3Kd9xQ2", externalId: user.id, scopes: ["keys:read", "keys:create"] }');
    // Only the body changed.
    expect(after).toBe(before.replace(/createSession\(\{.*\}\)/, `createSession(${body})`));
    expect(checkCreateSessionRequest(runInNewContext(`(${body})`, { user: { id: "user_1" } }))).toMatchObject({ valid: true, generation: "newer", issues: [] });
    expect(fix(dir)).toEqual({ status: 0, stdout: "nothing to fix in 3 files\n", stderr: "" });
  });

  it.each(["eslint", "eslint9", "eslint8"])("migrates the older body sent by raw HTTP in one run, with the project's %s", (eslint) => {
    const dir = project({ "eslint.config.js": JS_CONFIG, "src/portal.js": OLDER }, { eslint });
    // The migration and the slug's own suggestion touch the same property: two passes, one run.
    expect(fix(dir)).toEqual({ status: 0, stdout: "src/portal.js: 2 suggestions applied\n1 file fixed with 2 suggestions\n", stderr: "" });
    expect(read(dir, "src/portal.js")).toBe(NEWER);
  });

  it("prints a unified diff with --dry-run, which git apply takes, and writes nothing", () => {
    const dir = project({ "eslint.config.js": JS_CONFIG, "src/portal.js": OLDER });
    const past = new Date("2020-01-01T00:00:00Z");
    utimesSync(join(dir, "src/portal.js"), past, past);
    const run = fix(dir, "--dry-run");
    expect(run).toEqual({
      status: 0,
      stdout: [
        "--- a/src/portal.js",
        "+++ b/src/portal.js",
        "@@ -1,6 +1,6 @@",
        " export async function openPortal() {",
        '   await fetch("https://api.unkey.com/v2/portal.createSession", {',
        '     method: "POST",',
        '-    body: JSON.stringify({ slug: "My-Portal", externalId: "u", permissions: ["api.*.read_key"] }),',
        '+    body: JSON.stringify({ portal: "my-portal", externalId: "u", scopes: ["keys:read"] }),',
        "   });",
        " }",
        "",
      ].join("\n"),
      // The summary on stderr, so that stdout is the diff alone.
      stderr: "src/portal.js: 2 suggestions to apply\n1 file would be fixed with 2 suggestions\n",
    });
    expect(read(dir, "src/portal.js")).toBe(OLDER);
    expect(statSync(join(dir, "src/portal.js")).mtime).toEqual(past);
    writeFileSync(join(dir, "fix.patch"), run.stdout);
    const check = spawnSync("git", ["apply", "--check", "fix.patch"], { cwd: dir, encoding: "utf8" });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
    spawnSync("git", ["apply", "fix.patch"], { cwd: dir });
    expect(read(dir, "src/portal.js")).toBe(NEWER);
  });

  it("never touches a file it did not change, and names each report it left, exit 1", () => {
    const clean = 'export const open = (unkey) => unkey.portal.createSession({ portal: "billing", externalId: "u", scopes: ["keys:read"] });\n';
    // No slug can be made of "!!": the report has no suggestion.
    const hopeless = 'export const open = (unkey) => unkey.portal.createSession({ portal: "!!", externalId: "u", scopes: ["keys:read"] });\n';
    const dir = project({ "eslint.config.js": JS_CONFIG, "src/clean.js": clean, "src/hopeless.js": hopeless, "src/portal.js": OLDER });
    const past = new Date("2020-01-01T00:00:00Z");
    for (const file of ["src/clean.js", "src/hopeless.js"]) utimesSync(join(dir, file), past, past);
    const { status, stdout, stderr } = fix(dir, "src");
    expect(stderr).toBe("");
    expect(status).toBe(1);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(new RegExp(`^src/hopeless\\.js:1:${hopeless.indexOf("!!") + 1}: .*"!!"`));
    expect(lines.slice(1)).toEqual(["src/portal.js: 2 suggestions applied", "1 file fixed with 2 suggestions; 1 report left to fix by hand", ""]);
    for (const file of ["src/clean.js", "src/hopeless.js"]) expect(statSync(join(dir, file)).mtime, file).toEqual(past);
    expect(read(dir, "src/hopeless.js")).toBe(hopeless);
    expect(read(dir, "src/portal.js")).toBe(NEWER);
  });

  it("says each file it had to leave as it was in one line, fixes the rest, exit 2", () => {
    // As an editor saving the file while fix runs: once fix's suggestions are in the text it lints, the file on disk changes.
    const meddling = `import { writeFileSync } from "node:fs";
import portalSlug from "eslint-plugin-portal-slug";

const editor = {
  rules: {
    save: {
      meta: { type: "problem", schema: [] },
      create(context) {
        if (context.filename.endsWith("busy.js") && context.sourceCode.text.includes('"my-portal"')) writeFileSync(context.filename, "// saved meanwhile\\n");
        return {};
      },
    },
  },
};

export default [portalSlug.configs.recommended, { plugins: { editor }, rules: { "editor/save": "error" } }];
`;
    const dir = project({
      "eslint.config.js": meddling,
      "src/broken.js": `${OLDER}export const = ;\n`,
      "src/busy.js": OLDER,
      "src/good.js": OLDER,
      "src/locked.js": OLDER,
    });
    chmodSync(join(dir, "src/locked.js"), 0o444);
    const { status, stdout, stderr } = fix(dir);
    expect(stderr.split("\n")).toEqual([
      "portal-slug: src/broken.js:7:14: Parsing error: Unexpected token =; left as it was",
      "portal-slug: src/busy.js changed while fix ran: run fix again; left as it was",
      "portal-slug: src/locked.js is read-only: make it writable to fix it; left as it was",
      "",
    ]);
    expect(stdout).toBe("src/good.js: 2 suggestions applied\n1 file fixed with 2 suggestions; 3 files left as they were\n");
    expect(status).toBe(2);
    expect(read(dir, "src/broken.js")).toBe(`${OLDER}export const = ;\n`);
    expect(read(dir, "src/busy.js")).toBe("// saved meanwhile\n");
    expect(read(dir, "src/locked.js")).toBe(OLDER);
    expect(read(dir, "src/good.js")).toBe(NEWER);
  });

  it.each([
    [
      "no ESLint",
      { without: ["eslint"] },
      "portal-slug: Missing ESLint: fix lints with the project's own ESLint, and none is installed here; install it with npm install --save-dev eslint eslint-plugin-portal-slug\n",
    ],
    [
      "no plugin",
      { without: ["eslint-plugin-portal-slug"] },
      "portal-slug: Missing eslint-plugin-portal-slug: the ESLint config imports it, and it is not installed; install it with npm install --save-dev eslint eslint-plugin-portal-slug\n",
    ],
  ])("says %s in one line, exit 2", (_, options, stderr) => {
    const dir = project({ "eslint.config.js": JS_CONFIG, "src/portal.js": OLDER }, options);
    expect(fix(dir)).toEqual({ status: 2, stdout: "", stderr });
    expect(read(dir, "src/portal.js")).toBe(OLDER);
  });

  it("says in one line that the config turns on no rule of the plugin, exit 2", () => {
    const dir = project({ "eslint.config.js": 'export default [{ rules: { "no-undef": "error" } }];\n', "src/portal.js": OLDER });
    expect(fix(dir)).toEqual({
      status: 2,
      stdout: "",
      stderr:
        "portal-slug: the ESLint config turns on no portal-slug rule for these files: add eslint-plugin-portal-slug's recommended config to it, then run fix again\n",
    });
  });

  it("says in one line what ESLint says of a path that matches no file, exit 2", () => {
    const dir = project({ "eslint.config.js": JS_CONFIG, "src/portal.js": OLDER });
    expect(fix(dir, "nowhere")).toEqual({ status: 2, stdout: "", stderr: "portal-slug: ESLint cannot lint: No files matching 'nowhere' were found\n" });
  });
});
