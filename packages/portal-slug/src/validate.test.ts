import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PortalSlugError } from "./error.js";
import { assertPortalSlug, validatePortalSlug } from "./validate.js";

describe("validatePortalSlug", () => {
  it("answers the value for a valid slug", () => {
    expect(validatePortalSlug("my-portal")).toEqual({ valid: true, value: "my-portal" });
  });

  it("answers every issue and the suggestion for an invalid slug", () => {
    const result = validatePortalSlug("My_Portal");
    expect(result).toMatchObject({
      valid: false,
      issues: [
        { code: "uppercase", index: 0, end: 1 },
        { code: "underscore", index: 2, end: 3 },
      ],
      suggestion: "my-portal",
    });
  });

  it("leaves the suggestion out when none can be made", () => {
    expect(validatePortalSlug("!!")).not.toHaveProperty("suggestion");
  });

  it.each([
    [42, "a number"],
    [null, "null"],
    [undefined, "undefined"],
    [["my-portal"], "an array"],
    [{ slug: "my-portal" }, "an object"],
  ])("says what a non-string %j is", (input, type) => {
    expect(validatePortalSlug(input)).toEqual({
      valid: false,
      issues: [{ code: "not_a_string", message: `Expected a string, got ${type}` }],
    });
  });

  it("answers for a revoked proxy, which throws when Array.isArray asks it", () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(validatePortalSlug(proxy)).toEqual({ valid: false, issues: [{ code: "not_a_string", message: "Expected a string, got an object" }] });
    expect(() => assertPortalSlug(proxy)).toThrow(PortalSlugError);
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true }), (value) => {
        const result = validatePortalSlug(value);
        expect(typeof result.valid).toBe("boolean");
      }),
      { numRuns: 10_000 },
    );
  });

  it("suggests only valid slugs", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 100 }), (input) => {
        const result = validatePortalSlug(input);
        if (!result.valid && result.suggestion !== undefined) expect(validatePortalSlug(result.suggestion).valid).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe("assertPortalSlug", () => {
  it("passes a valid slug through", () => {
    expect(() => assertPortalSlug("my-portal")).not.toThrow();
  });

  it("throws a TypeError carrying the issues and the suggestion", () => {
    let caught: unknown;
    try {
      assertPortalSlug("my_portal");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PortalSlugError);
    expect(caught).toBeInstanceOf(TypeError);
    const error = caught as PortalSlugError;
    expect(error.name).toBe("PortalSlugError");
    expect(error.issues.map((issue) => issue.code)).toEqual(["underscore"]);
    expect(error.suggestion).toBe("my-portal");
    expect(error.message).toBe('Invalid portal slug "my_portal": "_" at index 2 is an underscore: join words with "-"; write "my-portal"');
  });

  it("throws for a non-string too", () => {
    expect(() => assertPortalSlug(undefined)).toThrow("Invalid portal slug: Expected a string, got undefined");
  });
});
