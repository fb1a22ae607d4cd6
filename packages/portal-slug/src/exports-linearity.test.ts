/**
 * Every function the package exports, on 100 KB and 1 MB of hostile text: none takes more time per
 * character on the larger. The list of functions is read from the entry itself, so a new export
 * without a case here fails. A ratio of times, in one process: it reads seconds of work a test, so
 * the mutation run (vitest.mutation.config.ts) leaves it to `npm test`.
 */
import { describe, expect, it } from "vitest";
import * as entry from "./index.js";
import { explainPortalError } from "./explain/index.js";

/** Inputs of `size` characters built to make a backtracking expression or a repeated scan pay. */
const STRINGS: Record<string, (size: number) => string> = {
  hyphens: (size) => "-".repeat(size),
  slashes: (size) => `${"/".repeat(size - 2)}x/`,
  colons: (size) => `${":".repeat(size - 1)}x`,
  underscores: (size) => "a_".repeat(size / 2),
  spaces: (size) => ` ${"a ".repeat(size / 2 - 1)}x`,
  cyrillic: (size) => "приветмир".repeat(size / 9),
  emoji: (size) => "😀a".repeat(size / 3),
  id: (size) => `pc_${"a".repeat(size - 4)}-`,
  dotted: (size) => `api.${"a.".repeat(size / 2 - 4)}read_key`,
  questions: (size) => `https://x/${"?".repeat(size - 12)}#`,
};

/** Each export, called so that it reads all of a hostile text (or as much as it ever does). */
const READS: Record<string, (text: string) => unknown> = {
  PortalSlugError: (text) => new entry.PortalSlugError(text, entry.scanPortalSlug(text)),
  assertPortalSlug: (text) => {
    try {
      entry.assertPortalSlug(text);
    } catch {
      // Meant to throw: only the time counts.
    }
  },
  portalSlug: (text) => {
    try {
      entry.portalSlug(text as never);
    } catch {
      // Meant to throw: only the time counts.
    }
  },
  checkCreateSessionField: (text) =>
    ["portal", "scopes", "returnUrl", "externalId"].map((field) => entry.checkCreateSessionField(field, field === "scopes" ? [text] : text)),
  checkCreateSessionKeys: (text) => entry.checkCreateSessionKeys([text, "portal"]),
  checkCreateSessionRequest: (text) =>
    entry.checkCreateSessionRequest({ portal: text, externalId: text, scopes: [text], returnUrl: text, [text]: 1 }, { portals: ["a-b-c"] }),
  createPortalList: (text) => entry.createPortalList([text, text.slice(1), "a-b-c"]).closest(text),
  detectCreateSessionGeneration: (text) => entry.detectCreateSessionGeneration({ [text]: 1, portal: text }),
  explainPortalError: (text) => [
    explainPortalError(
      { meta: { requestId: text }, error: { type: text, code: text, title: text, detail: text, errors: [{ location: text, message: text, fix: text }] } },
      { portal: text },
    ),
    explainPortalError(text, JSON.stringify({ slug: text })),
  ],
  extentOfIssues: (text) => entry.extentOfIssues(text, entry.scanPortalSlug(text)),
  isPortalSlug: (text) => entry.isPortalSlug(text),
  kindOf: (text) => entry.kindOf(text),
  looksLikePortalId: (text) => entry.looksLikePortalId(text),
  nearThreshold: (text) => entry.nearThreshold(text.length),
  scanPortalSlug: (text) => entry.scanPortalSlug(text),
  scopeForPermission: (text) => entry.scopeForPermission(text),
  suggestPortalSlug: (text) => entry.suggestPortalSlug(text),
  unknownPortalIssue: (text) => entry.unknownPortalIssue(entry.createPortalList(["a-b-c", "pc_abc"]), text),
  validatePortalRef: (text) => entry.validatePortalRef(text, { portals: ["a-b-c"] }),
  validatePortalSlug: (text) => entry.validatePortalSlug(text, { portals: ["a-b-c"] }),
  withSuggestion: (text) => entry.withSuggestion(text, text),
  withoutSuggestion: (text) => entry.withoutSuggestion(entry.withSuggestion(text, text), text),
};

/** The least time one call takes, over three, in milliseconds: the suite runs on shared machines, where one call in a few is interrupted. */
function least(call: () => unknown): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    call();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe("every export on 100 KB to 1 MB of hostile text", () => {
  it("has a case for every exported function", () => {
    const functions = Object.entries(entry)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => name);
    expect(Object.keys(READS).sort()).toEqual(functions.sort());
  });

  // A ratio of the two sizes in one process: a quadratic step would make it 10; a loaded machine has made it 4, so the bound is 6.
  it.each(Object.keys(READS))("%s takes no more time per character on 1 MB than on 100 KB", (name) => {
    const read = READS[name] as (text: string) => unknown;
    for (const [pattern, build] of Object.entries(STRINGS)) {
      const small = build(100_000);
      const large = build(1_000_000);
      read(small);
      // Below 1 ms of work the clock's own steps would be the ratio: 1 ms at 100 KB is the floor.
      const perSmall =
        Math.max(
          least(() => read(small)),
          1,
        ) / small.length;
      const perLarge = least(() => read(large)) / large.length;
      expect(perLarge / perSmall, `${name} on ${pattern}`).toBeLessThan(6);
    }
  });
});
