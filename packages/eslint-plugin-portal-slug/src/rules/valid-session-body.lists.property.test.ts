// The scope lists valid-session-body judges, against the core itself: whatever lists were judged
// before in the process (the rule keeps the core's answer for a list of literals it has seen),
// each list's reports are the issues the core gives for that list, one for one.
import { Linter } from "eslint";
import fc from "fast-check";
import { checkCreateSessionField } from "portal-slug";
import { describe, expect, it } from "vitest";
import plugin from "../index.js";

const linter = new Linter();
const config = [{ plugins: { "portal-slug": plugin }, rules: { "portal-slug/valid-session-body": "error" as const } }];

/**
 * Entries near one another in a memo's text: scopes, their near misses, the same text as a
 * number or a string, and strings holding the quotes and commas a list's text is joined with.
 */
const entry = fc.oneof(
  fc.constantFrom("keys:read", "keys:create", "keys.read", "analytics:read", "", "1", "true", "null", 'keys:read","keys:read', "a,b", '"', "\\"),
  fc.constantFrom(1, 0, -1, true, false, null),
  fc.string({ maxLength: 12 }),
);

/** An entry as JavaScript writes it. */
const written = (value: unknown): string => (typeof value === "string" ? JSON.stringify(value) : String(value));

describe("valid-session-body on lists of literals", () => {
  it("reports each list with the core's own issues for it, whatever lists were judged before", () => {
    let reported = 0;
    fc.assert(
      fc.property(fc.array(fc.array(entry, { maxLength: 5 }), { minLength: 1, maxLength: 4 }), (lists) => {
        const code = lists
          .map((list) => `unkey.portal.createSession({ portal: "docs", externalId: "u", scopes: [${list.map(written).join(", ")}] });`)
          .join("\n");
        const reports = linter.verify(code, config, "file.js");
        lists.forEach((list, i) => {
          const said = reports.filter((report) => report.line === i + 1).map((report) => `${report.messageId} ${report.message}`);
          const expected = checkCreateSessionField("scopes", list).map((issue) => `${issue.code} ${issue.message}`);
          expect(
            said.map((text) => expected.some((issue) => text.startsWith(issue.split(" ")[0] as string) && text.includes(issue.slice(issue.indexOf(" ") + 1)))),
          ).toEqual(said.map(() => true));
          expect(said).toHaveLength(expected.length);
          reported += said.length;
        });
      }),
      { numRuns: 300 },
    );
    // The lists gave the rule something to say: the comparison was not of empty answers alone.
    expect(reported).toBeGreaterThan(100);
  });
});
