// The caches' lifetimes: what each keeps, for how long, on a clock the test sets.
import { afterEach, describe, expect, it } from "vitest";
import { createCache, lastAnswer, LINT_RUN_MS, setClock, type Lifetime } from "./cache.js";

describe("createCache", () => {
  afterEach(() => setClock(undefined));

  it.each<Lifetime>(["file", "config", "process"])("keeps a %s answer however much time passes", (lifetime) => {
    let now = 0;
    setClock(() => now);
    const cache = createCache<string, number>(lifetime);
    cache.set("a", 1);
    now += 10 * LINT_RUN_MS;
    expect(cache.get("a")).toBe(1);
  });

  it("holds at most its capacity of answers under texts, forgetting them all when full, and any number under objects", () => {
    const cache = createCache<string | object, number>("process", { capacity: 3, longestKey: 10 });
    cache.set("a", 1);
    cache.set("b", 2);
    cache.set("b", 2);
    cache.set("c", 3);
    expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([1, 2, 3]);
    cache.set("d", 4);
    expect([cache.get("a"), cache.get("b"), cache.get("c"), cache.get("d")]).toEqual([undefined, undefined, undefined, 4]);
    const keys = Array.from({ length: 5 }, () => ({}));
    keys.forEach((key, i) => cache.set(key, i));
    expect(keys.map((key) => cache.get(key))).toEqual([0, 1, 2, 3, 4]);
    expect(cache.get("d")).toBe(4);
  });

  it("keeps no answer under a text longer than its longest key, and computes it each time it is asked", () => {
    const cache = createCache<string, number>("process", { capacity: 100, longestKey: 3 });
    let computed = 0;
    const compute = () => ++computed;
    expect([cache.answer("abcd", compute), cache.answer("abcd", compute), cache.get("abcd")]).toEqual([1, 2, undefined]);
    expect([cache.answer("abc", compute), cache.answer("abc", compute), cache.get("abc")]).toEqual([3, 3, 3]);
  });

  it("trusts a lint-run answer for LINT_RUN_MS after it was given, and no longer", () => {
    let now = 5_000;
    setClock(() => now);
    const cache = createCache<string, number>("lint-run");
    cache.set("a", 1);
    now += LINT_RUN_MS - 1;
    expect(cache.get("a")).toBe(1);
    now += 1;
    expect(cache.get("a")).toBeUndefined();
    // Still there for a cheap look that renews it.
    expect(cache.stale("a")).toBe(1);
    cache.set("a", 1);
    now += LINT_RUN_MS - 1;
    expect(cache.get("a")).toBe(1);
  });

  it("computes an answer once while it is fresh, an undefined one too, and again once it is not", () => {
    let now = 0;
    setClock(() => now);
    const cache = createCache<string, string | undefined>("lint-run");
    const asked: string[] = [];
    const compute = (key: string) => (asked.push(key), undefined);
    expect(cache.answer("a", compute)).toBeUndefined();
    expect(cache.answer("a", compute)).toBeUndefined();
    expect(asked).toEqual(["a"]);
    now += LINT_RUN_MS;
    cache.answer("a", compute);
    expect(asked).toEqual(["a", "a"]);
  });

  it("tells object keys apart by identity, and from a string of the same text", () => {
    const cache = createCache<object | string, number>("file");
    const one = {};
    cache.set(one, 1);
    cache.set("[object Object]", 2);
    expect(cache.get(one)).toBe(1);
    expect(cache.get({})).toBeUndefined();
    expect(cache.get("[object Object]")).toBe(2);
  });

  it("forgets everything when cleared, object keys and others", () => {
    const cache = createCache<object | string, number>("process");
    const key = {};
    cache.set(key, 1);
    cache.set("a", 2);
    cache.clear();
    expect([cache.get(key), cache.get("a"), cache.stale(key)]).toEqual([undefined, undefined, undefined]);
  });
});

describe("lastAnswer", () => {
  it("computes once for the key asked last, again for any other, and again for the first when asked after another", () => {
    const asked: unknown[] = [];
    const length = lastAnswer((key: string) => (asked.push(key), key.length));
    expect([length("ab"), length("ab"), length("abc"), length("ab")]).toEqual([2, 2, 3, 2]);
    expect(asked).toEqual(["ab", "abc", "ab"]);
  });

  it("tells object keys apart by identity, and string keys by their characters", () => {
    const asked: unknown[] = [];
    const answer = lastAnswer((key: object | string) => (asked.push(key), asked.length));
    const one = {};
    expect([answer(one), answer(one), answer({})]).toEqual([1, 1, 2]);
    // Two strings of the same characters are one key, however each was made.
    expect([answer(["a", "b"].join("")), answer("ab")]).toEqual([3, 3]);
  });

  it("keeps the answer it had when a computation throws, and computes again next time", () => {
    let fail = false;
    const answer = lastAnswer((key: string) => {
      if (fail) throw new Error(`no answer for ${key}`);
      return key.toUpperCase();
    });
    expect(answer("a")).toBe("A");
    fail = true;
    expect(() => answer("b")).toThrow("no answer for b");
    expect(answer("a")).toBe("A");
    fail = false;
    expect(answer("b")).toBe("B");
  });
});
