// What the core says of a value, as the rule reports it.
import fc from "fast-check";
import { createPortalList } from "portal-slug";
import { describe, expect, it } from "vitest";
import { judgeText, judgeValue, judgeTemplatePart, locatedFirst, passes } from "./slug-judgement.js";

const codes = (problems: readonly { code: string }[]) => problems.map((problem) => problem.code);

describe("judgeValue", () => {
  it("judges a slug field by the slug rules and a portal field as an ID or a slug", () => {
    expect(judgeValue("my-portal", "slug")).toEqual({ problems: [] });
    expect(codes(judgeValue("My_portal", "slug").problems)).toEqual(["uppercase", "underscore"]);
    expect(judgeValue("My_portal", "slug").suggestion).toBe("my-portal");
    expect(judgeValue("pc_3Kd9xQ2", "ref")).toEqual({ problems: [] });
    expect(codes(judgeValue("pc_3Kd9xQ2", "slug").problems)).toContain("underscore");
    expect(codes(judgeValue("pc_ab-c", "ref").problems)).toEqual(["invalid_portal_id"]);
  });
});

describe("judgeText", () => {
  const portals = createPortalList(["billing", "pc_3Kd9xQ2"]);
  /** What the text is judged as without a memo: nothing for a value that passes, else the core's whole judgement. */
  const oracle = (value: string, accepts: "slug" | "ref", list?: typeof portals) =>
    passes(value, accepts, list) ? { problems: [] } : judgeValue(value, accepts, list);

  it("is judgeValue's answer for every text, field rule and portals list, asked once or again", () => {
    const text = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom("billing", "Billing", "billin", "pc_3Kd9xQ2", "pc_3Kd9xQ", "a".repeat(300)));
    fc.assert(
      fc.property(text, fc.constantFrom("slug" as const, "ref" as const), fc.boolean(), (value, accepts, declared) => {
        const list = declared ? portals : undefined;
        const expected = oracle(value, accepts, list);
        expect(judgeText(value, accepts, list)).toEqual(expected);
        expect(judgeText(value, accepts, list)).toEqual(expected);
      }),
    );
  });

  it("keeps a short text's judgement apart for each portals list and field rule", () => {
    expect(judgeText("My_portal", "slug")).toBe(judgeText("My_portal", "slug"));
    expect(codes(judgeText("billin", "slug").problems)).toEqual([]);
    expect(codes(judgeText("billin", "slug", portals).problems)).toEqual(["unknown_portal"]);
    expect(codes(judgeText("pc_3Kd9xQ2", "ref").problems)).toEqual([]);
    expect(codes(judgeText("pc_3Kd9xQ2", "slug").problems)).toContain("underscore");
  });

  it("judges a text longer than a slug can be each time, keeping nothing of it", () => {
    const long = "A".repeat(1000);
    expect(judgeText(long, "slug")).not.toBe(judgeText(long, "slug"));
    expect(judgeText(long, "slug")).toEqual(judgeValue(long, "slug"));
  });
});

describe("judgeTemplatePart", () => {
  it("keeps what is wrong wherever the part stands, and a hyphen only at the true ends", () => {
    expect(codes(judgeTemplatePart("Team_", false, false).problems)).toEqual(["uppercase", "underscore"]);
    expect(codes(judgeTemplatePart("-x-", false, false).problems)).toEqual([]);
    expect(codes(judgeTemplatePart("-x-", true, false).problems)).toEqual(["leading_hyphen"]);
    expect(codes(judgeTemplatePart("-x-", false, true).problems)).toEqual(["trailing_hyphen"]);
    expect(codes(judgeTemplatePart("x--y", false, false).problems)).toEqual(["consecutive_hyphens"]);
  });

  it("leaves length alone: the expressions add characters", () => {
    expect(judgeTemplatePart("", true, true).problems).toEqual([]);
    expect(judgeTemplatePart("a".repeat(70), true, true).problems).toEqual([]);
  });
});

describe("locatedFirst", () => {
  it("puts the first problem with a place first, keeping the others in order", () => {
    const problems = [
      { code: "too_short", message: "short" },
      { code: "underscore", message: "_", index: 1, end: 2 },
      { code: "uppercase", message: "A", index: 0, end: 1 },
    ] as const;
    expect(codes(locatedFirst(problems))).toEqual(["underscore", "too_short", "uppercase"]);
    expect(locatedFirst(problems.slice(1))).toEqual(problems.slice(1));
    expect(locatedFirst([problems[0]])).toEqual([problems[0]]);
  });
});

describe("passes", () => {
  it("is the core's answer for a whole value, by its field's rule", () => {
    expect(passes("my-portal", "slug")).toBe(true);
    expect(passes("My-portal", "slug")).toBe(false);
    expect(passes("pc_3Kd9xQ2", "ref")).toBe(true);
    expect(passes("pc_3Kd9xQ2", "slug")).toBe(false);
    expect(passes("pc_ab-c", "ref")).toBe(false);
    expect(passes("my-portal", "ref")).toBe(true);
  });
});
