// Cyrillic and Greek words in Latin letters, as a person typing a slug for them would spell them.
import { describe, expect, it } from "vitest";
import { transliterate } from "./transliterate.js";

describe("transliterate", () => {
  it("spells а, the first letter of the Cyrillic run, in Latin", () => {
    expect(transliterate("Кафе")).toBe("kafe");
    expect(transliterate("а")).toBe("a");
  });

  it("reads г as h and и as y in a Ukrainian word, and ї as yi at a word's start but i inside it", () => {
    expect(transliterate("Горілка")).toBe("horilka");
    expect(transliterate("Київ")).toBe("kyiv");
    expect(transliterate("Їжак")).toBe("yizhak");
  });

  it("reads г as g and и as i in a word with no Ukrainian letter", () => {
    expect(transliterate("Гора")).toBe("gora");
    expect(transliterate("Мир")).toBe("mir");
  });

  it("leaves a word with a Latin letter, and a word of neither script, as they are", () => {
    expect(transliterate("portаl 日本")).toBe("portаl 日本");
  });
});
