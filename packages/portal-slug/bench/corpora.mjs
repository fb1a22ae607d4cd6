// The inputs of the benchmark: four corpora of many strings each (so that no call can be
// constant-folded) and the adversarial long inputs of the linearity check. Everything comes
// from a seeded generator, so every run measures exactly the same strings.

/** The SPEC's reference expression for a valid slug, used here only to check the corpora. */
export const SPEC_REGEX = /^(?=.{3,64}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** How many strings each corpus holds; one task call walks all of them. */
export const CORPUS_SIZE = 1024;

/** A small deterministic generator (xorshift32): numbers in [0, 1). */
function generator(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}

const WORDS = [
  "acme",
  "portal",
  "billing",
  "eu",
  "us",
  "west",
  "dev",
  "prod",
  "team",
  "app",
  "api",
  "v2",
  "north",
  "blue",
  "42",
  "support",
  "keys",
  "beta",
  "store",
  "shop",
  "cloud",
  "data",
  "io",
  "labs",
  "customer",
  "analytics",
  "staging",
  "internal",
  "partner",
  "2024",
  "admin",
  "self-serve",
];
const ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const between = (rand, low, high) => low + Math.floor(rand() * (high - low + 1));

/** One to three common words joined by hyphens, at least 3 characters: "acme-eu", "billing". */
function shortWords(rand, low = 1, high = 3) {
  const words = [];
  const count = between(rand, low, high);
  while (words.length < count || words.join("-").length < 3) words.push(pick(rand, WORDS));
  return words;
}

/** A valid slug of exactly 64 characters: random letter-and-digit words between single hyphens. */
function longSlug(rand) {
  let slug = "";
  while (slug.length < 64) {
    let word = "";
    for (let n = between(rand, 1, 12); n > 0; n--) word += pick(rand, ALNUM);
    slug += (slug ? "-" : "") + word;
  }
  slug = slug.slice(0, 64);
  // The cut may end on a hyphen; the character before it is then a letter or digit.
  return slug.endsWith("-") ? `${slug.slice(0, 63)}x` : slug;
}

/** A slug of ordinary length whose first character is already wrong. */
function badFirst(rand) {
  const slug = shortWords(rand).join("-");
  switch (between(rand, 0, 5)) {
    case 0:
      return `-${slug}`;
    case 1:
      return `_${slug}`;
    case 2:
      return ` ${slug}`;
    case 3:
      return `.${slug}`;
    case 4:
      return `@${slug}`;
    default:
      return `${pick(rand, ["A", "M", "P", "Z"])}${slug.slice(1)}`;
  }
}

/** The mistakes people actually make when they type a slug. */
const MISTAKES = [
  (words) => words.map((word) => word[0].toUpperCase() + word.slice(1)).join("-"), // My-Portal
  (words) => words.join("_"), // my_portal
  (words) => `-${words.join("-")}`, // -portal
  (words) => `${words.join("-")} `, // trailing space
  (words) => `${words.join("-")}-`, // trailing hyphen
  (words) => words.join("--"), // my--portal
  (words) => words.join(" "), // my portal
];

/** Mostly valid slugs of everyday length, one in seven or so with a typical mistake. */
function mixed(rand) {
  if (rand() < 0.85) return shortWords(rand, 1, 4).join("-");
  const words = shortWords(rand, 2, 3).filter((word) => /^[a-z]/.test(word));
  if (words.length < 2) words.push("portal", "eu");
  return pick(rand, MISTAKES)(words);
}

/** `count` strings from `make`, checked against the SPEC's regex and stored as flat strings. */
function corpus(seed, make, expectValid) {
  const rand = generator(seed);
  const strings = Array.from({ length: CORPUS_SIZE }, () => make(rand));
  const valid = strings.filter((text) => SPEC_REGEX.test(text)).length;
  if (expectValid !== undefined && valid !== (expectValid ? strings.length : 0)) {
    throw new Error(`corpus generator broke its own promise: ${valid} of ${strings.length} valid`);
  }
  // A round trip through JSON gives plain sequential strings: no ropes left to flatten mid-run.
  return { strings: JSON.parse(JSON.stringify(strings)), valid };
}

/** The four corpora; `valid` is how many of the strings the SPEC's regex accepts. */
export function corpora() {
  return [
    { name: "short valid", note: "3-30 chars, 1-3 words", ...corpus(1, (rand) => shortWords(rand).join("-"), true) },
    { name: "64-char valid", note: "exactly 64 chars", ...corpus(2, longSlug, true) },
    { name: "invalid first char", note: "-x, _x, ' x', .x, @x, Xx", ...corpus(3, badFirst, false) },
    { name: "realistic mix", note: "~85% valid, the rest typical mistakes", ...corpus(4, mixed) },
  ];
}

/** The sizes of the linearity check, in UTF-16 code units. */
export const ADVERSARIAL_SIZES = [1024, 64 * 1024, 1024 * 1024];

/** Long hostile inputs: every rule broken over and over, one endless hyphen run, two-byte text. */
export const ADVERSARIAL_PATTERNS = [
  { name: '"A_ -." repeated', unit: "A_ -." },
  { name: "hyphens only", unit: "-" },
  { name: '"a--" repeated', unit: "a--" },
  { name: 'Cyrillic "\\u0430" + ZWSP', unit: "\u0430\u200b" },
];

/** `unit` repeated to exactly `size` code units, as a flat string. */
export function adversarial(unit, size) {
  return JSON.parse(JSON.stringify(unit.repeat(Math.ceil(size / unit.length)).slice(0, size)));
}

/** `count` distinct slugs of two or three random words of 3 to 8 letters and digits, as a big workspace's might be. */
export function knownPortals(count) {
  const rand = generator(5);
  const word = () => Array.from({ length: between(rand, 3, 8) }, () => pick(rand, ALNUM)).join("");
  const names = new Set();
  while (names.size < count) names.add([word(), word(), ...(rand() < 0.5 ? [word()] : [])].join("-"));
  return [...names];
}
