/**
 * The known portals at a large workspace's scale, 100,000 of them: all held, a typo of any found,
 * and a look-up that does not compare against the whole list, as a ratio of times in one process.
 * It builds the list for seconds, so the mutation run (vitest.mutation.config.ts) leaves it to
 * `npm test`; the index is held to the brute-force oracle in portal-list.test.ts.
 */
import { describe, expect, it } from "vitest";
import { distanceWithin, nearThreshold } from "./distance.js";
import { createPortalList } from "./portal-list.js";

describe("createPortalList on 100,000 entries", () => {
  /** Deterministic slugs of two or three random words, 7 to 26 characters, as a big workspace's might be. */
  let state = 7;
  const random = () => ((state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
  const word = () => Array.from({ length: 3 + Math.floor(random() * 6) }, () => "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(random() * 36)]).join("");
  const names = [...new Set(Array.from({ length: 101_000 }, () => [word(), word(), ...(random() < 0.5 ? [word()] : [])].join("-")))].slice(0, 100_000);
  const list = createPortalList(names);

  it("holds them all and finds a typo of any of them", () => {
    expect(list.size).toBe(100_000);
    expect(list.closest(`${(names[777] as string).slice(0, -1)}y`)).toBe(names[777]);
  });

  it("looks up without comparing against the whole list: many times faster than the oracle's scan", () => {
    // A ratio in one process, not a time: each lookup must cost far less than a scan of the list.
    const values = names.slice(0, 50).map((name) => `${name.slice(0, 3)}q${name.slice(4)}`);
    let started = performance.now();
    for (const value of values) list.closest(value);
    const indexed = performance.now() - started;
    started = performance.now();
    for (const value of values.slice(0, 5)) names.filter((name) => distanceWithin(value, name, nearThreshold(value.length)) <= 1);
    const scanned = ((performance.now() - started) / 5) * values.length;
    expect(indexed * 5).toBeLessThan(scanned);
  });
});
