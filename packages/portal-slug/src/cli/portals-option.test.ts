import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPortalList } from "../portals/portal-list.js";
import { validatePortalRef } from "../ref.js";
import { visible } from "../text.js";
import { bin, cli } from "./test-support.js";

/** What JSON.parse says of `text`, to hold the CLI to passing it on. */
const jsonError = (text: string): string => {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${text} parses`);
};

/** The core's own words for the problems of a list, which the CLI says after the list's name. */
const problemsOf = (entries: unknown): string[] => createPortalList(entries).problems.map(({ message }) => message);

describe("portal-slug check --portals", () => {
  it("exits 0 for known portals, slugs and IDs", async () => {
    expect(await cli(["check", "--portals", "billing-portal,dev-docs,pc_3Kd9xQ2", "dev-docs", "pc_3Kd9xQ2"])).toEqual({
      status: 0,
      stdout: "valid    dev-docs\nvalid    pc_3Kd9xQ2\n",
      stderr: "",
    });
  });

  it("reports a well-formed value that is none of them with the closest one, exit 1", async () => {
    const { status, stdout } = await cli(["check", "--portals=billing-portal,dev-docs", "biling-portal", "billing-portal"]);
    expect(status).toBe(1);
    expect(stdout).toBe(
      [
        'invalid  "biling-portal"',
        '  - unknown_portal: "biling-portal" is none of the 2 portals declared, and Unkey answers 404 for a portal it does not have; write "billing-portal"',
        "valid    billing-portal",
        "",
      ].join("\n"),
    );
  });

  it("still names a malformed value's own problems first", async () => {
    const { stdout } = await cli(["check", "--json", "--portals", "billing-portal", "Billing_Portal"]);
    const [result] = JSON.parse(stdout) as { issues: { code: string }[]; suggestion: string }[];
    expect(result?.issues.map(({ code }) => code)).toEqual(["uppercase", "underscore"]);
    expect(result?.suggestion).toBe("billing-portal");
  });

  it("suggests the declared portal a malformed value is near, as the library does, not its own form's", async () => {
    const portals = ["billing-portal", "pc_3Kd9xQ2"];
    for (const [value, declared] of [
      ["Biling_Portal", "billing-portal"],
      ["pc_3Kd9xQ-", "pc_3Kd9xQ2"],
    ]) {
      const { stdout } = await cli(["check", "--json", "--portals", portals.join(","), value as string]);
      const [result] = JSON.parse(stdout) as { suggestion?: string }[];
      expect(result?.suggestion).toBe(declared);
      const library = validatePortalRef(value, { portals });
      expect("suggestion" in library && library.suggestion).toBe(declared);
    }
    expect((await cli(["check", "--portals", portals.join(","), "Biling_Portal"])).stdout).toContain('write "billing-portal"');
  });

  it("reads the list from a file: a JSON array, or one a line, with or without a byte order mark", async () => {
    const files = {
      "portals.json": '["billing-portal", "dev-docs"]\n',
      "portals.txt": "# ours\nbilling-portal\r\n\n  dev-docs  \n",
      "bom.json": '\uFEFF["billing-portal", "dev-docs"]\r\n',
      "bom-array.txt": '\uFEFF["billing-portal", "dev-docs"]',
      "bom-lines.txt": "\uFEFFbilling-portal\r\ndev-docs\r\n",
    };
    for (const file of Object.keys(files)) {
      const { status, stdout } = await cli(["check", "--portals-file", file, "dev-docs", "dev-doc"], { files });
      expect(status, file).toBe(1);
      expect(stdout, file).toContain('; write "dev-docs"');
      expect(stdout, file).toMatch(/^valid {4}dev-docs\n/);
    }
  });

  // Changed on purpose (issue 17, item 7): a bad list is no usage error any more but a problem
  // of what was given, said one line a problem without the usage, each after the list's name.
  it.each([
    [["--portals", "billing-portal,Bad Portal"], [`--portals: ${problemsOf(["billing-portal", "Bad Portal"])[0]}`]],
    // Changed on purpose: an empty name is dropped as a trailing comma's is, so "" names no portal at all.
    [["--portals", ""], ["Missing the portals: --portals names none; name at least one, with --portals or in --portals-file"]],
    [["--portals-file", "missing.json"], ["--portals-file missing.json: Cannot read it: ENOENT: no such file or directory, open 'missing.json'"]],
    [["--portals-file", "broken.json"], [`--portals-file broken.json: Not valid JSON: SyntaxError: ${jsonError('["a",')}`]],
    // A .json file is JSON whatever it starts with, and an object is no list.
    [["--portals-file", "object.json"], [`--portals-file object.json: ${problemsOf({})[0]}`]],
    [["--portals-file", "numbers.json"], problemsOf([1, 2]).map((message) => `--portals-file numbers.json: ${message}`)],
    // Each list judged on its own: the index is the entry's in the list named.
    [["--portals", "dev-docs", "--portals-file", "portals.txt"], [`--portals-file portals.txt: ${problemsOf(["billing-portal", "Bad_Portal"])[0]}`]],
  ])("says a bad list (%j) one line a problem, exit 2", async (options, lines) => {
    const files = {
      "broken.json": '["a",',
      "inner-bom.json": '["a-b",\uFEFF"c-d"]',
      "object.json": "{}",
      "numbers.json": "[1, 2]",
      "portals.txt": "billing-portal\nBad_Portal\n",
    };
    const { status, stdout, stderr } = await cli(["check", ...options, "dev-docs"], { files });
    expect(lines.length).toBeGreaterThan(0);
    expect({ status, stdout, stderr }).toEqual({ status: 2, stdout: "", stderr: lines.map((line) => `portal-slug: ${line}\n`).join("") });
  });

  it("says JSON's whole error for a file with Windows line breaks, not its words up to the first break", async () => {
    const files = { "portals.json": '[\r\n "billing-portal",\r\n]\r\n' };
    const { status, stderr } = await cli(["check", "--portals-file", "portals.json", "billing-portal"], { files });
    expect(status).toBe(2);
    expect(stderr).toBe(`portal-slug: --portals-file portals.json: Not valid JSON: SyntaxError: ${visible(jsonError('[\r\n "billing-portal",\r\n]\r\n'))}\n`);
    expect(stderr).toMatch(/is not valid JSON\n$/);
  });

  it("drops only a byte order mark that starts the file: one between JSON's tokens is no JSON", async () => {
    const files = { "inner-bom.json": '["a-b",\uFEFF"c-d"]' };
    expect(await cli(["check", "--portals-file", "inner-bom.json", "a-b"], { files })).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^portal-slug: --portals-file inner-bom\.json: Not valid JSON: SyntaxError: Unexpected token '\\u\{feff\}'/),
    });
  });

  it("says the first ten problems of a list and counts the rest", async () => {
    const entries = Array.from({ length: 25 }, (_, i) => `Bad_${i}`);
    const { status, stderr } = await cli(["check", "--portals", entries.join(","), "dev-docs"]);
    expect(status).toBe(2);
    const said = problemsOf(entries)
      .slice(0, 10)
      .map((message) => `portal-slug: --portals: ${message}\n`);
    expect(stderr).toBe(`${said.join("")}portal-slug: --portals: (and 15 more)\n`);
  });

  it("says an empty list in one line, naming it, exit 2", async () => {
    expect(await cli(["check", "--portals-file", "empty.json", "dev-docs"], { files: { "empty.json": "[]" } })).toEqual({
      status: 2,
      stdout: "",
      stderr: "portal-slug: Missing the portals: --portals-file empty.json names none; name at least one, with --portals or in --portals-file\n",
    });
    const files = { "empty.json": "[]", "blank.txt": "\n" };
    expect((await cli(["check", "--portals", ",", "--portals-file", "empty.json", "--portals-file", "blank.txt", "dev-docs"], { files })).stderr).toBe(
      "portal-slug: Missing the portals: --portals and --portals-file empty.json and --portals-file blank.txt name none; name at least one, with --portals or in --portals-file\n",
    );
  });
});

describe("portal-slug check --portals-file with a module", () => {
  const portals = ["billing-portal", "dev-docs"];

  it.each([
    ["a named export", "portals.js", { portals }],
    ["a default export", "portals.mjs", { default: portals }],
    ["module.exports = { portals } read as its default", "portals.cjs", { default: { portals } }],
    ["the named export over the default", "both.js", { portals, default: ["other-portal"] }],
    ["a Set", "set.js", { portals: new Set(portals) }],
  ])("reads %s", async (_, path, namespace) => {
    const { status, stdout } = await cli(["check", "--portals-file", path, "dev-docs", "dev-doc"], { modules: { [path]: () => namespace } });
    expect(status).toBe(1);
    expect(stdout).toMatch(/^valid {4}dev-docs\ninvalid {2}"dev-doc"\n/);
    expect(stdout).toContain('; write "dev-docs"');
  });

  it.each([
    [
      "a module that throws on import",
      () => {
        throw new ReferenceError("BILLING is not defined");
      },
      "--portals-file portals.js: Cannot import it: ReferenceError: BILLING is not defined",
    ],
    [
      'an ES module that Node read as CommonJS, in a package without "type": "module"',
      () => {
        throw new SyntaxError("Unexpected token 'export'");
      },
      '--portals-file portals.js: Cannot import it: SyntaxError: Unexpected token \'export\'; name it .mjs, or set "type": "module" in its package.json',
    ],
    [
      "a module with neither export",
      () => ({ billing: "billing-portal" }),
      '--portals-file portals.js: Exports neither "portals" nor a default: export the list as "portals"',
    ],
    [
      "a module whose portals getter throws",
      () => ({
        get portals() {
          throw new Error("no portals yet");
        },
      }),
      "--portals-file portals.js: Reading its exports threw: no portals yet",
    ],
    [
      "a module whose default export is a proxy that throws",
      () => ({
        default: new Proxy(
          {},
          {
            get() {
              throw new TypeError("trapped");
            },
          },
        ),
      }),
      "--portals-file portals.js: Reading its exports threw: TypeError: trapped",
    ],
    [
      // Answered from an async function, such a list was asked for its `then`, outside every read that says so.
      "a module whose portals export is a proxy that throws on every read",
      () => ({
        portals: new Proxy([], {
          get() {
            throw new Error("trap");
          },
        }),
      }),
      "--portals-file portals.js: Reading the portals list threw (a getter or a proxy trap), so no portal is known from it",
    ],
    [
      "a module whose export is no array",
      () => ({ portals: "billing-portal,dev-docs" }),
      `--portals-file portals.js: ${problemsOf("billing-portal,dev-docs")[0]}`,
    ],
  ])("says %s in one line, exit 2", async (_, load, line) => {
    expect(await cli(["check", "--portals-file", "portals.js", "dev-docs"], { modules: { "portals.js": load } })).toEqual({
      status: 2,
      stdout: "",
      stderr: `portal-slug: ${line}\n`,
    });
  });

  it("names no package type for a module whose name already says what it is", async () => {
    const load = () => {
      throw new SyntaxError("Unexpected token 'export'");
    };
    expect((await cli(["check", "--portals-file", "portals.mjs", "dev-docs"], { modules: { "portals.mjs": load } })).stderr).toBe(
      "portal-slug: --portals-file portals.mjs: Cannot import it: SyntaxError: Unexpected token 'export'\n",
    );
  });

  it("says a module that cannot be found in one line, exit 2", async () => {
    expect((await cli(["check", "--portals-file", "missing.mjs", "dev-docs"])).stderr).toBe(
      "portal-slug: --portals-file missing.mjs: Cannot import it: no such file\n",
    );
  });
});

describe("what --portals and --portals-file hold", () => {
  it("trims the blanks around each name of --portals", async () => {
    expect(await cli(["check", "--portals", " billing-portal , dev-docs ", "dev-docs"])).toEqual({ status: 0, stdout: "valid    dev-docs\n", stderr: "" });
  });

  it("skips the empty name a trailing or doubled comma leaves in --portals, and says a list of none", async () => {
    expect(await cli(["check", "--portals", "billing-portal,,dev-docs,", "dev-docs"])).toEqual({ status: 0, stdout: "valid    dev-docs\n", stderr: "" });
    expect((await cli(["check", "--portals", " , ", "dev-docs"])).stderr).toBe(
      "portal-slug: Missing the portals: --portals names none; name at least one, with --portals or in --portals-file\n",
    );
  });

  it("knows the portals of every list given, together", async () => {
    const files = { "more.txt": "billing-portal\n" };
    expect(await cli(["check", "--portals", "dev-docs", "--portals-file", "more.txt", "billing-portal", "dev-docs"], { files })).toEqual({
      status: 0,
      stdout: "valid    billing-portal\nvalid    dev-docs\n",
      stderr: "",
    });
  });

  it("says ten problems without counting more", async () => {
    const entries = Array.from({ length: 10 }, (_, i) => `Bad_${i}`);
    const { stderr } = await cli(["check", "--portals", entries.join(","), "dev-docs"]);
    expect(stderr.split("\n")).toHaveLength(11);
    expect(stderr).not.toContain("more)");
  });

  it("reads a file whose name only contains .json one a line, and any file that starts with [ after blanks as JSON", async () => {
    const files = { "portals.json.txt": "billing-portal\ndev-docs\n", "portals.txt": ' \n ["billing-portal", "dev-docs"]\n' };
    for (const file of Object.keys(files)) {
      expect(await cli(["check", "--portals-file", file, "dev-docs"], { files }), file).toEqual({ status: 0, stdout: "valid    dev-docs\n", stderr: "" });
    }
  });

  it("says a module that throws null in one line", async () => {
    const modules = {
      "portals.js": () => {
        throw null;
      },
    };
    expect((await cli(["check", "--portals-file", "portals.js", "dev-docs"], { modules })).stderr).toBe(
      "portal-slug: --portals-file portals.js: Cannot import it: null\n",
    );
  });

  it("says a module whose default export is null as one with neither export", async () => {
    expect((await cli(["check", "--portals-file", "portals.js", "dev-docs"], { modules: { "portals.js": () => ({ default: null }) } })).stderr).toBe(
      'portal-slug: --portals-file portals.js: Exports neither "portals" nor a default: export the list as "portals"\n',
    );
  });

  it.each([
    ["a function with a portals property", Object.assign(() => undefined, { portals: ["dev-docs"] })],
    ["an object without a portals property", { billing: "billing-portal" }],
  ])("judges a default export that is %s as the list itself", async (_, fallback) => {
    expect((await cli(["check", "--portals-file", "portals.js", "dev-docs"], { modules: { "portals.js": () => ({ default: fallback }) } })).stderr).toBe(
      `portal-slug: --portals-file portals.js: ${problemsOf(fallback)[0]}\n`,
    );
  });

  it("knows the portals of a module's Set or generator beside another list, each read once", async () => {
    function* generated() {
      yield "billing-portal";
    }
    for (const exported of [new Set(["billing-portal"]), generated()]) {
      const modules = { "portals.js": () => ({ portals: exported }) };
      expect(await cli(["check", "--portals", "dev-docs", "--portals-file", "portals.js", "billing-portal", "dev-docs"], { modules })).toEqual({
        status: 0,
        stdout: "valid    billing-portal\nvalid    dev-docs\n",
        stderr: "",
      });
    }
  });

  it("takes a default export that is an array as the list, whatever properties it has", async () => {
    const fallback = Object.assign(["billing-portal"], { portals: ["dev-docs"] });
    expect(await cli(["check", "--portals-file", "portals.js", "billing-portal"], { modules: { "portals.js": () => ({ default: fallback }) } })).toEqual({
      status: 0,
      stdout: "valid    billing-portal\n",
      stderr: "",
    });
  });
});

describe("the installed command's --portals-file", () => {
  const project = mkdtempSync(join(tmpdir(), "portal-slug-portals-"));
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  const files: Record<string, string> = {
    "package.json": '{ "type": "module" }\n',
    "portals.js": 'export const portals = /** @type {const} */ (["billing-portal", "dev-docs"]);\n',
    "portals.mjs": 'export default ["billing-portal", "dev-docs"];\n',
    "portals.cjs": 'const portals = ["billing-portal", "dev-docs"];\nmodule.exports = { portals };\n',
    "portals.json": '["billing-portal", "dev-docs"]\n',
    "throws.js": 'throw new Error("no portals here");\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(project, name), text);
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, "check", ...args], { cwd: project, encoding: "utf8" });

  it.each(["portals.js", "portals.mjs", "portals.cjs", "portals.json"])("imports %s from the working directory, as the other layers read it", (file) => {
    const { status, stdout, stderr } = run("--portals-file", file, "dev-docs", "biling-portal");
    expect(stderr).toBe("");
    expect(status).toBe(1);
    expect(stdout).toMatch(/^valid {4}dev-docs\ninvalid {2}"biling-portal"\n/);
    expect(stdout).toContain('; write "billing-portal"');
  });

  it("says a module that throws on import in one line, exit 2", () => {
    expect(run("--portals-file", "throws.js", "dev-docs")).toMatchObject({
      status: 2,
      stdout: "",
      stderr: "portal-slug: --portals-file throws.js: Cannot import it: no portals here\n",
    });
  });
});
