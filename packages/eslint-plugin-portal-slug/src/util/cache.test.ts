// The caches' lifetimes: what each keeps, for how long, on a clock the test sets.
import { afterEach, describe, expect, it } from "vitest";
import { createCache, LINT_RUN_MS, setClock, type Lifetime } from "./cache.js";

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
