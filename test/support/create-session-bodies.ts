// createSession bodies for the tests that hold the guard and the lint rules to Unkey's own request
// schema: mostly bodies a caller could mean to send, each field pushed to the edges the schema and
// the slug rules draw (lengths on both sides of every limit, characters of every class, scopes
// in and out of the vocabulary, URLs of many schemes and malformed ones), wrong types, keys of
// the older body and keys of neither.
import fc from "fast-check";

/** A body as the guard gets it: an own key for every entry (`__proto__` too), `undefined` meaning written but not sent. */
export type Body = Record<string, unknown>;

/** One entry of a body: a key and what it is written with. */
type Entry = readonly [string, unknown];

/** Builds a body from its entries; `Object.fromEntries` makes `__proto__` an own key, as `JSON.parse` does. */
const bodyOf = (entries: readonly Entry[]): Body => Object.fromEntries(entries) as Body;

/**
 * A length at one of `limits` or a character either side of it most of the time, short or up to
 * 20 past the last limit otherwise: most values fall within a field's limits, and every edge is met.
 */
const lengthAround = (...limits: number[]): fc.Arbitrary<number> =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...limits.flatMap((limit) => [limit - 1, limit, limit + 1]).filter((n) => n >= 0)), weight: 2 },
    { arbitrary: fc.integer({ min: 3, max: 40 }), weight: 3 },
    { arbitrary: fc.nat(Math.max(...limits) + 20), weight: 1 },
  );

/** The limits the portal field meets: the schema's 3 and 255, and the slug rules' 64. */
const portalLength = lengthAround(3, 64, 255);

/** Characters by class: what a slug is made of, and each kind of character the slug rules or the schema's pattern refuse. */
const CHARACTERS = {
  lower: "abcdefghijklmnopqrstuvwxyz",
  digit: "0123456789",
  hyphen: "-",
  upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  underscore: "_",
  whitespace: [" ", "\t", "\n", "\u00a0", "\u2003", "\u3000"],
  punctuation: ".:/!@#%&*+=~,;'\"`$?()[]{}<>|\\^",
  // Letters and digits outside ASCII, look-alikes (Cyrillic а, Greek ο) and what NFKC would fold.
  foreign: ["é", "ß", "İ", "ı", "а", "ο", "ｆ", "٣", "²", "ﬁ"],
  invisible: ["\u200b", "\u200d", "\ufeff", "\u00ad", "\u0000", "\u001f", "\u007f"],
  astral: ["😀", "𝟙", "\uD83D", "\uDE00"],
} as const;
type CharacterClass = keyof typeof CHARACTERS;

const character = (kind: CharacterClass): fc.Arbitrary<string> => fc.constantFrom(...CHARACTERS[kind]);

/** Any character, weighted towards those a slug is made of. */
const anyCharacter = fc.oneof(
  { arbitrary: character("lower"), weight: 8 },
  { arbitrary: character("digit"), weight: 3 },
  { arbitrary: character("hyphen"), weight: 2 },
  ...(["upper", "underscore", "whitespace", "punctuation", "foreign", "invisible", "astral"] as const).map((kind) => ({
    arbitrary: character(kind),
    weight: 1,
  })),
);

/** A string of `count` characters drawn by `char` (astral ones count as one character, two UTF-16 units). */
const charactersOf = (char: fc.Arbitrary<string>, count: fc.Arbitrary<number>): fc.Arbitrary<string> =>
  count.chain((n) => fc.array(char, { minLength: n, maxLength: n })).map((chars) => chars.join(""));

/** A well-formed slug of `n` characters (when `n` is at least 1): letters and digits, one in five an inner hyphen, never two together. */
const slugOf = (n: number): fc.Arbitrary<string> =>
  fc.array(fc.tuple(fc.constantFrom(...CHARACTERS.lower, ...CHARACTERS.digit), fc.nat(4)), { minLength: n, maxLength: n }).map((draws) => {
    let slug = "";
    draws.forEach(([char, roll], i) => {
      slug += roll === 0 && i > 0 && i < n - 1 && !slug.endsWith("-") ? "-" : char;
    });
    return slug;
  });

/** A string with one character of `kind` put at some place of `text`. */
const withOne = (text: fc.Arbitrary<string>, kind: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(text, kind, fc.nat()).map(([base, char, at]) => {
    const cut = base.length ? at % (base.length + 1) : 0;
    return base.slice(0, cut) + char + base.slice(cut);
  });

/** Values of the wrong type for any field. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, 1, -1, 3.5, 1e21, {}, [], [null], { portal: "docs" }),
  fc.integer(),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
);

/** The portal field's values: slugs, IDs and the pattern's characters at every length edge, every class of character, and wrong types. */
const portalValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.integer({ min: 3, max: 64 }).chain((n) => slugOf(n)), weight: 8 },
  { arbitrary: portalLength.chain((n) => slugOf(n)), weight: 4 },
  {
    arbitrary: fc.constantFrom("docs", "billing-portal", "1st-portal", "123", "My-Portal", "my--portal", "-portal", "portal-", "my_portal", "a-", "--", "___"),
    weight: 2,
  },
  // What the schema's pattern lets through: letters of both cases, digits, `_` and `-`, at the length edges.
  {
    arbitrary: charactersOf(fc.oneof(character("lower"), character("upper"), character("digit"), character("hyphen"), character("underscore")), portalLength),
    weight: 3,
  },
  // Portal IDs, well-formed and not, and prefixes that only look like one.
  {
    arbitrary: fc
      .tuple(
        // The real prefix three times in eight.
        fc.constantFrom("pc_", "pc_", "pc_", "PC_", "pc-", "pc", "proj_", "key_"),
        fc.oneof(
          charactersOf(fc.oneof(character("lower"), character("upper"), character("digit")), portalLength),
          fc.constantFrom("", "3Kd9xQ2", "a_b", "a-b"),
        ),
      )
      .map(([prefix, rest]) => prefix + rest),
    weight: 3,
  },
  {
    arbitrary: withOne(
      fc.nat(70).chain((n) => slugOf(n)),
      anyCharacter,
    ),
    weight: 2,
  },
  { arbitrary: charactersOf(anyCharacter, portalLength), weight: 1 },
  { arbitrary: wrongType, weight: 1 },
);

/** `externalId`: any text, at and around its limits of 1 and 256 characters (astral ones counted once), and wrong types. */
const externalIdValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom("user_123", "alice@example.com", "2f1c0b6e-9a55-4d0e-8f2e-4a1c2f3b4d5e", " ", "ünïcødé"), weight: 5 },
  { arbitrary: charactersOf(anyCharacter, lengthAround(1, 256)), weight: 4 },
  { arbitrary: charactersOf(character("astral"), fc.constantFrom(255, 256, 257)), weight: 1 },
  { arbitrary: wrongType, weight: 1 },
);

/** The scope vocabulary, as the schema's enum has it. */
const SCOPES = ["keys:read", "keys:create", "keys:reroll", "analytics:read"] as const;

/** Entries outside the vocabulary: near misses, the dashboard's dotted spelling, root-key permissions, anything. */
const foreignScope = fc.oneof(
  fc.constantFrom("keys.read", "keys:Read", "KEYS:READ", "read:keys", "keys_read", "keys:write", "keys:*", "", " keys:read", "keys:read "),
  fc.constantFrom("api.*.read_key", "api.*.create_key", "api.api_123.update_key", "ratelimit.*.limit", "portal.*.create_portal_session"),
  fc.string({ maxLength: 12 }),
);

/** One entry of `scopes` or `permissions`: mostly the vocabulary, then the rest, then wrong types. */
const scopeEntry: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...SCOPES), weight: 6 },
  { arbitrary: foreignScope, weight: 2 },
  { arbitrary: wrongType, weight: 1 },
);

/** `scopes` (and the older `permissions`): lists of 0 to 14 entries (past the ten issues listed), repeats, and wrong types. */
const scopesValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.subarray([...SCOPES], { minLength: 1 }), weight: 8 },
  { arbitrary: fc.array(scopeEntry, { maxLength: 14 }), weight: 3 },
  { arbitrary: fc.array(fc.constantFrom(...SCOPES), { minLength: 2, maxLength: 14 }), weight: 1 },
  { arbitrary: fc.constantFrom([], "keys:read", ["keys:read", "keys:read"], ["keys.read", "keys.create"]), weight: 1 },
  { arbitrary: wrongType, weight: 1 },
);

/** `preview`: booleans, and what a boolean is mistaken for. */
const previewValue: fc.Arbitrary<unknown> = fc.oneof({ arbitrary: fc.boolean(), weight: 3 }, fc.constantFrom("true", "false", 0, 1, null, []));

/** URL schemes: the web's, other registered ones, odd but well-formed ones, and what only looks like a scheme. */
const SCHEMES = [
  "https",
  "http",
  "HTTPS",
  "Http",
  "ftp",
  "mailto",
  "javascript",
  "data",
  "file",
  "ws",
  "urn",
  "x-app+v1.2",
  "localhost",
  "1http",
  "ht tp",
  "",
] as const;

/** What may stand between the scheme and the rest. */
const SEPARATORS = ["://", ":", ":/", ":///", "//", ""] as const;

/** Hosts, with and without user info and ports, well-formed and not. */
const HOSTS = [
  "example.com",
  "app.example.com",
  "localhost:3000",
  "127.0.0.1",
  "[::1]:8080",
  "user:pass@example.com",
  "xn--exmple-cua.com",
  "exämple.com",
  "exa mple.com",
  "example.com:port",
  "",
  "%41.com",
] as const;

/** Path, query and fragment pieces, among them each character RFC 3986 refuses unencoded and encodings good and bad. */
const URL_PIECES = [
  "/",
  "/settings",
  "/api-keys",
  "?from=portal",
  "&a=1",
  "#top",
  "%20",
  "%41",
  "%zz",
  "%",
  " ",
  "|",
  "^",
  "{",
  "}",
  "<",
  ">",
  '"',
  "`",
  "\\",
  "é",
  "😀",
  "\u0000",
  "[",
  "]",
  "/a:b",
  "@",
  "!$&'()*+,;=",
] as const;

/** An absolute http(s) URL padded to `n` characters with letters, for the 500-character limit. */
const urlOfLength = (n: number): string => {
  const base = "https://example.com/";
  return base + "a".repeat(Math.max(0, n - base.length));
};

/** `returnUrl`: absolute URLs of many schemes, relative and malformed ones, the length limit's edges, and wrong types. */
const returnUrlValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom("https://app.example.com/settings/api-keys", "http://localhost:3000/back", "https://example.com"), weight: 3 },
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom("https://", "http://", "HTTPS://"),
        fc.constantFrom(...HOSTS.slice(0, 7)),
        fc.array(fc.constantFrom(...URL_PIECES.slice(0, 7)), { maxLength: 4 }),
      )
      .map(([start, host, pieces]) => start + host + pieces.join("")),
    weight: 5,
  },
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...SCHEMES), fc.constantFrom(...SEPARATORS), fc.constantFrom(...HOSTS), fc.array(fc.constantFrom(...URL_PIECES), { maxLength: 4 }))
      .map(([scheme, separator, host, pieces]) => scheme + separator + host + pieces.join("")),
    weight: 5,
  },
  {
    arbitrary: fc.constantFrom(
      "/back",
      "back",
      "//example.com/back",
      "",
      "example.com",
      "localhost:3000/back",
      "https:example.com",
      "https:/example.com",
      "mailto:a@b.c",
    ),
    weight: 2,
  },
  { arbitrary: fc.constantFrom(499, 500, 501).map(urlOfLength), weight: 1 },
  // An astral character counts once in the schema's limit and twice in `.length` (and is no URI character).
  { arbitrary: fc.constantFrom(499, 500, 501).map((n) => `https://example.com/${"😀".repeat(n - 20)}`), weight: 1 },
  { arbitrary: wrongType, weight: 1 },
);

/** Keys of neither body: misspellings the guard names a field for, the dashboard's `portalId`, and any text. */
const extraKey = fc.oneof(
  fc.constantFrom(
    "portalId",
    "portal_id",
    "externalID",
    "external_id",
    "scope",
    "permission",
    "return_url",
    "returnURL",
    "previews",
    "metadata",
    "__proto__",
    "constructor",
    "toString",
    "",
  ),
  fc.string({ minLength: 1, maxLength: 10 }),
);

/** The value of a field of the body: its own values mostly, `undefined` (written, then dropped by JSON) now and then. */
const orUnset = (value: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: value, weight: 19 }, { arbitrary: fc.constant(undefined), weight: 1 });

/** A field that is there `often` times out of 20. */
const sometimes = (key: string, value: fc.Arbitrary<unknown>, often: number): fc.Arbitrary<readonly Entry[]> =>
  fc.oneof(
    { arbitrary: orUnset(value).map((each): readonly Entry[] => [[key, each]]), weight: often },
    { arbitrary: fc.constant<readonly Entry[]>([]), weight: 20 - often },
  );

/**
 * A body: the newer body's fields each there most of the time, the older body's fields and keys
 * of neither now and then, in any order.
 */
const newerBody = fc
  .tuple(
    sometimes("portal", portalValue, 19),
    sometimes("externalId", externalIdValue, 19),
    sometimes("scopes", scopesValue, 19),
    sometimes("preview", previewValue, 8),
    sometimes("returnUrl", returnUrlValue, 8),
    sometimes("slug", portalValue, 1),
    sometimes("permissions", scopesValue, 1),
    fc.oneof(
      { arbitrary: fc.constant([]), weight: 8 },
      { arbitrary: fc.array(fc.tuple(extraKey, orUnset(fc.oneof(portalValue, scopesValue))), { minLength: 1, maxLength: 2 }), weight: 1 },
    ),
  )
  .chain((groups) => fc.shuffledSubarray(groups.flat(), { minLength: groups.flat().length }))
  .map(bodyOf);

/** An older body (`slug`, `permissions`, SDK 2.5.0's `preview`), now and then with a newer or unknown key. */
const olderBody = fc
  .tuple(
    sometimes("slug", portalValue, 18),
    sometimes("externalId", externalIdValue, 18),
    sometimes("permissions", scopesValue, 18),
    sometimes("preview", previewValue, 6),
    sometimes("returnUrl", returnUrlValue, 1),
    fc.oneof({ arbitrary: fc.constant([]), weight: 8 }, { arbitrary: fc.array(fc.tuple(extraKey, portalValue), { minLength: 1, maxLength: 1 }), weight: 1 }),
  )
  .map((groups) => bodyOf(groups.flat()));

/** Every kind of body: mostly newer ones, older ones, and no object at all. */
export const createSessionBody: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: newerBody, weight: 16 },
  { arbitrary: olderBody, weight: 3 },
  { arbitrary: fc.constantFrom(null, "portal", 42, [], [{ portal: "docs" }]), weight: 1 },
);

/**
 * A body with a list far past every limit the guard reads (1001 scopes, each in the vocabulary):
 * too long to draw often, and the schema sets no limit on it.
 */
export const longScopesBody: Body = { portal: "docs", externalId: "user_1", scopes: Array.from({ length: 1001 }, (_, i) => SCOPES[i % SCOPES.length]) };
