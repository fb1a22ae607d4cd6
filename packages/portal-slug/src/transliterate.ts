/**
 * Whole words in Cyrillic and Greek spelled in Latin letters, as a person typing a slug for them
 * would ("Кафе Москва" as "kafe moskva"), so that a suggestion is never a word's shreds. Words that
 * hold a Latin letter are left to the look-alike folding: "portаl" is a Latin word with one
 * Cyrillic letter in it, not a Russian one.
 */

/**
 * The Latin spelling of each Cyrillic letter from а to я (U+0430-U+044F), then from ѐ to џ
 * (U+0450-U+045F), by the usual romanization: the hard and soft signs are dropped.
 */
const CYRILLIC = "a b v g d e zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya e yo dj gj ye dz i yi j lj nj c kj i u dz".split(" ");

/** The Latin spelling of each Greek letter from α to ω (U+03B1-U+03C9), final sigma among them. */
const GREEK = "a v g d e z i th i k l m n x o p r s s t y f ch ps o".split(" ");

/** The first code units of the two Cyrillic runs and of Greek's. */
const CYRILLIC_A = 0x430;
const GREEK_ALPHA = 0x3b1;

/** The Latin spelling of one lowercase letter, or `undefined` when it is no Cyrillic or Greek letter. */
function spell(char: string, ukrainian: boolean, first: boolean): string | undefined {
  const unit = char.charCodeAt(0);
  // Ukrainian reads и, г and ї otherwise than Russian (Київ is Kyiv).
  if (ukrainian && (char === "и" || char === "г" || char === "ї")) return char === "и" ? "y" : char === "г" ? "h" : first ? "yi" : "i";
  if (char === "ґ") return "g";
  return unit >= CYRILLIC_A ? CYRILLIC[unit - CYRILLIC_A] : GREEK[unit - GREEK_ALPHA];
}

/** One word without a Latin letter, in Latin letters: accents dropped, any letter of another script kept for later. */
function word(text: string): string {
  const lower = text.toLowerCase();
  const ukrainian = /[єіїґ]/.test(lower);
  let out = "";
  for (const char of lower) {
    // A Greek letter with its accent (έ) is the letter and a mark; й and ё are letters of their own.
    out +=
      spell(char, ukrainian, !out) ??
      // Stryker disable next-line BooleanLiteral: equivalent, the first unit of an NFD form is never ї, the one letter spelled by whether it starts the word
      spell(char.normalize("NFD")[0] as string, ukrainian, !out) ??
      char;
  }
  return out;
}

/**
 * `text` with every word (a run of letters and marks) that holds no Latin letter and some
 * Cyrillic or Greek written in Latin letters. Composed text (NFC) is expected, so that й is one
 * letter and not и with a breve.
 */
export const transliterate = (text: string): string =>
  text.replace(/[\p{L}\p{M}]+/gu, (run) => (/\p{Script=Latin}/u.test(run) || !/[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(run) ? run : word(run)));
