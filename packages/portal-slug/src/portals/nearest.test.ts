// The known portals as the nearest-portal search reads them: grouped by length, in code-unit order.
import { describe, expect, it } from "vitest";
import { index } from "./nearest.js";

describe("index", () => {
  it("groups the known portals by length, each group holding its own portals only, in code-unit order, with what each shares with the one before", () => {
    const buckets = index(["b-c", "abcd", "abc", "b-cd", "ab-c"]);
    expect([...buckets.keys()].sort()).toEqual([3, 4]);
    expect(buckets.get(3)?.values).toEqual(["abc", "b-c"]);
    expect(buckets.get(4)?.values).toEqual(["ab-c", "abcd", "b-cd"]);
    expect([...(buckets.get(4)?.shared ?? [])].slice(1)).toEqual([2, 0]);
  });
});
