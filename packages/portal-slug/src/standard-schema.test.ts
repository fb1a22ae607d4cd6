import { describe, expect, expectTypeOf, it } from "vitest";
import type { PortalSlug } from "./contract.js";
import { portalSlugStandardSchema, type StandardSchemaV1 } from "./standard-schema.js";

describe("portalSlugStandardSchema", () => {
  const standard = portalSlugStandardSchema["~standard"];

  it("infers what it takes and gives, as the spec's own StandardSchemaV1.InferInput and InferOutput read them", () => {
    expectTypeOf<StandardSchemaV1.InferInput<typeof portalSlugStandardSchema>>().toEqualTypeOf<string>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof portalSlugStandardSchema>>().toEqualTypeOf<PortalSlug>();
  });

  it("declares itself as Standard Schema v1", () => {
    expect(standard.version).toBe(1);
    expect(standard.vendor).toBe("portal-slug");
  });

  it("answers the value for a valid slug", () => {
    expect(standard.validate("my-portal")).toEqual({ value: "my-portal" });
  });

  it("answers one issue per broken rule, each with a message", () => {
    const result = standard.validate("My_Portal");
    expect(result.issues?.map((issue) => [issue.code, issue.message.length > 0])).toEqual([
      ["uppercase", true],
      ["underscore", true],
    ]);
  });

  it("names the suggested slug at the end of each issue's message, and leaves the core's message when there is none", () => {
    expect(standard.validate("My_Portal").issues?.map((issue) => issue.message)).toEqual([
      '"M" at index 0 (and 1 more) is uppercase: slugs are lowercase; write "my-portal"',
      '"_" at index 2 is an underscore: join words with "-"; write "my-portal"',
    ]);
    expect(standard.validate("!!")).toEqual({
      issues: [
        { code: "too_short", message: '"!!" is too short: 2 characters, at least 3' },
        { code: "invalid_character", message: '"!!" at index 0 is not allowed: use a-z, 0-9 and "-"', index: 0, end: 2 },
      ],
    });
  });

  it("answers a revoked proxy with an issue instead of throwing", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(standard.validate(proxy)).toMatchObject({ issues: [{ code: "not_a_string", message: "Expected a string, got an object" }] });
  });

  it("answers synchronously, as consumers that cannot await expect", () => {
    expect(standard.validate(null)).not.toBeInstanceOf(Promise);
  });
});
