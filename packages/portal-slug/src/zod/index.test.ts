import { describe, expect, expectTypeOf, it } from "vitest";
import * as z from "zod";
import { portalRefSchema, portalSlugSchema } from "./index.js";
import { typeMessage, type PortalId, type PortalSlug } from "../contract.js";

describe("portalSlugSchema", () => {
  it("parses a valid slug to the branded type", () => {
    const slug = portalSlugSchema.parse("my-portal");
    expect(slug).toBe("my-portal");
    expectTypeOf(slug).toEqualTypeOf<PortalSlug>();
  });

  it("reports one zod issue per slug issue, with code, span and suggestion in params", () => {
    const result = portalSlugSchema.safeParse("My_Portal");
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: "custom", path: [], params: { code: "uppercase", index: 0, end: 1, suggestion: "my-portal" } }),
      expect.objectContaining({ code: "custom", path: [], params: { code: "underscore", index: 2, end: 3, suggestion: "my-portal" } }),
    ]);
    expect(result.error?.issues[1]?.message).toBe('"_" at index 2 is an underscore: join words with "-"; write "my-portal"');
  });

  it("keeps zod's own type error for a non-string, in the core's words", () => {
    expect(portalSlugSchema.safeParse(42).error?.issues[0]?.code).toBe("invalid_type");
    for (const value of [42, null, undefined, ["my-portal"]]) {
      expect(portalSlugSchema.safeParse(value).error?.issues.map(({ message }) => message)).toEqual([typeMessage(value)]);
      expect(portalRefSchema.safeParse(value).error?.issues.map(({ message }) => message)).toEqual([typeMessage(value)]);
    }
  });

  it("puts the path of a nested field on its issues", () => {
    const body = z.object({ slug: portalSlugSchema });
    expect(body.safeParse({ slug: "-portal" }).error?.issues[0]?.path).toEqual(["slug"]);
  });
});

/** The params of the first issue, which only custom issues carry. */
const firstParams = (result: { error?: z.ZodError | undefined }): unknown => {
  const issue = result.error?.issues[0];
  return issue?.code === "custom" ? issue.params : undefined;
};

describe("portalRefSchema", () => {
  it("parses an ID or a slug", () => {
    expect(portalRefSchema.parse("pc_abc123")).toBe("pc_abc123");
    expect(portalRefSchema.parse("my-portal")).toBe("my-portal");
    expectTypeOf(portalRefSchema.parse("my-portal")).toEqualTypeOf<PortalSlug | PortalId>();
  });

  it("rejects a malformed ID and a malformed slug, each by its own rule", () => {
    expect(firstParams(portalRefSchema.safeParse("pc_a-b"))).toMatchObject({ code: "invalid_portal_id" });
    expect(firstParams(portalRefSchema.safeParse("My-Portal"))).toMatchObject({ code: "uppercase", suggestion: "my-portal" });
  });
});
