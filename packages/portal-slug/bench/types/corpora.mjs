// The literals of the compile-time benchmark: three corpora of distinct strings, all from seeded
// generators, so that every run and every compiler checks exactly the same calls.
import { seeded } from "../../../../bench/lint/random.mjs";

const ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * `count` distinct valid slugs of `min` to `max` characters (well-formed, whatever their length):
 * letters and digits, with single hyphens between them, never first or last.
 */
export function slugs(count, seed, min, max) {
  const random = seeded(seed);
  const found = new Set();
  while (found.size < count) {
    const length = random.int(min, max);
    let slug = "";
    while (slug.length < length) {
      const hyphen = slug.length > 0 && slug.length < length - 1 && !slug.endsWith("-") && random.chance(0.15);
      slug += hyphen ? "-" : random.pick(ALNUM);
    }
    found.add(slug);
  }
  return [...found];
}

/**
 * The mistakes of the invalid share, one rule each, taken in turn: every branch of the
 * explaining walk is paid for, not only the cheapest one.
 */
const MISTAKES = [
  (slug, at) => slug.slice(0, at) + slug[at].toUpperCase() + slug.slice(at + 1),
  (slug, at) => `${slug.slice(0, at)}_${slug.slice(at + 1)}`,
  (slug, at) => `${slug.slice(0, at)} ${slug.slice(at + 1)}`,
  (slug, at) => `${slug.slice(0, at)}.${slug.slice(at + 1)}`,
  (slug, at) => `${slug.slice(0, at)}é${slug.slice(at + 1)}`,
  (slug) => `-${slug}`,
  (slug) => `${slug}-`,
  (slug, at) => `${slug.slice(0, at)}--${slug.slice(at)}`,
  (slug) => slug.slice(0, 2),
];

/**
 * `count` slugs of 10 to 40 characters with one mistake each. `isValid` is the runtime's verdict:
 * a mistake that happens to leave a valid slug (an uppercased digit, a hyphen dropped beside
 * another) is made again at another place.
 */
function mistaken(count, seed, isValid) {
  const random = seeded(seed);
  return slugs(count, seed + 1, 10, 40).map((slug, i) => {
    for (;;) {
      const wrong = MISTAKES[i % MISTAKES.length](slug, random.int(1, slug.length - 2));
      if (!isValid(wrong)) return wrong;
    }
  });
}

/**
 * The corpora, `calls` literals each, with how many of them the compiler must reject:
 * - `valid`: realistic slugs of 10 to 40 characters, the bulk of any program's;
 * - `long`: well-formed literals of 65 to 160 characters, each one "Too long";
 * - `mix`: the valid ones with 15% of them replaced by mistaken ones, spread evenly;
 * - `declared`: the valid ones again, each of them declared as one of the program's portals.
 */
export function corpora(calls, isValid) {
  const valid = slugs(calls, 2_024, 10, 40);
  const bad = mistaken(Math.round(calls * 0.15), 7, isValid);
  const mix = valid.slice(0, calls - bad.length);
  bad.forEach((slug, i) => mix.splice(Math.floor(((i + 0.5) * calls) / bad.length), 0, slug));
  return {
    valid: { literals: valid, invalid: 0, note: "valid slugs of 10-40 characters" },
    long: { literals: slugs(calls, 65, 65, 160), invalid: calls, note: "well-formed literals of 65-160 characters, all too long" },
    mix: { literals: mix, invalid: bad.length, note: `the valid slugs with ${bad.length} (15%) of them mistaken` },
    declared: { literals: valid, invalid: 0, declared: true, note: `the valid slugs, all ${calls} declared as the program's portals` },
  };
}
