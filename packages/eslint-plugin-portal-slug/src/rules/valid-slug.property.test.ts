// Generated call sites against an independent oracle: the JavaScript engine decodes what the
// report points at, and the core decides whether there should be a report at all.
import { Linter } from "eslint";
import fc from "fast-check";
import { isPortalSlug } from "portal-slug";
import { describe, expect, it } from "vitest";
import plugin from "../index.js";

const linter = new Linter();
const config = [{ plugins: { "portal-slug": plugin }, rules: { "portal-slug/valid-slug": "error" as const } }];

type Quote = '"' | "'" | "`";

/** Spells one character inside a literal with `quote`, plainly or as one of JavaScript's escapes. */
function spell(char: string, quote: Quote, escape: number): string {
  const point = char.codePointAt(0) as number;
  const mustEscape =
    char === quote || char === "\\" || char === "\n" || char === "\r" || (quote === "`" && char === "$") || (point >= 0xd800 && point <= 0xdfff);
  if (!mustEscape && escape === 0) return char;
  if (point <= 0xff && escape === 1) return `\\x${point.toString(16).padStart(2, "0")}`;
  if (point <= 0xffff && escape !== 3) return `\\u${point.toString(16).padStart(4, "0")}`;
  return `\\u{${point.toString(16)}}`;
}

/** Text that is mostly near a slug, with the characters that make the mapping hard mixed in. */
const slugText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(..."abcz09-".split("")),
    fc.constantFrom("A", "_", " ", "\t", "\n", "\r", '"', "'", "`", "$", "\\", "é", "а", "\u200b", "\u2028", "😀"),
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  ),
  maxLength: 70,
});

/**
 * Where the report should reach, read from the slug rules without the core: from the first
 * character that breaks one to the end of the last (a character outside a-z, 0-9 and "-", or a
 * hyphen at an end or beside another, or anything past the 64th character), in UTF-16 units.
 */
function offendingSpan(text: string): [number, number] | undefined {
  let first = -1;
  let end = -1;
  let at = 0;
  for (const char of text) {
    const hyphen = char === "-" && (at === 0 || at + 1 === text.length || text[at - 1] === "-" || text[at + 1] === "-");
    if (!/^[a-z0-9-]$/.test(char) || hyphen) {
      if (first < 0) first = at;
      end = at + char.length;
    }
    at += char.length;
  }
  if (text.length > 64) {
    // The 65th character whole, when the 64th unit is the first half of a pair.
    const past = (text.codePointAt(63) as number) > 0xffff ? 63 : 64;
    first = first < 0 ? past : Math.min(first, past);
    end = text.length;
  }
  return first < 0 ? undefined : [first, end];
}

/** Ways a slug reaches the call: written in place, through a const, a conditional, a spread. */
const shapes: readonly ((literal: string) => [before: string, after: string])[] = [
  () => ["unkey.portal.createSession({ slug: ", ", externalId: id });"],
  () => ["const SLUG = ", ";\nawait unkey.portal.createSession({ slug: SLUG });"],
  () => ['unkey.portal.createSession({ slug: flag ? "my-portal" : ', " });"],
  () => ["const base = { slug: ", " };\nunkey.portal.createSession({ ...base, externalId });"],
  () => ['fetch(`${BASE}/v2/portal.createSession`, { method: "POST", body: JSON.stringify({ slug: ', " }) });"],
];

describe("valid-slug on generated call sites", () => {
  it("reports exactly the invalid values, at characters that decode to all the offending ones", () => {
    fc.assert(
      fc.property(
        slugText,
        fc.constantFrom<Quote>('"', "'", "`"),
        fc.infiniteStream(fc.nat(3)),
        fc.nat(shapes.length - 1),
        (text, quote, escapes, shapeIndex) => {
          const literal = quote + Array.from(text, (char) => spell(char, quote, escapes.next().value as number)).join("") + quote;
          const [before, after] = (shapes[shapeIndex] as (typeof shapes)[number])(literal);
          const code = before + literal + after;
          const messages = linter.verify(code, config, "file.js");
          expect(messages.filter((message) => message.fatal)).toEqual([]);
          expect(messages.length).toBe(isPortalSlug(text) ? 0 : 1);
          const [message] = messages;
          if (!message) return;

          // ESLint's own line breaks (\u2028 is one, and may stand inside a string) decide lines.
          const sourceCode = linter.getSourceCode();
          const offset = (line: number, column: number) => sourceCode.getIndexFromLoc({ line, column: column - 1 });
          const start = offset(message.line, message.column);
          const end = offset(message.endLine as number, message.endColumn as number);
          expect(start).toBeGreaterThanOrEqual(before.length);
          expect(end).toBeLessThanOrEqual(before.length + literal.length);

          const span = offendingSpan(text);
          if (span) {
            // The engine decodes the reported source characters: they must run from the first
            // offending one to the last.
            const decoded = new Function(`return ${quote}${code.slice(start, end)}${quote};`)() as string;
            expect(decoded).toBe(text.slice(...span));
          } else {
            expect([start, end]).toEqual([before.length, before.length + literal.length]);
          }
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
