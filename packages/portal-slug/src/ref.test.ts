import { describe, expect, it } from "vitest";
import { validatePortalRef } from "./ref.js";

describe("validatePortalRef", () => {
  it("accepts a portal ID by the ID rule", () => {
    expect(validatePortalRef("pc_3Kd9xQ2")).toEqual({ valid: true, kind: "id", value: "pc_3Kd9xQ2" });
  });

  it("accepts a slug by the slug rules", () => {
    expect(validatePortalRef("billing-portal")).toEqual({ valid: true, kind: "slug", value: "billing-portal" });
  });

  it.each([
    ["pc_", 3, 3, 'Nothing follows "pc_": a portal ID has letters and digits after it'],
    ["pc_ab-c", 5, 6, '"-" at 5 is not allowed in a portal ID: "pc_" then letters and digits'],
    ["pc_ab_c", 5, 6, '"_" at 5 is not allowed in a portal ID: "pc_" then letters and digits'],
  ])("rejects the malformed ID %j at its span", (input, index, end, message) => {
    expect(validatePortalRef(input)).toEqual({ valid: false, kind: "id", issues: [{ code: "invalid_portal_id", message, index, end }] });
  });

  it("judges what the newer server lets through by the slug rules", () => {
    for (const slug of ["My-Portal", "my--portal", "-portal", "my_portal"]) {
      const result = validatePortalRef(slug);
      expect(result).toMatchObject({ valid: false, kind: "slug" });
    }
    expect(validatePortalRef("My-Portal")).toMatchObject({ suggestion: "my-portal" });
  });

  it("says a non-string is not a string, of no kind", () => {
    expect(validatePortalRef(7)).toMatchObject({ valid: false, kind: undefined, issues: [{ code: "not_a_string" }] });
  });
});
