import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DECLARED_PORTAL_SUGGESTION } from "../portals/portal-list.js";
import { MOST_PASSES, applySuggestions, isPortalSlugReport } from "./suggestion-passes.js";
import type { LintMessage } from "./user-eslint.js";

/** A report of `rule` at `index` of `text`, with the given edits as its suggestions. */
const report = (rule: string, text: string, index: number, ...fixes: [number, number, string][]): LintMessage => {
  const before = text.slice(0, index).split("\n");
  return {
    ruleId: rule,
    message: `${rule} at ${index}`,
    line: before.length,
    column: (before.at(-1) as string).length + 1,
    suggestions: fixes.map(([from, to, replacement]) => ({ fix: { range: [from, to] as const, text: replacement } })),
  };
};

/**
 * A small linter with the shape of the plugin's two rules: `slug:` is renamed `portal:` by an edit
 * that spans the whole property, as the migration's does, and an uppercase quoted value is
 * lowercased, as valid-slug's suggestion does; "@@" does not parse. Counts its runs.
 */
function linter(): { lint: (text: string) => Promise<LintMessage[]>; runs: () => number } {
  let runs = 0;
  return {
    runs: () => runs,
    lint: async (text) => {
      runs++;
      const at = text.indexOf("@@");
      if (at >= 0) return [{ ruleId: null, fatal: true, message: "Parsing error: Unexpected token @", line: 1, column: at + 1 }];
      const messages: LintMessage[] = [];
      for (const match of text.matchAll(/slug: ("[^"]*")/g)) {
        const property = match[0];
        messages.push(report("portal-slug/valid-session-body", text, match.index, [match.index, match.index + property.length, `portal: ${match[1]}`]));
      }
      for (const match of text.matchAll(/"([\w-]*[A-Z][\w-]*)"/g)) {
        messages.push(report("portal-slug/valid-slug", text, match.index, [match.index, match.index + match[0].length, match[0].toLowerCase()]));
      }
      return messages;
    },
  };
}

describe("applySuggestions", () => {
  it("applies two suggestions on the same characters in two passes, then lints once more to see nothing is left", async () => {
    const { lint, runs } = linter();
    const result = await applySuggestions('send({ slug: "My-Portal", externalId: "u" });\n', lint);
    expect(result).toEqual({ ok: true, text: 'send({ portal: "my-portal", externalId: "u" });\n', applied: 2, left: [], placeAsRead: expect.any(Function) });
    // The text read, after the first pass, after the second (nothing more to apply).
    expect(runs()).toBe(3);
  });

  it("applies every suggestion that does not overlap in the same pass", async () => {
    const { lint, runs } = linter();
    const text = 'a({ portal: "One" }); b({ portal: "Two" });';
    expect(await applySuggestions(text, lint)).toMatchObject({ ok: true, text: 'a({ portal: "one" }); b({ portal: "two" });', applied: 2 });
    expect(runs()).toBe(2);
  });

  it("uses the messages it is given for the text as read instead of linting it again", async () => {
    const { lint, runs } = linter();
    const text = 'x({ portal: "Up" });';
    const first = await lint(text);
    expect(await applySuggestions(text, lint, first)).toMatchObject({ ok: true, text: 'x({ portal: "up" });', applied: 1 });
    expect(runs()).toBe(2);
  });

  it("applies only the plugin's suggestions, and only where a report has exactly one", async () => {
    const text = 'call("Keep", "Both");';
    const lint = async (current: string): Promise<LintMessage[]> => [
      report("other/rule", current, 5, [5, 11, '"keep"']),
      report("portal-slug/valid-slug", current, 13, [13, 19, '"both"'], [13, 19, '"both-2"']),
    ];
    const result = await applySuggestions(text, lint);
    expect(result).toMatchObject({ ok: true, text, applied: 0 });
    // The other rule's report is not the plugin's: only the one with two suggestions is left.
    expect(result.ok && result.left.map(({ ruleId }) => ruleId)).toEqual(["portal-slug/valid-slug"]);
  });

  it("leaves a suggestion that names another portal, the declared one nearest the value, to a person", async () => {
    const text = 'open("Billing_Portal_US");';
    const nearest = { messageId: DECLARED_PORTAL_SUGGESTION, fix: { range: [5, 24] as const, text: '"billing-portal"' } };
    const lint = async (current: string): Promise<LintMessage[]> => [{ ...report("portal-slug/valid-slug", current, 5), suggestions: [nearest] }];
    const result = await applySuggestions(text, lint);
    expect(result).toMatchObject({ ok: true, text, applied: 0 });
    expect(result.ok && result.left).toHaveLength(1);
    // The same edit under the value's own form is applied.
    const own = async (current: string): Promise<LintMessage[]> =>
      current === text ? [{ ...report("portal-slug/valid-slug", current, 5), suggestions: [{ ...nearest, messageId: "replaceWithSuggestion" }] }] : [];
    expect(await applySuggestions(text, own)).toMatchObject({ ok: true, text: 'open("billing-portal");', applied: 1 });
  });

  it("stops after as many passes as ESLint makes, and leaves the report it could not settle", async () => {
    // A suggestion that always has one more edit to make.
    const lint = async (text: string): Promise<LintMessage[]> => [report("portal-slug/valid-slug", text, 0, [text.length, text.length, "!"])];
    const result = await applySuggestions("go", lint);
    expect(result).toMatchObject({ ok: true, text: `go${"!".repeat(MOST_PASSES)}`, applied: MOST_PASSES });
    expect(result.ok && result.left).toHaveLength(1);
  });

  it("counts ranges from after a byte order mark, and keeps the mark", async () => {
    const { lint } = linter();
    // The linter is given the text with its mark, as ESLint is, and answers ranges without it.
    const bomless = async (text: string) => lint(text.replace(/^\ufeff/, ""));
    expect(await applySuggestions('\ufeffsend({ portal: "Up" });', bomless)).toMatchObject({ ok: true, text: '\ufeffsend({ portal: "up" });', applied: 1 });
  });

  it("stops at a text that does not parse, and says whether it was so when read", async () => {
    const { lint } = linter();
    expect(await applySuggestions('send({ portal: "Up" }) @@', lint)).toMatchObject({ ok: false, asRead: true, fatal: { line: 1, column: 24 } });
    const breaking = async (text: string): Promise<LintMessage[]> =>
      text.includes("@@") ? lint(text) : [report("portal-slug/valid-slug", text, 0, [0, 0, "@@"])];
    expect(await applySuggestions("send()", breaking)).toMatchObject({ ok: false, asRead: false, fatal: { message: "Parsing error: Unexpected token @" } });
  });
});

describe("a place of the final text, in the text read", () => {
  /** Reports each "LEFT" with no suggestion; joins a quoted two-line value into one ("A\nB" made "a-b"), as a fixed template does; renames slug. */
  const lint = async (text: string): Promise<LintMessage[]> => [
    ...[...text.matchAll(/"([A-Z])\r?\n([A-Z])"/g)].map((match) =>
      report("portal-slug/valid-slug", text, match.index, [
        match.index,
        match.index + match[0].length,
        `"${match[1]?.toLowerCase()}-${match[2]?.toLowerCase()}"`,
      ]),
    ),
    ...[...text.matchAll(/slug: /g)].map((match) => report("portal-slug/valid-session-body", text, match.index, [match.index, match.index + 6, "portal: "])),
    ...[...text.matchAll(/LEFT/g)].map((match) => report("portal-slug/valid-slug", text, match.index)),
  ];

  it("is where the report left stands in the text read, across lines the suggestions joined and text they lengthened", async () => {
    for (const lineBreak of ["\n", "\r\n"]) {
      const text = ['a({ portal: "A', 'B" });', 'b({ slug: "x", other: LEFT });', "c(LEFT);", ""].join(lineBreak);
      const result = await applySuggestions(text, lint);
      if (!result.ok) throw new Error("parses");
      expect(result.text).toBe(['a({ portal: "a-b" });', 'b({ portal: "x", other: LEFT });', "c(LEFT);", ""].join(lineBreak));
      // As ESLint places them in the final text, then where they are in the text read.
      expect(result.left.map(({ line, column }) => [line, column])).toEqual([
        [2, 25],
        [3, 3],
      ]);
      expect(result.left.map(({ line, column }) => result.placeAsRead(line, column))).toEqual([
        { line: 3, column: 23 },
        { line: 4, column: 3 },
      ]);
    }
  });

  it("is where a suggestion's replaced text starts, for a place inside its new text", async () => {
    const result = await applySuggestions('x({ slug: "y" });', lint);
    if (!result.ok) throw new Error("parses");
    expect(result.placeAsRead(1, 8)).toEqual({ line: 1, column: 5 });
    expect(result.placeAsRead(1, 13)).toEqual({ line: 1, column: 11 });
  });
});

describe("a place of the final text, in the text read, for any edits", () => {
  /** Text with every kind of line break ESLint counts. */
  const text = fc.string({ unit: fc.constantFrom("a", "b", " ", "\n", "\r", "\r\n", "\u2028", "\u2029"), maxLength: 30 });
  /** One pass's edits, as fractions of the text they are made on, so that any text takes them. */
  const pass = fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat({ max: 4 }), inserted: text }), { maxLength: 3 });

  /** The oracle's line and column (from 1) of `offset` in `read`: its line breaks counted one character at a time. */
  const placeIn = (read: string, offset: number): { line: number; column: number } => {
    let line = 1;
    let start = 0;
    for (let i = 0; i < offset; i++) {
      const char = read[i] as string;
      if (char === "\r" && read[i + 1] === "\n") continue;
      if ("\r\n\u2028\u2029".includes(char)) {
        line++;
        start = i + 1;
      }
    }
    return { line, column: offset - start + 1 };
  };

  it("is where each character of the final text came from, or where the text a suggestion replaced starts", async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(pass, { maxLength: 3 }), async (read, passes) => {
        // Each character's offset in the text read, carried through the edits as the oracle.
        let origins = [...Array(read.length).keys()];
        let current = read;
        let made = 0;
        const lint = async (now: string): Promise<LintMessage[]> => {
          const edits = (passes[made++] ?? []).map(({ at, length, inserted }) => {
            const from = Math.floor(at * now.length);
            return { range: [from, Math.min(now.length, from + length)] as const, text: inserted };
          });
          // What applySuggestions will make of them: in order, none overlapping or touching the one before.
          const kept: { range: readonly [number, number]; text: string }[] = [];
          for (const edit of [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])) {
            if (kept.length && edit.range[0] <= (kept.at(-1) as { range: readonly [number, number] }).range[1]) continue;
            kept.push(edit);
          }
          let out = "";
          let at = 0;
          for (const { range, text: inserted } of kept) {
            out += current.slice(at, range[0]) + inserted;
            at = range[1];
          }
          out += current.slice(at);
          // Edits that change nothing end the passes, as they end applySuggestions'.
          if (out !== current) {
            const next: number[] = [];
            at = 0;
            for (const { range, text: inserted } of kept) {
              next.push(
                ...origins.slice(at, range[0]),
                ...Array<number>(inserted.length).fill(range[0] < origins.length ? (origins[range[0]] as number) : read.length),
              );
              at = range[1];
            }
            origins = [...next, ...origins.slice(at)];
            current = out;
          }
          return edits.map((edit) => ({ ruleId: "portal-slug/r", message: "m", line: 1, column: 1, suggestions: [{ fix: edit }] }));
        };
        const result = await applySuggestions(read, lint);
        if (!result.ok) throw new Error("parses");
        expect(result.text).toBe(current);
        for (let offset = 0; offset < current.length; offset++) {
          const { line, column } = placeIn(current, offset);
          expect(result.placeAsRead(line, column), `offset ${offset} of ${JSON.stringify(current)}`).toEqual(placeIn(read, origins[offset] as number));
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("isPortalSlugReport", () => {
  it("is true of the plugin's rules only, and false of a message of no rule", () => {
    const message = { message: "m", line: 1, column: 1 };
    expect(isPortalSlugReport({ ...message, ruleId: "portal-slug/valid-slug" })).toBe(true);
    expect(isPortalSlugReport({ ...message, ruleId: "other/portal-slug/valid-slug" })).toBe(false);
    expect(isPortalSlugReport({ ...message, ruleId: null })).toBe(false);
  });
});

describe("the edits of a pass", () => {
  /** A linter that answers `messages` for the text read and nothing once it changed, counting its runs. */
  const once = (text: string, messages: LintMessage[]) => {
    let runs = 0;
    return { runs: () => runs, lint: async (current: string): Promise<LintMessage[]> => (runs++, current === text ? messages : []) };
  };

  it("are made in the order of the text, whatever the order of the reports", async () => {
    const text = "abcdef";
    const { lint } = once(text, [report("portal-slug/r", text, 4, [4, 5, "E"]), report("portal-slug/r", text, 0, [0, 1, "A"])]);
    expect(await applySuggestions(text, lint)).toMatchObject({ ok: true, text: "AbcdEf", applied: 2 });
  });

  it("of two that overlap, make the one that starts first", async () => {
    const text = "abcdef";
    const { lint } = once(text, [report("portal-slug/r", text, 2, [2, 3, "Y"]), report("portal-slug/r", text, 0, [0, 5, "X"])]);
    expect(await applySuggestions(text, lint)).toMatchObject({ ok: true, text: "Xf", applied: 1 });
  });

  it("of two starting at the same place, take the shorter first and leave the other", async () => {
    const text = "abcdef";
    const { lint } = once(text, [report("portal-slug/r", text, 2, [2, 4, "XY"]), report("portal-slug/r", text, 2, [2, 2, "+"])]);
    expect(await applySuggestions(text, lint)).toMatchObject({ ok: true, text: "ab+cdef", applied: 1 });
  });

  it("leave an edit that touches the one before it to the next pass, as ESLint does", async () => {
    const text = "abcdef";
    const messages = (current: string): LintMessage[] =>
      current === text
        ? [report("portal-slug/r", text, 0, [0, 2, "AB"]), report("portal-slug/r", text, 2, [2, 4, "CD"])]
        : current === "ABcdef"
          ? [report("portal-slug/r", current, 2, [2, 4, "CD"])]
          : [];
    let runs = 0;
    const result = await applySuggestions(text, async (current) => (runs++, messages(current)));
    expect(result).toMatchObject({ ok: true, text: "ABCDef", applied: 2 });
    expect(runs).toBe(3);
  });

  it("skip a suggestion whose range ends before it starts", async () => {
    const text = "abcdef";
    const { lint } = once(text, [report("portal-slug/r", text, 4, [4, 2, "X"])]);
    expect(await applySuggestions(text, lint)).toMatchObject({ ok: true, text, applied: 0 });
  });

  it("skip a report of the plugin that has no suggestions at all", async () => {
    const text = "abc";
    const bare: LintMessage = { ruleId: "portal-slug/r", message: "no fix", line: 1, column: 1 };
    const { lint } = once(text, [bare]);
    expect(await applySuggestions(text, lint)).toEqual({ ok: true, text, applied: 0, left: [bare], placeAsRead: expect.any(Function) });
  });
});
