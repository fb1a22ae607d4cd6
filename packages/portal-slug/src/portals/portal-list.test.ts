import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { LONGEST, distanceWithin, nearThreshold, tableFor } from "./distance.js";
import { createPortalList, portalListOf } from "./portal-list.js";

/** Optimal string alignment distance, the whole table filled in: the oracle the index is held to. */
function oracleDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** The nearest known portal by brute force over every entry: the documented threshold and tie rule, nothing more. */
function oracleClosest(known: readonly string[], value: string): string | undefined {
  const max = Math.min(3, Math.max(1, Math.floor(value.length / 4)));
  let best: [number, string] | undefined;
  for (const candidate of new Set(known)) {
    const distance = oracleDistance(value, candidate);
    if (distance > max && distance !== 0) continue;
    if (!best || distance < best[0] || (distance === best[0] && candidate < best[1])) best = [distance, candidate];
  }
  return best?.[1];
}

/** Slugs from a small alphabet, so that lists hold many near neighbours. */
const slug = fc.stringMatching(/^[abc1]{1,6}(-[abc1]{1,6}){0,2}$/).filter((text) => text.length >= 3);
const id = fc.stringMatching(/^pc_[aAb1]{1,10}$/);
const entry = fc.oneof(slug, id);

/** A value a few random edits away from `text`, or any short text. */
const edited = (text: string) =>
  fc.array(fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 80 }), fc.constantFrom("a", "b", "c", "1", "-", "_", "A", "é")), { maxLength: 4 }).map((edits) => {
    let out = text;
    for (const [kind, where, unit] of edits) {
      const at = out.length ? where % out.length : 0;
      if (kind === 0) out = out.slice(0, at) + unit + out.slice(at);
      else if (kind === 1) out = out.slice(0, at) + out.slice(at + 1);
      else if (kind === 2) out = out.slice(0, at) + unit + out.slice(at + 1);
      else out = out.slice(0, at) + out.slice(at + 1, at + 2) + out.slice(at, at + 1) + out.slice(at + 2);
    }
    return out;
  });

describe("createPortalList", () => {
  it("knows exactly the distinct well-formed entries", () => {
    const list = createPortalList(["billing-portal", "dev-docs", "pc_3Kd9xQ2", "dev-docs"]);
    expect(list.size).toBe(3);
    expect(list.has("dev-docs")).toBe(true);
    expect(list.has("pc_3Kd9xQ2")).toBe(true);
    expect(list.has("pc_3kd9xq2")).toBe(false);
    expect(list.has("biling-portal")).toBe(false);
    expect(list.problems).toEqual([]);
  });

  it("names the closest known portal for the typos a person makes", () => {
    const list = createPortalList(["billing-portal", "dev-docs", "pc_3Kd9xQ2", "status"]);
    expect(list.closest("biling-portal")).toBe("billing-portal");
    expect(list.closest("devdocs")).toBe("dev-docs");
    expect(list.closest("dev-dosc")).toBe("dev-docs");
    expect(list.closest("pc_3Kd9xQ3")).toBe("pc_3Kd9xQ2");
    expect(list.closest("stauts")).toBe("status");
    expect(list.closest("dev-docs")).toBe("dev-docs");
  });

  it("offers nothing for a far value", () => {
    const list = createPortalList(["billing-portal", "dev-docs", "api"]);
    expect(list.closest("analytics")).toBeUndefined();
    expect(list.closest("dev")).toBeUndefined();
    expect(list.closest("x".repeat(1_000_000))).toBeUndefined();
  });

  it("looks among the slugs alone or the IDs alone when asked, a known value of the other kind too", () => {
    const list = createPortalList(["status", "pc_3Kd9xQ2"]);
    expect([list.closest("status", "slug"), list.closest("stauts", "slug"), list.closest("pc_3Kd9xQ2", "slug"), list.closest("pc_3Kd9xQ3", "slug")]).toEqual([
      "status",
      "status",
      undefined,
      undefined,
    ]);
    expect([list.closest("pc_3Kd9xQ2", "id"), list.closest("pc_3Kd9xQ3", "id"), list.closest("status", "id"), list.closest("stauts", "id")]).toEqual([
      "pc_3Kd9xQ2",
      "pc_3Kd9xQ2",
      undefined,
      undefined,
    ]);
  });

  it("finds the longest ID there can be from a value three units longer, and none from four", () => {
    const id = `pc_${"a".repeat(252)}`;
    const list = createPortalList([id]);
    expect(list.closest(`${id}bcd`)).toBe(id);
    expect(list.closest(`${id}bcde`)).toBeUndefined();
  });

  it("offers nothing for a value that is no string", () => {
    const list = createPortalList(["status", "pc_3Kd9xQ2"]);
    for (const value of [42, null, undefined, ["status"], { length: 6 }]) expect(list.closest(value as never)).toBeUndefined();
  });

  it("measures a portal after one it passed over from that portal's own first units, not those of its neighbour", () => {
    // `bbbb` has none of `aaay`'s units, so is passed over; `bbby`, after it, shares its first
    // three units with it and none with `aaaa`, the one measured before: its rows are its own.
    expect(createPortalList(["bbby", "bbbb", "aaaa"]).closest("aaay")).toBe("aaaa");
  });

  it("breaks a tie by code-unit order, whatever order the list was written in", () => {
    expect(createPortalList(["acme-b", "acme-a"]).closest("acme-c")).toBe("acme-a");
    expect(createPortalList(["acme-a", "acme-b"]).closest("acme-c")).toBe("acme-a");
    // Lengths are searched shortest first: the tie is broken among all of them, not by the first found.
    expect(createPortalList(["bbb", "abbbb"]).closest("bbbb")).toBe("abbbb");
  });

  it("reports a list that is no array, and knows nothing from it", () => {
    for (const entries of ["billing-portal", null, undefined, { 0: "a", length: 1 }, 42]) {
      const list = createPortalList(entries);
      expect(list.size).toBe(0);
      expect(list.problems).toHaveLength(1);
      expect(list.problems[0]).toMatchObject({ code: "not_a_list" });
      expect(list.problems[0]?.message).toMatch(/^Expected the portals as an array of slugs and portal IDs, got /);
    }
    expect(createPortalList(null).problems[0]?.message).toBe("Expected the portals as an array of slugs and portal IDs, got null");
  });

  it("reads a Set, a generator or any other iterable but a string as it reads an array, its problems at their places", () => {
    function* generated() {
      yield "dev-docs";
      yield 7;
      yield "Billing";
    }
    for (const entries of [new Set(["dev-docs", 7, "Billing"]), generated(), new Map([["dev-docs", 1]]).keys()]) {
      const list = createPortalList(entries);
      expect(list.has("dev-docs")).toBe(true);
      expect(list.closest("dev-doc")).toBe("dev-docs");
      expect(list.size).toBe(1);
    }
    expect(createPortalList(new Set(["dev-docs", 7, "Billing"])).problems.map((problem) => [problem.code, problem.index])).toEqual([
      ["not_a_string", 1],
      ["malformed_entry", 2],
    ]);
  });

  it("knows nothing from an iterable that throws, and reads one that never ends up to the limit, saying each", () => {
    function* failing() {
      yield "dev-docs";
      throw new Error("no");
    }
    const broken = createPortalList(failing());
    expect(broken.size).toBe(0);
    expect(broken.problems).toEqual([{ code: "not_a_list", message: expect.stringContaining("threw") }]);
    function* endless() {
      for (;;) yield "same-slug";
    }
    const long = createPortalList(endless());
    expect(long.size).toBe(1);
    expect(long.problems).toEqual([{ code: "not_a_list", message: "The portals list has more than 1000000 entries: only the first 1000000 are read" }]);
    const noIterator = { [Symbol.iterator]: () => undefined };
    expect(createPortalList(noIterator).problems).toEqual([{ code: "not_a_list", message: expect.stringContaining("threw") }]);
  });

  it("is itself its names, so that a list built by another copy of the package is read for them", () => {
    const list = createPortalList(["pc_3Kd9xQ2", "dev-docs", "dev-docs", "Bad"]);
    expect([...list]).toEqual(["pc_3Kd9xQ2", "dev-docs"]);
    const copy = { ...list, [Symbol.iterator]: list[Symbol.iterator] };
    expect(portalListOf({ portals: copy })).not.toBe(copy);
    expect(portalListOf({ portals: copy })?.closest("dev-doc")).toBe("dev-docs");
  });

  it("reports each entry that is no string, and each malformed one once, leaving them out", () => {
    const list = createPortalList(["ok-portal", 7, "Billing", "Billing", "pc_ab-c", null, "PC_3Kd9xQ2"]);
    expect(list.size).toBe(1);
    // A malformed slug's likely form is named, as every message names what to write; an ID's is
    // not, nor a slug made of an ID mistyped, which would name another portal.
    expect(list.problems.map((problem) => [problem.code, problem.index, problem.entry, problem.suggestion])).toEqual([
      ["not_a_string", 1, undefined, undefined],
      ["malformed_entry", 2, "Billing", "billing"],
      ["malformed_entry", 4, "pc_ab-c", undefined],
      ["not_a_string", 5, undefined, undefined],
      ["malformed_entry", 6, "PC_3Kd9xQ2", undefined],
    ]);
    expect(list.problems[1]?.message).toBe(
      'portals[2]: "Billing" is no portal slug or ID, so no request can name it: "B" at index 0 is uppercase: slugs are lowercase; write "billing"',
    );
    expect(list.problems[2]?.message).toBe(
      'portals[4]: "pc_ab-c" is no portal slug or ID, so no request can name it: "-" at index 5 is not allowed in a portal ID: "pc_" then letters and digits',
    );
    expect(list.problems[0]?.message).toBe("portals[1]: Expected a string, got a number");
  });

  it("never throws on a list whose reading throws, nor on a proxy claiming billions of entries", () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(createPortalList(proxy).problems).toEqual([{ code: "not_a_list", message: expect.stringContaining("threw") }]);
    const getter = Object.defineProperty(["a-b-c"], 1, {
      get() {
        throw new Error("no");
      },
    });
    const read = createPortalList(getter);
    expect(read.has("a-b-c")).toBe(true);
    expect(read.problems.map((problem) => problem.code)).toEqual(["not_a_list"]);
    const endless = new Proxy([], {
      get: (target, key) => (key === "length" ? 2 ** 32 - 1 : typeof key === "string" && /^\d+$/.test(key) ? "same-slug" : Reflect.get(target, key)),
    });
    const huge = createPortalList(endless);
    expect(huge.size).toBe(1);
    expect(huge.problems).toEqual([{ code: "not_a_list", message: "The portals list has more than 1000000 entries: only the first 1000000 are read" }]);
  });

  it("answers as the brute-force oracle does, for any list and any value near it or not, among all, the slugs or the IDs", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), fc.nat(), fc.nat(), (known, pick, seed) => {
        const list = createPortalList(known);
        expect(list.size).toBe(new Set(known).size);
        const slugs = known.filter((one) => !one.startsWith("pc_"));
        const ids = known.filter((one) => one.startsWith("pc_"));
        const base = known.length ? (known[pick % known.length] as string) : "abc";
        const values = fc.sample(fc.oneof(edited(base), fc.string({ maxLength: 12 })), { numRuns: 5, seed });
        for (const value of values) {
          expect(list.has(value)).toBe(known.includes(value));
          expect(list.closest(value)).toBe(oracleClosest(known, value));
          expect(list.closest(value, "slug")).toBe(oracleClosest(slugs, value));
          expect(list.closest(value, "id")).toBe(oracleClosest(ids, value));
        }
      }),
      { numRuns: 1_500 },
    );
  });

  it("measures the bounded distance as the oracle does, or says it is past the bound", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat({ max: 4 }), (a, b, max) => {
        const exact = oracleDistance(a, b);
        expect(distanceWithin(a, b, max)).toBe(exact <= max ? exact : max + 1);
      }),
      { numRuns: 3_000 },
    );
  });

  it("keeps a table with room for the longest portal against a value of every width, as the widths grow", () => {
    for (let width = 1; width <= LONGEST + 1; width++) expect(tableFor(width).length).toBeGreaterThanOrEqual((LONGEST + 1) * width);
  });

  it("keeps that room from a table not yet made, and measures with it, as a process's first comparisons find it", async () => {
    // The table is the module's state and only grows: an earlier test has made it big already, so
    // the module is loaded afresh, with no table yet.
    vi.resetModules();
    const fresh = await import("./distance.js");
    for (let width = 1; width <= LONGEST + 1; width++) expect(fresh.tableFor(width).length).toBeGreaterThanOrEqual((LONGEST + 1) * width);
    expect(fresh.distanceWithin("stauts", "status", fresh.nearThreshold(6))).toBe(1);
  });

  it("measures the longest values it is given, 258 units each, as the oracle does", () => {
    const long = "a".repeat(LONGEST - 1);
    for (const other of [`${long.slice(1)}b`, `b${long.slice(2)}b`, `${long.slice(0, 100)}bbbb${long.slice(104)}`]) {
      expect(distanceWithin(long, other, 3)).toBe(Math.min(oracleDistance(long, other), 4));
    }
  });

  it("grows the threshold with the length: one edit to 7 characters, two to 11, three from 12", () => {
    expect([3, 7, 8, 11, 12, 64, 255].map(nearThreshold)).toEqual([1, 1, 2, 2, 3, 3, 3]);
  });
});

describe("portalListOf", () => {
  it("builds a list with its problem from a value whose reading throws, and answers undefined only for no option", () => {
    const revoked = Proxy.revocable(["status"], {});
    revoked.revoke();
    const list = portalListOf({ portals: revoked.proxy });
    expect(list?.size).toBe(0);
    expect(list?.problems.map((problem) => problem.code)).toEqual(["not_a_list"]);
    expect(portalListOf(undefined)).toBeUndefined();
  });

  it("takes a built list as it is and builds an array's once", () => {
    const list = createPortalList(["a-b-c"]);
    expect(portalListOf({ portals: list })).toBe(list);
    const array = ["billing-portal"];
    expect(portalListOf({ portals: array })).toBe(portalListOf({ portals: array }));
    expect(portalListOf({ portals: array })?.has("billing-portal")).toBe(true);
    array.push("dev-docs");
    expect(portalListOf({ portals: array })?.has("dev-docs")).toBe(true);
    expect(portalListOf(undefined)).toBeUndefined();
  });

  it("builds a Set's list once, and again when its size changed; another iterable's once", () => {
    const set = new Set(["billing-portal"]);
    const first = portalListOf({ portals: set });
    expect(portalListOf({ portals: set })).toBe(first);
    set.add("dev-docs");
    expect(portalListOf({ portals: set })?.has("dev-docs")).toBe(true);
    const keys = new Map([["dev-docs", 1]]).keys();
    const read = portalListOf({ portals: keys });
    // The iterator is spent after the first reading: the list kept is the one answer.
    expect(portalListOf({ portals: keys })).toBe(read);
    expect(read?.has("dev-docs")).toBe(true);
  });

  it("builds a look-alike object into an empty list with its problem, not trusting its has", () => {
    const fake = { size: 1, has: () => true, closest: () => "x", problems: [] };
    expect(portalListOf({ portals: fake as never })).toMatchObject({ size: 0, problems: [{ code: "not_a_list" }] });
  });
});
