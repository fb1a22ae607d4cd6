// The playground's link format (playground/src/share.ts), in Node: its base64url against
// Node's own, and a link's state read back as it was written. The page itself is driven in
// playground.test.ts; these are the open-ended inputs no browser test could cover.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBase64Url, encodeBase64Url, fromHash, toHash } from "../playground/src/share.js";

/** Text of any code points, astral ones included (no lone surrogates: UTF-8 cannot carry them). */
const anyText = fc.string({ unit: "binary", maxLength: 200 });

describe("base64url of UTF-8", () => {
  it("encodes as Node's Buffer does", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(encodeBase64Url(text)).toBe(Buffer.from(text, "utf8").toString("base64url"));
      }),
    );
  });

  it("decodes what it encodes", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(decodeBase64Url(encodeBase64Url(text))).toBe(text);
      }),
    );
  });

  it("keeps a byte order mark, which a link must give back with the code", () => {
    expect(decodeBase64Url(encodeBase64Url("\uFEFFconst a = 1;"))).toBe("\uFEFFconst a = 1;");
  });

  it("decodes any bytes as a strict UTF-8 decoder that keeps a byte order mark does, and anything else to undefined, without throwing", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 120 }),
          fc.uint8Array({ maxLength: 40 }).map((rest) => Uint8Array.of(0xef, 0xbb, 0xbf, ...rest)),
        ),
        (bytes) => {
          let expected: string | undefined;
          try {
            expected = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
          } catch {
            expected = undefined;
          }
          expect(decodeBase64Url(Buffer.from(bytes).toString("base64url"))).toBe(expected);
          // Padded, as other encoders write it.
          expect(decodeBase64Url(Buffer.from(bytes).toString("base64"))).toBe(/[+/]/.test(Buffer.from(bytes).toString("base64")) ? undefined : expected);
        },
      ),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        expect(() => decodeBase64Url(text)).not.toThrow();
      }),
    );
    expect(decodeBase64Url("not*base64")).toBeUndefined();
    expect(decodeBase64Url("A")).toBeUndefined(); // one character holds 6 bits: no byte
  });
});

describe("the hash", () => {
  const portal = fc.stringMatching(/^[^\s]{1,20}$/);
  const state = fc.record({
    code: anyText,
    language: fc.constantFrom("ts" as const, "js" as const),
    portals: fc.uniqueArray(portal, { maxLength: 4 }),
  });

  it("reads back the state it was written from", () => {
    fc.assert(
      fc.property(state, (written) => {
        expect(fromHash(toHash(written))).toEqual({ state: written });
      }),
    );
  });

  it("is #code= and the code alone for TypeScript without known portals, as the issue spells the link", () => {
    expect(toHash({ code: "é", language: "ts", portals: [] })).toBe("#code=w6k");
    expect(toHash({ code: "x", language: "js", portals: ["a", "b"] })).toBe(`#code=eA&lang=js&portals=${Buffer.from("a\nb").toString("base64url")}`);
  });

  it("reads a link's portals as the portals box reads typed ones: trimmed, blank lines and repeats left out", () => {
    const portals = Buffer.from("\n\n  x-portal  \n x-portal\npc_3Kd9xQ2\n").toString("base64url");
    expect(fromHash(`#code=eA&portals=${portals}`)).toEqual({ state: { code: "x", language: "ts", portals: ["x-portal", "pc_3Kd9xQ2"] } });
  });

  it("holds nothing without code=, says what it cannot read, and never throws", () => {
    expect(fromHash("")).toEqual({});
    expect(fromHash("#lang=js")).toEqual({});
    expect(fromHash("#code=%%")).toEqual({ problem: expect.stringContaining("not base64url") });
    expect(fromHash("#code=eA&lang=rust")).toEqual({ state: { code: "x", language: "ts", portals: [] }, problem: expect.stringContaining("lang=rust") });
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (hash) => {
        expect(() => fromHash(hash)).not.toThrow();
      }),
    );
  });
});
