// The compile-time check of `portalSlug`, run by every TypeScript a user may have: 5.5 (the
// oldest supported), 6.0 (the one this repository builds with) and the native TypeScript 7.
// Each compiles the fixtures as they are and again with their `@ts-expect-error` directives
// lifted to read the messages: fixtures/types/ against the package's source, and
// fixtures/types-register/, which declares the workspace's portals as a user does, against the
// built package. Then generated strings, on which the types must name the same first problem as
// the runtime, and generated lists of portals, on which they must name the same closest one.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { PORTAL_SLUG_ISSUE_CODES, REASONS } from "../packages/portal-slug/src/contract.js";
import { createPortalList } from "../packages/portal-slug/src/portals/portal-list.js";
import { unknownPortalIssue } from "../packages/portal-slug/src/portals/unknown-portal.js";
import { scanPortalSlug } from "../packages/portal-slug/src/scan.js";

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const fixture = here("./fixtures/types/");
const sourceDir = here("../packages/portal-slug/src");
const packageDir = here("../packages/portal-slug");

/** Each fixture: its folder, what its `invalid.ts` checks, and the `Register` members it declares instead of its own register.ts's. */
const FIXTURES: { name: string; dir: string; register?: string }[] = [
  { name: "the slug rules", dir: fixture },
  { name: "declared portals", dir: here("./fixtures/types-register/") },
  // The same portals as a program that keeps its list as a value declares them: the list's own
  // type (a tuple, `[number]` forgotten), optional, which must check exactly as the union does.
  {
    name: "declared portals as an optional tuple",
    dir: here("./fixtures/types-register/"),
    register: 'portals?: readonly ["billing-portal", "dev-docs", "pc_3Kd9xQ2", "Not_A_Portal"];',
  },
];

/** A module that declares `members` in `Register`, as register.ts does. */
const registerModule = (members: string): string =>
  `import type {} from "portal-slug";\n\ndeclare module "portal-slug" {\n  interface Register {\n    ${members}\n  }\n}\n`;

/**
 * Declarations of `Register` that are mistakes, and what every `portalSlug` call then says: each
 * would otherwise turn the check of declared portals off in silence.
 */
const REGISTER_MISTAKES = [
  {
    name: "a misspelt member",
    members: 'portal: "billing-portal" | "dev-docs";',
    message: "Register declares 'portal', which portal-slug does not read: declare the portals as 'portals'",
  },
  {
    name: "portals that are not all strings",
    members: 'portals: "billing-portal" | 42;',
    message:
      "Register's 'portals' holds something other than strings: declare the portals' slugs and IDs, as a union ('billing-portal' | 'dev-docs') or an array of them",
  },
];

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

/** The calls in a fixture's invalid.ts and the message each must fail with, by the call's line number. */
function expectations(dir: string): Map<number, string> {
  const expected = new Map<number, string>();
  readFileSync(join(dir, "invalid.ts"), "utf8")
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
 * A fixture in a fresh folder with the `@ts-expect-error` directives of its invalid.ts turned
 * into plain comments, so that the compiler reports what it otherwise keeps quiet. Lines stay
 * where they were; the imports, which climb out of the fixture folder, are pointed at the same
 * sources, and "portal-slug" at the same package.
 */
function withoutDirectives(from: string, register?: string): string {
  return copied(from, { lift: true, register });
}

/**
 * A fixture in a fresh folder, its imports pointed as {@link withoutDirectives} says, its
 * directives lifted when `lift` says so, and its register.ts declaring `register` when given.
 */
function copied(from: string, { lift, register }: { lift: boolean; register?: string | undefined }): string {
  const dir = scratchFolder();
  const sources = `"${specifierFrom(dir, sourceDir)}/`;
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(packageDir, join(dir, "node_modules", "portal-slug"), "dir");
  for (const file of readdirSync(from).filter((name) => /\.(ts|json)$/.test(name))) {
    const text = readFileSync(join(from, file), "utf8").replaceAll('"../../../packages/portal-slug/src/', sources);
    writeFileSync(join(dir, file), lift && file === "invalid.ts" ? text.replace(/^\/\/ @ts-expect-error /gm, "// expected: ") : text);
  }
  if (register !== undefined) writeFileSync(join(dir, "register.ts"), registerModule(register));
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
  if (first.code === "too_short") return `'${input}' is too short: ${input.length} character${input.length === 1 ? "" : "s"}, at least 3`;
  // The types count no further than 65 characters, and quote the first 40 code units.
  if (first.code === "too_long") return `'${input.slice(0, 40)}…' is too long: more than 64 characters`;
  if (first.code === "not_a_string") throw new Error("no string is not a string");
  const where =
    first.code === "consecutive_hyphens"
      ? `'--' at index ${at}`
      : `${first.code === "uppercase" || first.code === "underscore" ? `'${char}'` : shown(char)} at index ${at}`;
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
  const specifier = `${specifierFrom(dir, sourceDir)}/compile-time/index.js`;
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

/** A value checked against a list of declared portals. */
interface PortalSample {
  portals: string[];
  value: string;
}

const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-";
/** `slug` with `count` edits of the kinds the distance counts, at random places. */
const edited = (slug: string, edits: { kind: number; at: number; char: number }[]): string =>
  edits.reduce((text, { kind, at, char }) => {
    const i = at % (text.length + 1);
    const c = alphabet[char % alphabet.length] as string;
    if (kind === 0) return text.slice(0, i) + c + text.slice(i);
    if (kind === 1) return text.slice(0, i) + text.slice(i + 1);
    if (kind === 2) return text.slice(0, i) + c + text.slice(i + 1);
    return text.slice(0, i) + text.slice(i + 1, i + 2) + text.slice(i, i + 1) + text.slice(i + 2);
  }, slug);
const slug = fc
  .array(word, { minLength: 1, maxLength: 4 })
  .map((words) => words.join("-"))
  .filter((text) => scanPortalSlug(text).length === 0);
const edit = fc.record({ kind: fc.nat(3), at: fc.nat(), char: fc.nat() });
/** A portal ID, which a slug's place never takes: counted among the declared portals, never listed or offered. */
const portalId = fc.stringMatching(/^pc_[A-Za-z0-9]{4,10}$/);
/**
 * Lists of one to eight declared slugs, with up to two portal IDs among them, and a value that is
 * none of them but a valid slug: most often one of the slugs with one to four edits (near, or
 * just past the threshold), sometimes another slug altogether.
 */
const portalSamples: PortalSample[] = fc
  .sample(
    fc.tuple(fc.uniqueArray(slug, { minLength: 1, maxLength: 8 }), fc.uniqueArray(portalId, { maxLength: 2 })).chain(([slugs, ids]) =>
      fc.record({
        portals: fc.constant<string[]>([...slugs, ...ids]),
        value: fc.oneof(
          {
            weight: 4,
            arbitrary: fc.tuple(fc.constantFrom(...slugs), fc.array(edit, { minLength: 1, maxLength: 4 })).map(([known, edits]) => edited(known, edits)),
          },
          { weight: 1, arbitrary: slug },
        ),
      }),
    ),
    { seed: 20_261_201, numRuns: 600 },
  )
  .filter(({ portals, value }) => scanPortalSlug(value).length === 0 && !portals.includes(value))
  .slice(0, 300);

/**
 * The message the types should give for a sample: the runtime's `unknown_portal` message, quoted
 * as the types quote, and without the count when more than five are declared.
 */
function expectedUnknown({ portals, value }: PortalSample): string {
  // As `portalSlug` judges a value at run time: in a slug's place, which takes no ID.
  const message = (unknownPortalIssue(createPortalList(portals), value, undefined, "slug") as { message: string }).message.replaceAll('"', "'");
  return portals.length > 5 ? message.replace(/ of the \d+ portals/, " of the portals") : message;
}

/** A project that asserts, one line each, the type-level verdict on every sample. */
function knownPortalsProject(list: PortalSample[]): string {
  const dir = scratchFolder();
  const { compilerOptions } = JSON.parse(readFileSync(join(fixture, "tsconfig.json"), "utf8")) as { compilerOptions: object };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["known.ts"] }));
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  const lines = [
    `import type { ValidateKnownPortal } from ${JSON.stringify(`${specifierFrom(dir, sourceDir)}/compile-time/index.js`)};`,
    "type Agree<Types, Runtime> = [Types] extends [Runtime] ? ([Runtime] extends [Types] ? true : { types: Types }) : { types: Types };",
    ...list.map((sample, index) => {
      const union = sample.portals.map((portal) => JSON.stringify(portal)).join(" | ");
      return `export const c${index}: Agree<ValidateKnownPortal<${JSON.stringify(sample.value)}, ${union}>, ${JSON.stringify(expectedUnknown(sample))}> = true;`;
    }),
  ];
  writeFileSync(join(dir, "known.ts"), `${lines.join("\n")}\n`);
  return dir;
}

describe.each(COMPILERS)("$name", (compiler) => {
  it("is the version it is meant to be", () => {
    const run = spawnSync(process.execPath, [compiler.bin, "--version"], { encoding: "utf8" });
    expect(run.stdout.trim()).toMatch(compiler.version);
  });

  it.each(FIXTURES)("compiles the valid calls of $name, and each invalid call fails, never too deep", ({ dir, register }) => {
    const { status, output } = compile(compiler, register === undefined ? dir : copied(dir, { lift: false, register }));
    // Clean output means valid.ts compiles and every `@ts-expect-error` in invalid.ts was needed.
    expect(output).toBe("");
    expect(status).toBe(0);
  });

  it.each(FIXTURES)("fails each invalid call of $name with exactly the message its directive names", ({ dir, register }) => {
    const { status, diagnostics, output } = compile(compiler, withoutDirectives(dir, register));
    expect(output).not.toContain("TS2589");
    const expected = expectations(dir);
    expect(expected.size).toBeGreaterThan(5);
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

  it.each(REGISTER_MISTAKES)("fails every portalSlug call, a declared slug's and a wide string's, under $name", ({ members, message }) => {
    const dir = scratchFolder();
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(packageDir, join(dir, "node_modules", "portal-slug"), "dir");
    const { compilerOptions } = JSON.parse(readFileSync(join(FIXTURES[1]?.dir as string, "tsconfig.json"), "utf8")) as { compilerOptions: object };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["register.ts", "calls.ts"] }));
    writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
    writeFileSync(join(dir, "register.ts"), registerModule(members));
    const calls = ['import { portalSlug } from "portal-slug";', 'portalSlug("billing-portal");', "portalSlug(String(Date.now()));"];
    writeFileSync(join(dir, "calls.ts"), `${calls.join("\n")}\n`);
    const { diagnostics } = compile(compiler, dir);
    // The compiler names the file from where it ran.
    expect(diagnostics.map(({ file, line, code }) => ({ file: file.split(/[\\/]/).at(-1), line, code }))).toEqual([
      { file: "calls.ts", line: 2, code: "TS2345" },
      { file: "calls.ts", line: 3, code: "TS2345" },
    ]);
    for (const diagnostic of diagnostics) expect(diagnostic.text).toContain(`parameter of type '"${message}" & InvalidPortalSlug'`);
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

  it("names the same closest portal as the runtime, on generated lists", () => {
    const { status, diagnostics, output } = compile(compiler, knownPortalsProject(portalSamples));
    expect(output).not.toContain("TS2589");
    const disagreements = diagnostics.map((diagnostic) => {
      const sample = portalSamples[diagnostic.line - 3] as PortalSample;
      return { ...sample, expected: expectedUnknown(sample), compiler: diagnostic.text };
    });
    expect(disagreements).toEqual([]);
    expect(status).toBe(0);
  });
});

describe.each([
  { name: "TypeScript 5.5", module: "typescript55" },
  { name: "TypeScript 6.0", module: "typescript" },
])("an editor on $name", ({ module }) => {
  it('offers the declared slugs, and no ID, inside portalSlug("…")', () => {
    const ts = createRequire(import.meta.url)(module) as typeof import("typescript");
    const dir = FIXTURES[1]?.dir as string;
    const { options } = ts.parseJsonConfigFileContent(JSON.parse(readFileSync(join(dir, "tsconfig.json"), "utf8")), ts.sys, dir);
    const file = join(dir, "complete.ts");
    const text = 'import { portalSlug } from "portal-slug";\nportalSlug("");\n';
    const files = [join(dir, "register.ts"), file];
    const service = ts.createLanguageService({
      getCompilationSettings: () => options,
      getScriptFileNames: () => files,
      getScriptVersion: () => "1",
      getScriptSnapshot: (name) => ts.ScriptSnapshot.fromString(name === file ? text : (ts.sys.readFile(name) ?? "")),
      getCurrentDirectory: () => dir,
      getDefaultLibFileName: (settings) => ts.getDefaultLibFilePath(settings),
      fileExists: (name) => name === file || ts.sys.fileExists(name),
      readFile: (name) => (name === file ? text : ts.sys.readFile(name)),
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
      realpath: (name) => ts.sys.realpath?.(name) ?? name,
    });
    const completions = service.getCompletionsAtPosition(file, text.indexOf('("') + 2, {});
    expect(completions?.entries.map((entry) => entry.name).sort()).toEqual(["billing-portal", "dev-docs"]);
  });
});

describe("the generated lists of portals", () => {
  it("hold values near one portal, near several, and near none", () => {
    const outcomes = portalSamples.map((sample) => {
      const message = expectedUnknown(sample);
      return message.includes("; write") ? "near" : message.includes("none is close") ? "listed" : "far";
    });
    expect(new Set(outcomes)).toEqual(new Set(["near", "listed", "far"]));
    expect(portalSamples.length).toBeGreaterThan(250);
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
