/**
 * Every function the package exports, on hostile input: none throws (but the assertions, whose
 * purpose is to), and none takes more time per character on 1 MB than on 100 KB. The list of
 * functions is read from the entry itself, so a new export without a case here fails.
 */
import { describe, expect, it } from "vitest";
import * as entry from "./index.js";
import { explainPortalError } from "./explain/index.js";

/** Throws on any property read, as a hostile getter does. */
const throwing = Object.defineProperties(
  {},
  Object.fromEntries(
    [
      "slug",
      "portal",
      "externalId",
      "scopes",
      "permissions",
      "preview",
      "returnUrl",
      "error",
      "meta",
      "body",
      "cause",
      "name",
      "code",
      "status",
      "length",
      "0",
    ].map((key) => [
      key,
      {
        enumerable: true,
        get() {
          throw new Error("getter");
        },
      },
    ]),
  ),
);
const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const revokedArray = () => {
  const { proxy, revoke } = Proxy.revocable([], {});
  revoke();
  return proxy;
};
const trapping = new Proxy(
  {},
  Object.fromEntries(
    ["get", "has", "ownKeys", "getOwnPropertyDescriptor", "getPrototypeOf"].map((trap) => [
      trap,
      () => {
        throw new Error(trap);
      },
    ]),
  ),
);
const HOSTILE: unknown[] = [revoked(), revokedArray(), throwing, trapping, { scopes: trapping, portal: throwing }, [throwing], Object.create(null)];

/** The calls to make of each export with one hostile value; `true` marks the ones meant to throw. */
const CALLS: Record<string, { throws?: true; calls: (value: unknown) => unknown[] }> = {
  PortalSlugError: { calls: (value) => [new entry.PortalSlugError(value, [])] },
  assertPortalSlug: { throws: true, calls: (value) => [entry.assertPortalSlug(value, { portals: value as string[] })] },
  portalSlug: { throws: true, calls: (value) => [entry.portalSlug(value as string)] },
  checkCreateSessionField: {
    calls: (value) => ["scopes", "portal", "returnUrl"].map((field) => entry.checkCreateSessionField(field, value, { portals: value as string[] })),
  },
  checkCreateSessionKeys: { calls: (value) => [entry.checkCreateSessionKeys(value as string[], value as object)] },
  checkCreateSessionRequest: {
    calls: (value) => [entry.checkCreateSessionRequest(value, { portals: value as string[] }), entry.checkCreateSessionRequest({ scopes: value })],
  },
  createPortalList: { calls: (value) => [entry.createPortalList(value)] },
  detectCreateSessionGeneration: { calls: (value) => [entry.detectCreateSessionGeneration(value)] },
  extentOfIssues: { calls: (value) => [entry.extentOfIssues(value as string, value as never), entry.extentOfIssues("A_b", [value] as never)] },
  explainPortalError: {
    calls: (value) => [explainPortalError(value, value, { portals: value as string[] }), explainPortalError({ error: { status: 404 } }, value)],
  },
  isPortalSlug: { calls: (value) => [entry.isPortalSlug(value)] },
  looksLikePortalId: { calls: (value) => [entry.looksLikePortalId(value as string)] },
  nearThreshold: { calls: (value) => [entry.nearThreshold(value as number)] },
  scanPortalSlug: { calls: (value) => [entry.scanPortalSlug(value as string)] },
  scopeForPermission: { calls: (value) => [entry.scopeForPermission(value as string)] },
  suggestPortalSlug: { calls: (value) => [entry.suggestPortalSlug(value as string)] },
  unknownPortalIssue: { calls: (value) => [entry.unknownPortalIssue(entry.createPortalList(["a-b"]), value)] },
  validatePortalRef: { calls: (value) => [entry.validatePortalRef(value, { portals: value as string[] })] },
  validatePortalSlug: { calls: (value) => [entry.validatePortalSlug(value, { portals: value as string[] })] },
  withSuggestion: { calls: (value) => [entry.withSuggestion(value as string, value as string, value as boolean)] },
  withoutSuggestion: { calls: (value) => [entry.withoutSuggestion(value as string, value as string)] },
};

describe("every export on hostile values", () => {
  const functions = Object.entries(entry)
    .filter(([, value]) => typeof value === "function")
    .map(([name]) => name);

  it("has a case for every exported function", () => {
    expect(Object.keys(CALLS).sort()).toEqual(functions.sort());
  });

  it.each(Object.keys(CALLS))("%s never throws on a revoked proxy, a throwing getter or trap", (name) => {
    const { calls, throws } = CALLS[name] as (typeof CALLS)[string];
    for (const value of HOSTILE) {
      let thrown: unknown;
      try {
        calls(value);
      } catch (error) {
        thrown = error;
      }
      // An assertion may throw, but only its own error, never what the value threw.
      if (throws) expect(thrown === undefined || thrown instanceof entry.PortalSlugError).toBe(true);
      else expect(thrown).toBeUndefined();
    }
  });
});

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
    expect(Object.keys(READS).sort()).toEqual(Object.keys(CALLS).sort());
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
