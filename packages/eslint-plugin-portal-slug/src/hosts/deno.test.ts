// The Deno entry against ESLint itself: the plugin Deno loads, run here on the context Deno
// gives a rule (a path, the text, `report`), must report what ESLint with typescript-eslint's
// parser and no type information reports on the same file, at the same characters, with the
// same words, its suggestions as hints. The real `deno lint` runs it in test/deno.test.ts.
import parser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import fc from "fast-check";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import eslintPlugin from "../index.js";
import denoPlugin, { createDenoPlugin, type DenoLintPlugin, type DenoPluginOptions, type DenoReport } from "./deno.js";

/** A file of the fixture project, whose config module the generated files import. */
const SERVICES = join(fileURLToPath(new URL("../rules/fixtures/project/src/services", import.meta.url)));

/** A report as both hosts can say it: where it starts and ends (string offsets), the rule, the words, the hint. */
type Said = [start: number, end: number, rule: string, message: string, hint: string | undefined];

const linter = new Linter({ cwd: process.cwd() });

/** What ESLint reports on `text` at `filename`, with the settings and options `options` holds. */
function eslintSays(text: string, filename: string, { portals, followImports, rules = {} }: DenoPluginOptions = {}): Said[] {
  const settings = { "portal-slug": { ...(portals && { portals }), ...(followImports !== undefined && { followImports }) } };
  const ruleEntries = Object.keys(eslintPlugin.rules).map((name) => {
    const options = rules[name as keyof typeof rules];
    return [`portal-slug/${name}`, options ? ["error", options] : "error"];
  });
  const messages = linter.verify(
    text,
    [
      {
        files: ["**/*.{ts,tsx,js,cjs,mjs}"],
        languageOptions: { parser },
        plugins: { "portal-slug": eslintPlugin },
        settings,
        rules: Object.fromEntries(ruleEntries),
      },
    ],
    filename,
  );
  const sourceCode = linter.getSourceCode();
  const offset = (line: number, column: number) => sourceCode.getIndexFromLoc({ line, column: column - 1 });
  return messages.map((message) => {
    if (message.fatal) throw new Error(`ESLint could not parse the generated file: ${message.message}\n${text}`);
    const hints = (message.suggestions ?? []).map(({ desc }) => desc);
    return [
      offset(message.line, message.column),
      offset(message.endLine as number, message.endColumn as number),
      message.ruleId as string,
      message.message,
      hints.length ? hints.join("; ") : undefined,
    ];
  });
}

/** What `plugin` reports on `text` at `filename`, run as Deno runs a plugin's rules: `create` for each, then the visitors. */
function denoSays(plugin: DenoLintPlugin, text: string, filename: string): Said[] {
  const said: Said[] = [];
  const visitors = Object.entries(plugin.rules).map(([name, rule]) => {
    const id = `${plugin.name}/${name}`;
    const report = ({ range, message, hint }: DenoReport) => said.push([range[0], range[1], id, message, hint]);
    return rule.create({ id, filename, sourceCode: { text }, report });
  });
  for (const visitor of visitors) visitor["Program"]?.({});
  return said;
}

const byPlace = (a: Said, b: Said) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]) || a[3].localeCompare(b[3]);

describe("the plugin Deno loads", () => {
  it("is named as the rules' prefix and holds every rule of the ESLint plugin", () => {
    expect(denoPlugin.name).toBe("portal-slug");
    expect(Object.keys(denoPlugin.rules)).toEqual(Object.keys(eslintPlugin.rules));
    expect(Object.keys(createDenoPlugin({ portals: ["billing-portal"] }).rules)).toEqual(Object.keys(eslintPlugin.rules));
  });

  it("lets a file without a portal call go without parsing it", () => {
    // A file that would not parse: parsing it would throw.
    expect(denoSays(denoPlugin, "const broken = ;", "/project/quiet.ts")).toEqual([]);
  });

  it("says once, as a report where typescript-estree stopped, that it could not read a file, so that Deno keeps the file's other reports", () => {
    const text = 'export const mode = 08;\nunkey.portal.createSession({ portal: "Bad_Slug" });';
    const said = denoSays(denoPlugin, text, join(process.cwd(), "legacy.ts"));
    expect(said).toEqual([
      [
        20,
        21,
        "portal-slug/valid-slug",
        "Not read by typescript-estree, so portal-slug's rules did not check the file: Decimals with leading zeros are not allowed.",
        undefined,
      ],
    ]);
    expect(text.slice(20, 22)).toBe("08");
    // Linted again, unchanged, as Deno's language server does: said again.
    expect(denoSays(denoPlugin, text, join(process.cwd(), "legacy.ts"))).toEqual(said);
  });
});

/** Values a portal field may be written with: valid, each kind of problem, escapes and characters beyond ASCII. */
const VALUES = [
  '"billing-portal"',
  '"Billing_Portal"',
  "'keys--us'",
  '"-lead"',
  "`dev docs`",
  '"Supp\\u006Frt"',
  '"é-😀-x"',
  '"ab"',
  '"pc_3Kd9xQ2"',
  '"pc_"',
  "42",
  '"billng-portal"',
];

/** Where the value is written: in place, in a const (at the top or in the function, where it may shadow), in a template, imported. */
const PLACES: readonly ((value: string) => { top: string; inner: string; expression: string })[] = [
  (value) => ({ top: "", inner: "", expression: value }),
  (value) => ({ top: `const SLUG = ${value};`, inner: "", expression: "SLUG" }),
  (value) => ({ top: 'const SLUG = "top-level";', inner: `const SLUG = ${value};`, expression: "SLUG" }),
  (value) => ({ top: `const SLUG = ${value};`, inner: "let SLUG = pick();", expression: "SLUG" }),
  (value) => ({ top: "", inner: "", expression: `\`\${region}-${value.replace(/^["'`]|["'`]$/g, "")}\`` }),
  (value) => ({ top: `const REGION = "eu"; const SLUG = flag ? ${value} : \`support-\${REGION}\`;`, inner: "", expression: "SLUG" }),
  () => ({ top: 'import { REGIONS, SUPPORT, Tier } from "../config/portals";', inner: "", expression: "flag ? REGIONS.us : flag2 ? SUPPORT : Tier.Pro" }),
];

/** How the body is sent: each shape the rules know, and a wrapper named in the options. */
const CALLS: readonly ((body: string, field: string) => { top: string; call: string })[] = [
  (body) => ({ top: "", call: `await this.unkey?.portal.createSession(${body});` }),
  (body) => ({ top: 'import { portalCreateSession as open } from "@unkey/api/funcs/portalCreateSession.js";', call: `await open(core, ${body});` }),
  (body) => ({
    top: 'import { createRequire } from "node:module";\nconst load = createRequire(import.meta.url);\nconst sdk = load("@unkey/api/funcs/portalCreateSession");',
    call: `await sdk.portalCreateSession(core, ${body});`,
  }),
  (body) => ({
    top: "const BASE = 'https://api.unkey.com';",
    call: `await fetch(\`\${BASE}/v2/portal.createSession\`, { method: "POST", body: JSON.stringify(${body}) });`,
  }),
  (_body, field) => ({ top: "", call: `portalLink(${field});` }),
];

/** The rest of a body: the newer fields, the older ones, misspelt or odd ones. */
const RESTS = [
  'externalId: user.id, scopes: ["keys:read"]',
  'scopes: ["keys:read", "keys:read"]',
  'externalId: 7, scopes: [], preview: "yes"',
  'externalId: "u", permissions: ["keys.read", "keys.create"]',
  'externalID: user.id, scopes: ["admin"], returnUrl: "https://x.io/a b"',
  "...defaults",
];

const OPTIONS: readonly DenoPluginOptions[] = [
  {},
  { rules: { "valid-slug": { callees: [{ name: "portalLink" }] }, "valid-session-body": { olderBody: "always" } } },
  { portals: ["billing-portal", "support", "pc_3Kd9xQ2"], rules: { "valid-slug": { callees: [{ name: "portalLink" }] } } },
  { followImports: false },
];

describe("the plugin Deno loads, against ESLint without type information", () => {
  it("reports what ESLint reports on generated files, line for line", () => {
    let reported = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...VALUES),
        fc.nat(PLACES.length - 1),
        fc.nat(CALLS.length - 1),
        fc.constantFrom("portal", "slug", '"portal"', "portalId"),
        fc.constantFrom(...RESTS),
        fc.nat(OPTIONS.length - 1),
        fc.constantFrom("use.ts", "use.js", "view.tsx"),
        (value, placeIndex, callIndex, key, rest, optionsIndex, file) => {
          const place = (PLACES[placeIndex] as (typeof PLACES)[number])(value);
          const call = (CALLS[callIndex] as (typeof CALLS)[number])(`{ ${key}: ${place.expression}, ${rest} }`, place.expression);
          const text = [place.top, call.top, "export async function open(user, core, flag, flag2, region) {", place.inner, call.call, "}", ""].join("\n");
          const options = OPTIONS[optionsIndex] as DenoPluginOptions;
          const filename = join(SERVICES, file);
          const eslint = eslintSays(text, filename, options).sort(byPlace);
          const deno = denoSays(createDenoPlugin(options), text, filename).sort(byPlace);
          expect(deno, text).toEqual(eslint);
          reported += eslint.length;
        },
      ),
      { numRuns: 400 },
    );
    // The comparison is worth something only if the files give reports.
    expect(reported).toBeGreaterThan(400);
  });

  it("says a declared portal's typo as ESLint does, from the factory's portals", () => {
    const text = 'export const open = (unkey) => unkey.portal.createSession({ portal: "billng-portal", externalId: "u", scopes: ["keys:read"] });\n';
    const filename = join(SERVICES, "use.ts");
    const deno = denoSays(createDenoPlugin({ portals: ["billing-portal"] }), text, filename);
    expect(deno).toEqual(eslintSays(text, filename, { portals: ["billing-portal"] }));
    // Known only from the declared portals: well formed, and none of them.
    expect(deno.map(([, , rule, message]) => [rule, message])).toEqual([
      ["portal-slug/valid-slug", expect.stringMatching(/^Unknown portal slug "billng-portal": .*; write "billing-portal"$/)],
    ]);
  });
});
