// The words every layer says its problems in, asked directly.
import { describe, expect, it, vi } from "vitest";
import { REQUEST_WORDS, kindOf, lengthMessage, withSuggestion, withoutSuggestion } from "./contract.js";

describe("the slug's words", () => {
  it("says a slug's length in characters, one in the singular, and names the limit it breaks", () => {
    expect(lengthMessage('"a"', 1)).toBe('"a" is too short: 1 character, at least 3');
    expect(lengthMessage('""', 0)).toBe('"" is too short: 0 characters, at least 3');
    expect(lengthMessage('"…"', 65)).toBe('"…" is too long: 65 characters, at most 64');
  });
});

describe("withSuggestion and withoutSuggestion", () => {
  it("name the suggestion at the end, with there for a value written in another module", () => {
    expect(withSuggestion("m", "x")).toBe('m; write "x"');
    expect(withSuggestion("m", "x", true)).toBe('m; write "x" there');
    expect(withSuggestion("m", "x", false)).toBe('m; write "x"');
    expect(withSuggestion("m")).toBe("m");
  });

  it("answer an empty message for one that is no string, and never throw", () => {
    expect(withSuggestion(42 as unknown as string, "x")).toBe('; write "x"');
    expect(withSuggestion(undefined as unknown as string)).toBe("");
    expect(withoutSuggestion(42 as unknown as string, "x")).toBe("");
  });
});

describe("kindOf", () => {
  it("names every kind of value with its article, null and undefined bare, arrays apart from objects", () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect([null, undefined, [], {}, "x", 1, 1n, true, Symbol("s"), () => 0, new Proxy([], {}), proxy].map(kindOf)).toEqual([
      "null",
      "undefined",
      "an array",
      "an object",
      "a string",
      "a number",
      "a bigint",
      "a boolean",
      "a symbol",
      "a function",
      "an array",
      "an object",
    ]);
  });
});

describe("REQUEST_WORDS", () => {
  it("says what a required field holds, and names a field it has no description of by its name", () => {
    expect(REQUEST_WORDS.missing("externalId")).toBe('Missing "externalId": the end user\'s ID in your system, 1 to 256 characters');
    expect(REQUEST_WORDS.missing("region")).toBe('Missing "region": region');
  });
});

describe("a module loaded afresh", () => {
  it("words every message as the one loaded here does, as a process's first import reads it", async () => {
    // The words are made when the module loads, once for the whole test run otherwise.
    vi.resetModules();
    const fresh = await import("./contract.js");
    expect(fresh.tooLongMessage('"x"', 300, 255, " for a portal ID")).toBe('"x" is too long for a portal ID: 300 characters, at most 255');
    expect(fresh.lengthMessage('"ab"', 2)).toBe('"ab" is too short: 2 characters, at least 3');
    expect(fresh.issueWithoutSuggestion({ message: 'm; write "x"', suggestion: "x" })).toBe("m");
    expect(fresh.allOf(["a", "b"])).toBe("a; also b");
    expect(fresh.typeMessage(null)).toBe("Expected a string, got null");
    expect(fresh.REQUEST_WORDS.mixed(["slug"], ["scopes"])).toBe(
      'The body mixes the two generations: "slug" from the older, "scopes" from the newer; send "slug" with "permissions" (the docs page, SDK up to 2.5.0), or "portal" with "scopes" (SDK 2.5.1, the current server)',
    );
    expect(fresh.REQUEST_WORDS.emptyExternalId()).toBe('"" is empty: an externalId has 1 to 256 characters');
  });
});
