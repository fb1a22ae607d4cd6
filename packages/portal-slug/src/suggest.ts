/**
 * From any text to the slug a person most likely meant. The output always passes the slug
 * rules, a valid slug comes back unchanged, and suggesting twice gives the same answer.
 */
import { PORTAL_SLUG_MAX_LENGTH, PORTAL_SLUG_MIN_LENGTH, type PortalSlug } from "./contract.js";
import { transliterate } from "./transliterate.js";

/**
 * Letters that compatibility decomposition leaves alone but a person reads as Latin: the
 * Nordic and Slavic letters, and the Cyrillic look-alikes that hide in a copied Latin word (a
 * word with no Latin letter has been transliterated before these are asked).
 */
const FOLDS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  þ: "th",
  ø: "o",
  ı: "i",
  đ: "d",
  ð: "d",
  ł: "l",
  ħ: "h",
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  у: "y",
  х: "x",
  і: "i",
};

/** How much of the text a suggestion is made from: room for 64 slug characters among many others. */
const SUGGEST_WINDOW = 1024;

/**
 * The slug `input` most likely meant: `"My Portal_2!"` gives `"my-portal-2"`, `"Straße"` gives
 * `"strasse"`, a word in Cyrillic or Greek is transliterated (`"Кафе Москва"` gives `"kafe-moskva"`),
 * fullwidth letters and ligatures are folded, accents dropped, invisible characters
 * removed, every other run of characters becomes one hyphen, and the result is cut to 64
 * characters. Only the first 1024 characters of the text are read. `undefined` for no string, and when fewer than
 * 3 usable characters remain.
 */
export function suggestPortalSlug(input: string): PortalSlug | undefined {
  if (typeof input !== "string") return undefined;
  // A slug is 64 characters at most: what a person meant lies in the start of the text, and a
  // megabyte of input should cost no more to suggest from than a kilobyte.
  const slug = transliterate(input.slice(0, SUGGEST_WINDOW).normalize("NFC"))
    .normalize("NFKD")
    .toLowerCase()
    // Marks (accents) and format characters (zero-width space and joiners, soft hyphen) are not
    // separators a person typed: dropping them keeps "my\u200Bportal" one word.
    .replace(/[\p{M}\p{Cf}]/gu, "")
    .replace(/[^\0-\x7f]/g, (char) => FOLDS[char] ?? char)
    .replace(/[^a-z0-9]+/g, "-")
    // Runs are one hyphen now, so each end has at most one to trim.
    .replace(/^-/, "")
    .slice(0, PORTAL_SLUG_MAX_LENGTH)
    .replace(/-$/, "");
  return slug.length < PORTAL_SLUG_MIN_LENGTH ? undefined : (slug as PortalSlug);
}
