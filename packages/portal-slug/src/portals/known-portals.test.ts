/**
 * The known portals through every runtime check that takes them: the slug and ref validators,
 * the request guard, one field's check and the 404 explainer, each held to the same list and
 * the same words as `unknownPortalIssue`, and each unchanged without the option.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainPortalError } from "../explain/index.js";
import { validatePortalRef } from "../ref.js";
import { checkCreateSessionField } from "../request/fields.js";
import { checkCreateSessionRequest } from "../request/guard.js";
import { scanPortalSlug } from "../scan.js";
import { assertPortalSlug, validatePortalSlug } from "../validate.js";
import { createPortalList } from "./portal-list.js";
import { unknownPortalIssue } from "./unknown-portal.js";

const PORTALS = ["billing-portal", "dev-docs", "pc_3Kd9xQ2"];
const list = createPortalList(PORTALS);
const newer = { portal: "billing-portal", externalId: "user_1", scopes: ["keys:read"] };
const older = { slug: "billing-portal", externalId: "user_1", permissions: ["keys:read"] };
const notFound = (type: "portal_not_found" | "portal_config_not_found") => ({
  meta: { requestId: "req_1" },
  error: { title: "Not Found", status: 404, type: `https://unkey.com/docs/errors/unkey/data/${type}` },
});

describe("validatePortalSlug with portals", () => {
  it("passes a declared slug, from an array or a built list alike", () => {
    expect(validatePortalSlug("dev-docs", { portals: PORTALS })).toEqual({ valid: true, value: "dev-docs" });
    expect(validatePortalSlug("dev-docs", { portals: list })).toEqual({ valid: true, value: "dev-docs" });
  });

  it("rejects a well-formed typo with unknown_portal and the closest declared slug", () => {
    expect(validatePortalSlug("biling-portal", { portals: PORTALS })).toEqual({
      valid: false,
      issues: [unknownPortalIssue(list, "biling-portal")],
      suggestion: "billing-portal",
    });
  });

  it("makes no slug of a portal ID given where a slug goes, declared or not: its issues stand", () => {
    for (const options of [undefined, { portals: ["pc_3Kd9xQ2", "billing-portal"] }]) {
      const result = validatePortalSlug("pc_3Kd9xQ2", options);
      expect(result).toEqual({ valid: false, issues: scanPortalSlug("pc_3Kd9xQ2") });
    }
  });

  it("never suggests an ID for a slug", () => {
    const result = validatePortalSlug("pc-3kd9xq2", { portals: ["pc_3kd9xq2"] });
    expect(result.valid).toBe(false);
    expect(result).not.toHaveProperty("suggestion");
  });

  it("keeps a malformed value's form issues, and suggests a declared slug when one is near", () => {
    const plain = validatePortalSlug("Biling_Portal");
    const known = validatePortalSlug("Biling_Portal", { portals: PORTALS });
    expect(plain).toMatchObject({ suggestion: "biling-portal" });
    expect(known).toEqual({ ...plain, suggestion: "billing-portal" });
    // Nothing declared is near: the form's own suggestion stays, and is said to be none of them too,
    // so that the user hears it now, not from the next report once the form is written.
    const alone = validatePortalSlug("My_Portal");
    const far = validatePortalSlug("My_Portal", { portals: PORTALS });
    expect(far).toEqual({
      ...alone,
      issues: [
        ...(alone.valid ? [] : alone.issues),
        { code: "unknown_portal", message: expect.stringMatching(/^"my-portal" is none of the \d+ portals declared/) },
      ],
    });
    expect(validatePortalSlug(alone.valid ? "" : (alone.suggestion ?? ""), { portals: PORTALS })).toMatchObject({ issues: [{ code: "unknown_portal" }] });
  });

  it("changes nothing without portals, with an empty list, or with a list of nothing well-formed", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("billing-portal", "biling-portal", "Dev_Docs")), (value) => {
        const plain = validatePortalSlug(value);
        expect(validatePortalSlug(value, {})).toEqual(plain);
        expect(validatePortalSlug(value, { portals: [] })).toEqual(plain);
        expect(validatePortalSlug(value, { portals: ["Not A Slug"] })).toEqual(plain);
      }),
    );
  });

  it("accepts exactly the declared slugs among well-formed values, when any are declared", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[ab]{3,5}$/), { maxLength: 6 }), fc.stringMatching(/^[ab]{3,5}$/), (portals, value) => {
        // An empty list declares nothing, so it checks nothing.
        expect(validatePortalSlug(value, { portals }).valid).toBe(!portals.length || portals.includes(value));
      }),
    );
  });

  it("throws from assertPortalSlug for a slug none of the portals is", () => {
    expect(() => assertPortalSlug("biling-portal", { portals: PORTALS })).toThrow(/; write "billing-portal"$/);
    expect(() => assertPortalSlug("billing-portal", { portals: PORTALS })).not.toThrow();
  });
});

describe("validatePortalRef with portals", () => {
  it("rejects an ID off by one character, suggesting the declared ID", () => {
    expect(validatePortalRef("pc_3Kd9xQ3", { portals: PORTALS })).toEqual({
      valid: false,
      kind: "id",
      issues: [unknownPortalIssue(list, "pc_3Kd9xQ3")],
      suggestion: "pc_3Kd9xQ2",
    });
    expect(validatePortalRef("pc_3Kd9xQ2", { portals: PORTALS })).toEqual({ valid: true, kind: "id", value: "pc_3Kd9xQ2" });
  });

  it("judges a slug by the same list, and a malformed ID's suggestion is the declared one", () => {
    expect(validatePortalRef("devdocs", { portals: PORTALS })).toMatchObject({ valid: false, kind: "slug", suggestion: "dev-docs" });
    expect(validatePortalRef("pc_3Kd9x-Q2", { portals: PORTALS })).toMatchObject({
      valid: false,
      kind: "id",
      issues: [{ code: "invalid_portal_id", index: 8, end: 9 }],
      suggestion: "pc_3Kd9xQ2",
    });
    expect(validatePortalRef("pc_3Kd9x-Q2")).not.toHaveProperty("suggestion");
  });
});

describe("checkCreateSessionRequest with portals", () => {
  it("puts unknown_portal at the portal field's path, as an error", () => {
    const result = checkCreateSessionRequest({ ...newer, portal: "biling-portal" }, { portals: PORTALS });
    expect(result.valid).toBe(false);
    expect(result.issues).toEqual([unknownPortalIssue(list, "biling-portal", ["portal"])]);
    const slug = checkCreateSessionRequest({ ...older, slug: "devdocs" }, { portals: list });
    expect(slug.issues).toEqual([unknownPortalIssue(list, "devdocs", ["slug"], "slug")]);
  });

  it("passes a declared portal of either generation, and a body without the option as before", () => {
    expect(checkCreateSessionRequest({ ...newer, portal: "pc_3Kd9xQ2" }, { portals: PORTALS }).valid).toBe(true);
    expect(checkCreateSessionRequest(older, { portals: PORTALS }).valid).toBe(true);
    expect(checkCreateSessionRequest({ ...newer, portal: "biling-portal" })).toMatchObject({ valid: true });
  });

  it("gives a malformed portal its form issues, each suggesting the declared portal", () => {
    const issues = checkCreateSessionRequest({ ...newer, portal: "Biling-Portal" }, { portals: PORTALS }).issues;
    expect(issues.map((found) => [found.code, found.suggestion])).toEqual([["uppercase", "billing-portal"]]);
  });

  it("says the same of one field", () => {
    expect(checkCreateSessionField("portal", "biling-portal", { portals: PORTALS })).toEqual([unknownPortalIssue(list, "biling-portal", ["portal"])]);
    expect(checkCreateSessionField("portal", "biling-portal")).toEqual([]);
  });
});

describe("explainPortalError with portals", () => {
  it("names the closest declared portal for a 404 on a well-formed one none of them is", () => {
    const explained = explainPortalError(notFound("portal_not_found"), { ...newer, portal: "biling-portal" }, { portals: PORTALS });
    expect(explained).toMatchObject({ cause: "unknown_portal", suggestion: "billing-portal", requestId: "req_1" });
    expect(explained.issues).toEqual([unknownPortalIssue(list, "biling-portal", ["portal"])]);
    expect(explained.message).toMatch(
      /^Unkey found no portal "biling-portal" for this root key \(404 portal_not_found, request req_1\): "biling-portal" is none of the 3 portals declared, .*; should it be your portal all the same, check that the root key belongs .*; write "billing-portal"$/,
    );
  });

  it("says the spelling is not the cause of a 404 on a declared portal", () => {
    const explained = explainPortalError(notFound("portal_config_not_found"), older, { portals: PORTALS });
    expect(explained.cause).toBe("unknown_portal");
    expect(explained.message).toContain(": it is one of the portals declared, so its spelling is not the cause: check that the root key belongs");
    expect(explained).not.toHaveProperty("suggestion");
  });

  it("keeps a malformed slug malformed, suggesting the declared portal", () => {
    const explained = explainPortalError(notFound("portal_config_not_found"), { ...older, slug: "Biling-Portal" }, { portals: PORTALS });
    expect(explained).toMatchObject({ cause: "malformed_slug", suggestion: "billing-portal" });
    expect(explained.message).toMatch(/; write "billing-portal"$/);
  });

  it("explains as before without the option", () => {
    const body = { ...newer, portal: "biling-portal" };
    expect(explainPortalError(notFound("portal_not_found"), body, {})).toEqual(explainPortalError(notFound("portal_not_found"), body));
  });
});
