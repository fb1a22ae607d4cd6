/**
 * Every function the package exports, on hostile values: none throws (but the assertions, whose
 * purpose is to). The list of functions is read from the entry itself, so a new export without a
 * case here fails; how their time grows with the input is in exports-linearity.test.ts.
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
  kindOf: { calls: (value) => [entry.kindOf(value)] },
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

describe("every check that takes options, given options that throw when read", () => {
  const throwingPortals = Object.defineProperty({}, "portals", {
    get() {
      throw new Error("getter");
    },
  });
  const HOSTILE_OPTIONS: unknown[] = [throwingPortals, trapping, revoked()];
  const body = { portal: "biling-portal", externalId: "u", scopes: ["keys:read"] };
  /** Each check with options, called on values that break a rule and on values that break none. */
  const CHECKS: Record<string, (options: never) => unknown> = {
    validatePortalSlug: (options) => [entry.validatePortalSlug("My_Portal", options), entry.validatePortalSlug("my-portal", options)],
    validatePortalRef: (options) => [entry.validatePortalRef("My_Portal", options), entry.validatePortalRef("pc_3Kd9xQ2", options)],
    checkCreateSessionRequest: (options) => [entry.checkCreateSessionRequest(body, options)],
    checkCreateSessionField: (options) => [entry.checkCreateSessionField("portal", "biling-portal", options)],
    explainPortalError: (options) => [explainPortalError({ error: { status: 404, title: "Not Found", detail: "portal" } }, body, options)],
  };

  it.each(Object.keys(CHECKS))("%s answers as it does without options: the value held to the rules alone", (name) => {
    const check = CHECKS[name] as (options: unknown) => unknown;
    for (const options of HOSTILE_OPTIONS) expect(check(options)).toEqual(check(undefined));
  });
});
