// The compile-time check of `portalSlug`, run by every TypeScript a user may have: 5.5 (the
// oldest supported), 6.0 (the one this repository builds with) and the native TypeScript 7.
// Each compiles the fixture in fixtures/types/ against the package's source, as it is and again
// with its `@ts-expect-error` directives lifted to read the messages, and then a set of generated
// strings on which the types must name the same first problem as the runtime.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { PORTAL_SLUG_ISSUE_CODES, REASONS } from "../packages/portal-slug/src/contract.js";
import { scanPortalSlug } from "../packages/portal-slug/src/scan.js";

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const fixture = here("./fixtures/types/");
const sourceDir = here("../packages/portal-slug/src");

interface Compiler {
  name: string;
  /** A JavaScript launcher in each package, the native binary's included, so Node runs all three. */
  bin: string;
  version: RegExp;
}

const COMPILERS: Compiler[] = [
  { name: "TypeScript 5.5", bin: here("./node_modules/typescript55/bin/tsc"), version: /^Version 5\.5\.\d+$/ },
  { name: "TypeScript 6.0", bin: here("./node_modules/typescript/bin/tsc"), version: /^Version 6\.0\.\d+$/ },
  { name: "TypeScript 7", bin: here("./node_modules/typescript7/bin/tsc"), version: /^Version 7\.\d+\.\d+$/ },
];

interface Diagnostic {
  file: string;
  line: number;
  code: string;
  /** The first line and its elaboration, as the compiler printed them. */
  text: string;
}

function compile(compiler: Compiler, project: string): { status: number | null; diagnostics: Diagnostic[]; output: string } {
  const run = spawnSync(process.execPath, [compiler.bin, "-p", project, "--pretty", "false"], { encoding: "utf8" });
  const output = run.stdout + run.stderr;
  const diagnostics: Diagnostic[] = [];
  for (const line of output.split("\n")) {
    const head = /^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/.exec(line);
    if (head) diagnostics.push({ file: head[1] as string, line: Number(head[2]), code: head[3] as string, text: head[4] as string });
    else if (line.trim() && diagnostics.length) (diagnostics.at(-1) as Diagnostic).text += `\n${line}`;
  }
  return { status: run.status, diagnostics, output };
}

const DIRECTIVE = /^\/\/ @ts-expect-error (.+)$/;

/** The calls in invalid.ts and the message each must fail with, by the call's line number. */
function expectations(): Map<number, string> {
  const expected = new Map<number, string>();
  readFileSync(join(fixture, "invalid.ts"), "utf8")
    .split("\n")
    .forEach((line, index) => {
      const match = DIRECTIVE.exec(line);
      if (match) expected.set(index + 2, match[1] as string);
    });
  return expected;
}

/** Folders the tests write projects into, removed when they are done. */
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

function scratchFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "portal-slug-types-"));
  scratch.push(dir);
  return dir;
}

/** A relative import specifier from `dir` to `target`, with forward slashes on every system. */
const specifierFrom = (dir: string, target: string): string => relative(dir, target).split(sep).join("/");

/**
 * The fixture in a fresh folder with the `@ts-expect-error` directives turned into plain
 * comments, so that the compiler reports what it otherwise keeps quiet. Lines stay where they
 * were; the imports, which climb out of the fixture folder, are pointed at the same sources.
 */
function withoutDirectives(): string {
  const dir = scratchFolder();
  const sources = `"${specifierFrom(dir, sourceDir)}/`;
  for (const file of ["tsconfig.json", "valid.ts", "invalid.ts"]) {
    const text = readFileSync(join(fixture, file), "utf8")
      .replaceAll('"../../../packages/portal-slug/src/', sources)
      .replace(/^\/\/ @ts-expect-error /gm, "// expected: ");
    writeFileSync(join(dir, file), text);
  }
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  return dir;
}

/** How the types show a character they name rather than quote; the rest are quoted. */
const NAMED: Record<string, string> = {
  "'": "U+0027 (apostrophe)",
  "\u00a0": "U+00A0 (no-break space)",
  "\u200b": "U+200B (zero-width space)",
};
const shown = (char: string): string => NAMED[char] ?? (/^[\0-\x7f]$/u.test(char) ? `'${char}'` : `'${char}' (not ASCII)`);

/**
 * The message the types should give for `input`, made from the runtime's first issue and the
 * contract's reasons (double quotes made single, as the types quote): a reworded reason breaks
 * this test unless the types follow.
 */
function expectedMessage(input: string): true | string {
  const [first] = scanPortalSlug(input);
  if (!first) return true;
  const at = first.index as number;
  const char = input[at] as string;
  if (first.code === "too_short") return `Too short: ${input.length} of at least 3 characters`;
  if (first.code === "too_long") return "Too long: more than 64 characters";
  if (first.code === "not_a_string") throw new Error("no string is not a string");
  const where =
    first.code === "consecutive_hyphens"
      ? `'--' at ${at}-${at + 1}`
      : `${first.code === "uppercase" || first.code === "underscore" ? `'${char}'` : shown(char)} at ${at}`;
  return `${where} ${REASONS[first.code].replaceAll('"', "'")}`;
}

const word = fc.stringMatching(/^[a-z0-9]{1,12}$/);
const stray = fc.constantFrom("A", "Z", "_", " ", "\t", "\n", ".", "'", "é", "а", "\u200b", "\u00a0", "-");
/** Mostly slugs of every length around the limits, some with one stray character, some noise. */
const inputs = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 9 }).map((words) => words.join("-")),
  fc.tuple(fc.array(word, { minLength: 1, maxLength: 9 }), stray, fc.nat()).map(([words, char, at]) => {
    const slug = words.join("-");
    const cut = at % (slug.length + 1);
    return slug.slice(0, cut) + char + slug.slice(cut);
  }),
  fc.string({ unit: fc.oneof(fc.constantFrom("a", "z", "0", "9", "-"), stray), maxLength: 70 }),
);

/** A project in a fresh folder that asserts, one line each, the type of every sampled input. */
function agreementProject(samples: string[]): string {
  const dir = scratchFolder();
  const { compilerOptions } = JSON.parse(readFileSync(join(fixture, "tsconfig.json"), "utf8")) as { compilerOptions: object };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["agree.ts"] }));
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  const specifier = `${specifierFrom(dir, sourceDir)}/types.js`;
  const lines = [
    `import type { ValidatePortalSlug } from ${JSON.stringify(specifier)};`,
    // `true` fits only when both sides are the same type; otherwise the error shows both.
    "type Agree<Types, Runtime> = [Types] extends [Runtime] ? ([Runtime] extends [Types] ? true : { types: Types }) : { types: Types };",
    ...samples.map((input, index) => {
      const expected = expectedMessage(input);
      return `export const c${index}: Agree<ValidatePortalSlug<${JSON.stringify(input)}>, ${JSON.stringify(expected)}> = true;`;
    }),
  ];
  writeFileSync(join(dir, "agree.ts"), `${lines.join("\n")}\n`);
  return dir;
}

const samples = fc.sample(inputs, { seed: 20_250_601, numRuns: 500 });

describe.each(COMPILERS)("$name", (compiler) => {
  it("is the version it is meant to be", () => {
    const run = spawnSync(process.execPath, [compiler.bin, "--version"], { encoding: "utf8" });
    expect(run.stdout.trim()).toMatch(compiler.version);
  });

  it("compiles the valid calls, and each invalid call fails, never too deep", () => {
    const { status, output } = compile(compiler, fixture);
    // Clean output means valid.ts compiles and every `@ts-expect-error` in invalid.ts was needed.
    expect(output).toBe("");
    expect(status).toBe(0);
  });

  it("fails each invalid call with exactly the message its directive names", () => {
    const { status, diagnostics, output } = compile(compiler, withoutDirectives());
    expect(output).not.toContain("TS2589");
    const expected = expectations();
    expect(expected.size).toBeGreaterThan(15);
    // Only invalid.ts fails, once on each call's line and nowhere else.
    expect(diagnostics.filter((diagnostic) => !/(^|[\\/])invalid\.ts$/.test(diagnostic.file))).toEqual([]);
    expect(diagnostics.map((diagnostic) => diagnostic.line)).toEqual([...expected.keys()]);
    for (const diagnostic of diagnostics) {
      const message = expected.get(diagnostic.line) as string;
      expect(diagnostic, message).toMatchObject({ code: "TS2345" });
      expect(diagnostic.text).toContain(`parameter of type '"${message}" & InvalidPortalSlug'`);
    }
    expect(status).not.toBe(0);
  });

  it("names the same first problem as the runtime, on generated strings", () => {
    const project = agreementProject(samples);
    const { status, diagnostics, output } = compile(compiler, project);
    expect(output).not.toContain("TS2589");
    // A failing line says which input the types judged differently, and what they said instead.
    const disagreements = diagnostics.map((diagnostic) => {
      // Line 3 asserts the first sample: the import and the helper type come before it.
      const input = samples[diagnostic.line - 3] as string;
      return { input, expected: expectedMessage(input), compiler: diagnostic.text };
    });
    expect(disagreements).toEqual([]);
    expect(status).toBe(0);
  });
});

describe("the generated strings", () => {
  it("cover valid slugs, both length limits and every character rule", () => {
    const codes = new Set(samples.map((input) => scanPortalSlug(input)[0]?.code ?? "valid"));
    // Every code but not_a_string, which no string can have.
    expect([...codes].sort()).toEqual(["valid", ...PORTAL_SLUG_ISSUE_CODES.filter((code) => code !== "not_a_string")].sort());
    expect(samples.some((input) => input.length === 64 && scanPortalSlug(input).length === 0)).toBe(true);
  });
});
