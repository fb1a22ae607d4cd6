import { describe, expect, it } from "vitest";
import { portalSlugStandardSchema } from "./standard-schema.js";

describe("portalSlugStandardSchema", () => {
  const standard = portalSlugStandardSchema["~standard"];

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

  it("answers a revoked proxy with an issue instead of throwing", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(standard.validate(proxy)).toMatchObject({ issues: [{ code: "not_a_string", message: "Expected a string, got object" }] });
  });

  it("answers synchronously, as consumers that cannot await expect", () => {
    expect(standard.validate(null)).not.toBeInstanceOf(Promise);
  });
});
