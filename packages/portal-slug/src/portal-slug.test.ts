// The runtime half of `portalSlug`: what the compiler cannot see, the call still checks.
import { describe, expect, it } from "vitest";
import { PortalSlugError } from "./error.js";
import { validatePortalSlug } from "./validate.js";
import { portalSlug } from "./portal-slug.js";

/** A value the compiler knows only as `string`, as one read from the environment or a request. */
const opaque = (text: string): string => text;

describe("portalSlug at runtime", () => {
  it("returns a valid slug unchanged", () => {
    expect(portalSlug("my-portal")).toBe("my-portal");
    expect(portalSlug(opaque("1st-portal"))).toBe("1st-portal");
    expect(portalSlug(opaque("a".repeat(64)))).toBe("a".repeat(64));
  });

  it("throws a PortalSlugError with every issue for an invalid string", () => {
    const call = () => portalSlug(opaque("My_Portal"));
    expect(call).toThrow(PortalSlugError);
    expect(call).toThrow(
      'Invalid portal slug "My_Portal": "M" at index 0 (and 1 more) is uppercase: slugs are lowercase; also "_" at index 2 is an underscore: join words with "-"; write "my-portal"',
    );
    try {
      call();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError);
      expect(error).toMatchObject({
        input: "My_Portal",
        issues: [
          { code: "uppercase", index: 0, end: 1 },
          { code: "underscore", index: 2, end: 3 },
        ],
        suggestion: "my-portal",
      });
    }
  });

  it("throws the issues validatePortalSlug reports, for each rule", () => {
    for (const input of ["ab", "a".repeat(65), "my portal", "my.portal", "-portal", "portal-", "my--portal"]) {
      const result = validatePortalSlug(input);
      expect(result.valid).toBe(false);
      expect(() => portalSlug(opaque(input))).toThrow(expect.objectContaining({ issues: result.valid ? [] : result.issues }));
    }
  });

  it("checks a template string whose part is only known at runtime", () => {
    const part = opaque("Portal");
    expect(() => portalSlug(`my-${part}`)).toThrow(PortalSlugError);
    expect(portalSlug(`my-${part.toLowerCase()}`)).toBe("my-portal");
  });

  it("checks what an untyped caller passes, whatever it is", () => {
    const untyped = portalSlug as (slug: unknown) => unknown;
    expect(() => untyped(42)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ code: "not_a_string" })] }));
    expect(() => untyped("My-portal")).toThrow(PortalSlugError);
  });
});
