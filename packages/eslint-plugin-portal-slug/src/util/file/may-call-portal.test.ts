// Whether a file can hold a portal call: the search against the engine's own substring search,
// the answer read from a file's text (not from the object that carries it), wrappers' names, and a
// mistaken setting said once a run whatever the files hold (each test that says so loads the
// plugin afresh, as a run's process does).
import { Linter } from "eslint";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import plugin from "../../index.js";
import { SPELLED_BY_EVERY_SHAPE } from "../calls/unkey-calls.js";
import { whereMayCallPortal, type GateContext } from "./may-call-portal.js";

/** The gate as a question: whether a rule behind it would run its own `create`. */
const mayCallPortal = whereMayCallPortal((): boolean => true, false);

/** Whether the gate finds the spelling in `text`: a file without callees, whose settings read well. */
const spellsEveryShape = (text: string): boolean => mayCallPortal({ sourceCode: { text }, options: [] });

/** A context as the question reads it: one source object whose text a test may change, as oxlint's is one object for every file. */
function contextOf(text: string, callees?: readonly { name: string }[], settings?: Record<string, unknown>) {
  const sourceCode = { text };
  const context: GateContext = { sourceCode, settings, options: [callees && { callees }] };
  return { context, sourceCode };
}

describe("the search for the spelling", () => {
  it("spells what the SDK's method, its standalone function and the endpoint share", () => {
    expect(SPELLED_BY_EVERY_SHAPE).toBe("reateSession");
    for (const text of ["unkey.portal.createSession(body)", "portalCreateSession(core, body)", 'fetch("https://api.unkey.com/v2/portal.createSession")']) {
      expect(spellsEveryShape(text)).toBe(true);
    }
  });

  it.each([
    ["", false],
    ["Session", false],
    ["reate", false],
    ["eateSession", false],
    ["reateSessio", false],
    ["reate Session", false],
    ["SessionreateSession", true],
    ["reatereateSession", true],
    ["xreateSessio nreateSession", true],
    ["SessionSessionSession", false],
  ])("answers %j as a substring search does: %s", (text, expected) => {
    expect(spellsEveryShape(text)).toBe(expected);
  });

  it("answers every text as the engine's substring search does", () => {
    // Texts built from pieces of the spelling, so that near misses and overlaps are common.
    const piece = fc.oneof(fc.constantFrom("r", "reate", "Session", "reateSession", "eSession", "S", "create", "\n", "é", "😀"), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(spellsEveryShape(text)).toBe(text.includes(SPELLED_BY_EVERY_SHAPE));
      }),
      { numRuns: 2000 },
    );
  });

  it("falls back to the engine's search, as correct, when Unkey's names no longer end in the spelling it is written for", async () => {
    vi.resetModules();
    vi.doMock("../calls/unkey-calls.js", () => ({ SPELLED_BY_EVERY_SHAPE: "reateSessionLink" }));
    try {
      const gate = (await import("./may-call-portal.js")).whereMayCallPortal((): boolean => true, false);
      expect(gate({ sourceCode: { text: "unkey.portal.createSessionLink(body)" }, options: [] })).toBe(true);
      expect(gate({ sourceCode: { text: "unkey.portal.createSession(body)" }, options: [] })).toBe(false);
    } finally {
      vi.doUnmock("../calls/unkey-calls.js");
      vi.resetModules();
    }
  });
});

describe("whereMayCallPortal", () => {
  it("follows the text where one object carries every file, as oxlint's source is", () => {
    const { context, sourceCode } = contextOf("unkey.portal.createSession({ slug });");
    expect(mayCallPortal(context)).toBe(true);
    sourceCode.text = "const x = 1;";
    expect(mayCallPortal(context)).toBe(false);
    sourceCode.text = "await portalCreateSession(core, body);";
    expect(mayCallPortal(context)).toBe(true);
  });

  it("finds a wrapper by the last name of its dotted name, which every call of it spells", () => {
    const text = 'billing?.["openPortal"]({ slug: "x" });';
    expect(mayCallPortal(contextOf(text).context)).toBe(false);
    expect(mayCallPortal(contextOf(text, [{ name: "billing.openPortal" }]).context)).toBe(true);
    expect(mayCallPortal(contextOf(text, [{ name: "billing.closePortal" }]).context)).toBe(false);
  });

  it("answers from a first option it found naming no wrapper without asking it again, and asks one that names a wrapper on every file", () => {
    const gate = whereMayCallPortal((): boolean => true, false);
    const quiet = { callees: [] };
    const named = { callees: [{ name: "billing.openPortal" }] };
    const ask = (text: string, first: object) => gate({ sourceCode: { text }, options: [first] });
    expect(ask("const a = 1;", quiet)).toBe(false);
    // The built-in shapes are searched for before the option is looked at.
    expect(ask("unkey.portal.createSession(body);", quiet)).toBe(true);
    expect(ask("const b = 2;", named)).toBe(false);
    expect(ask("billing.openPortal(body);", named)).toBe(true);
    expect(ask("billing.openPortal(body);", quiet)).toBe(false);
    expect(ask("await billing.openPortal(body);", named)).toBe(true);
  });

  it("says a mistaken setting on the first file of a run that holds no portal call", async () => {
    vi.resetModules();
    const fresh = await import("./may-call-portal.js");
    expect(() => fresh.whereMayCallPortal(() => true, false)(contextOf("const x = 1;", undefined, { "portal-slug": { followImport: false } }).context)).toThrow(
      /^settings\["portal-slug"\]\.followImport: Not a setting/,
    );
  });
});

describe("a mistaken setting, under ESLint", () => {
  /** What linting each of `codes` in a row says, with `settings`, by a plugin loaded afresh (a new run's process) or the one given. */
  async function saidOn(codes: readonly string[], settings: unknown, loaded?: typeof plugin) {
    if (!loaded) vi.resetModules();
    const fresh = loaded ?? (await import("../../index.js")).default;
    const linter = new Linter({ cwd: "/" });
    const config: Linter.Config[] = [
      { plugins: { "portal-slug": fresh }, settings: { "portal-slug": settings }, rules: fresh.configs.recommended.rules ?? {} },
    ];
    const said = codes.map((code) => {
      try {
        linter.verify(code, config, "/project/file.js");
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    });
    return { said, fresh };
  }
  const MISTAKE = /^Error while loading rule 'portal-slug\/valid-(slug|session-body)': settings\["portal-slug"\]\.portals: Expected an array/;

  it("is said on every file linted with it until the settings read well, in the same words each time", async () => {
    const { said } = await saidOn(["const a = 1;", "const b = 2;", "unkey.portal.createSession({ slug: 'x' });"], { portals: "billing-portal" });
    expect(said).toEqual(Array.from({ length: 3 }, () => expect.stringMatching(MISTAKE)));
    expect(said[0]?.match(/Error while loading rule/g)).toHaveLength(1);
    expect(new Set(said).size).toBe(1);
  });

  // Behaviour since issue 18 item 1: reading the settings on every file without a call cost more
  // than the search; once a run is enough, and a run is a process.
  it("is said, after settings that read well, on a file that may call a portal and not on one that calls none", async () => {
    const { said: before, fresh } = await saidOn(["const a = 1;"], { portals: ["billing-portal"] });
    expect(before).toEqual([""]);
    const { said } = await saidOn(["const a = 1;", "unkey.portal.createSession({ slug: 'x' });"], { portals: "billing-portal" }, fresh);
    expect(said).toEqual(["", expect.stringMatching(MISTAKE)]);
  });
});
