/**
 * The workspace's known portals: the slugs and `pc_` IDs a user declares once (no endpoint lists
 * them), built into an index once, then asked by every layer whether a value is one of them and,
 * when it is not, which one it probably meant. The words live in the contract; this module only
 * judges membership and nearness.
 *
 * Nearness is the optimal string alignment distance (Damerau's edits without re-editing a
 * transposed pair): a character added, dropped or changed, or two neighbours swapped, each one
 * edit, counted in UTF-16 code units (every known portal is ASCII). A value of `n` characters is
 * near a known portal within {@link nearThreshold}`(n)` edits: one for up to 7 characters, two for
 * 8 to 11, three from 12 on, so that "dev" is not offered for "api" and an ID off by one
 * character is still found. Among the nearest, the one first in code-unit order wins, so the
 * answer does not depend on the order the list was written in.
 */
import { LISTED_PORTALS, PORTAL_ID_MAX_LENGTH, PORTAL_LIST_WORDS, QUOTED_VALUE } from "../contract.js";
import type { UnknownPortalIssue } from "../issues.js";
import { looksLikePortalId, portalIdIssues } from "../portal-id.js";
import { isPortalSlug, scanPortalSlug } from "../scan.js";
import type { CreateSessionIssue } from "../request/types.js";
import { quote } from "../text.js";

/** What is wrong with a portals list, each reported once when the list is built. */
export interface PortalListProblem {
  /**
   * `not_a_list`: the list is no array (or cannot be read, or claims more entries than are read);
   * `not_a_string`: an entry is no string; `malformed_entry`: an entry breaks the slug or ID rules.
   */
  readonly code: "not_a_list" | "not_a_string" | "malformed_entry";
  readonly message: string;
  /** Where the entry is in the list; absent for a problem of the whole list. */
  readonly index?: number;
  /** The malformed entry itself. */
  readonly entry?: string;
}

/**
 * The known portals, indexed once. `has` is one hash look-up; `closest` compares a value only with
 * the known portals whose length and characters leave room for a near match, never the whole list.
 */
export interface PortalList {
  /** How many distinct well-formed portals the list holds. */
  readonly size: number;
  /** Whether `value` is one of them, exactly (slugs and IDs are matched as written). */
  has(value: string): boolean;
  /**
   * The known portal nearest `value` within the threshold, `value` itself when it is known, or
   * `undefined`; only the slugs or only the IDs among them when `only` says so (the older body's
   * `slug` takes no ID).
   */
  closest(value: string, only?: "slug" | "id"): string | undefined;
  /** What was wrong with the list given; empty when every entry is a well-formed slug or ID. */
  readonly problems: readonly PortalListProblem[];
}

/** What every option named `portals` takes: the declared slugs and IDs, or a list built from them once. */
export type PortalsOption = readonly string[] | PortalList;

/** The option of every check that can hold a value to the workspace's portals. */
export interface KnownPortalsOptions {
  /**
   * The workspace's slugs and portal IDs, or a list built from them once with
   * {@link createPortalList}. Without it (or with an empty list), only the form is checked.
   */
  readonly portals?: PortalsOption | undefined;
}

/** The most entries a list is read for: a proxy claiming four billion must not hang the caller. */
const MOST_READ = 1_000_000;

/** The longest portal there can be (an ID), and so the longest value worth comparing, with room for the edits. */
const LONGEST = PORTAL_ID_MAX_LENGTH + 3;

/**
 * How many edits away from a value of `length` characters a known portal may be and still be
 * offered: a quarter of the length, at least one and at most three.
 */
export const nearThreshold = (length: number): number => (typeof length === "number" ? Math.min(3, Math.max(1, length >> 2)) : 1);

/**
 * Which of 64 bits a code unit sets in a value's signature: the units portals are made of get a
 * bit of their own, any other shares one. Two signatures bound the distance from below: each
 * edit takes at most one character away from a value and brings at most one in.
 */
const bitOf = (unit: number): number =>
  unit >= 0x61 && unit <= 0x7a
    ? unit - 0x61
    : unit >= 0x30 && unit <= 0x39
      ? unit - 0x30 + 26
      : unit >= 0x41 && unit <= 0x5a
        ? unit - 0x41 + 36
        : unit % 2
          ? 62
          : 63;

/** The number of set bits of a 32-bit integer. */
function bitCount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** The distance table, rows for a known portal's units and columns for the value's; made when first needed. */
let table = new Int32Array(0);

/** The table with room for a value of `width - 1` units against any portal, its first row filled in. */
function tableFor(width: number): Int32Array {
  if (table.length < (LONGEST + 1) * width) table = new Int32Array((LONGEST + 1) * width);
  for (let j = 0; j < width; j++) table[j] = j;
  return table;
}

/**
 * Fills row `i` of the optimal string alignment table of `a` (rows) against `b` (columns), the
 * rows before it already filled for the same first units of `a`, and answers the row's least
 * cell: no later row has a smaller one, so past the bound the rest of `a` need not be read.
 */
function fillRow(cells: Int32Array, i: number, a: string, b: string): number {
  const width = b.length + 1;
  const row = i * width;
  const above = row - width;
  const unit = a.charCodeAt(i - 1);
  const previous = a.charCodeAt(i - 2);
  cells[row] = i;
  let least = i;
  for (let j = 1; j < width; j++) {
    const other = b.charCodeAt(j - 1);
    let cell = Math.min((cells[above + j] as number) + 1, (cells[row + j - 1] as number) + 1, (cells[above + j - 1] as number) + (unit === other ? 0 : 1));
    // Two neighbours swapped are one edit: the cell two rows and two columns back, plus one.
    if (i > 1 && j > 1 && unit === b.charCodeAt(j - 2) && previous === other) cell = Math.min(cell, (cells[above - width + j - 2] as number) + 1);
    cells[row + j] = cell;
    if (cell < least) least = cell;
  }
  return least;
}

/**
 * The optimal string alignment distance of `a` and `b` when it is at most `max`, or `max + 1` as
 * soon as no alignment can stay within it. Both are at most 258 units long.
 */
export function distanceWithin(a: string, b: string, max: number): number {
  const cells = tableFor(b.length + 1);
  for (let i = 1; i <= a.length; i++) if (fillRow(cells, i, a, b) > max) return max + 1;
  return Math.min(cells[a.length * (b.length + 1) + b.length] as number, max + 1);
}

/**
 * The known portals of one length in code-unit order, each one's signature in two 32-bit halves,
 * and how many first units each shares with the one before it: neighbours in that order share
 * the first rows of their distance tables, as the branches of a trie share a path.
 */
interface Bucket {
  readonly values: string[];
  low: Int32Array;
  high: Int32Array;
  shared: Uint16Array;
}

/** A value's signature, one bit for each kind of code unit it has. */
function signature(value: string): [number, number] {
  let low = 0;
  let high = 0;
  for (let i = 0; i < value.length; i++) {
    const bit = bitOf(value.charCodeAt(i));
    if (bit < 32) low |= 1 << bit;
    else high |= 1 << (bit - 32);
  }
  return [low, high];
}

/**
 * Every list {@link createPortalList} made, so that an option can tell one from a look-alike
 * object, with its names in code-unit order when it has so few that a message lists them all.
 */
const built = new WeakMap<PortalList, readonly string[]>();

/** Reads the entries, reporting each problem once; a proxy or getter that throws ends the reading. */
function readEntries(entries: unknown, problems: PortalListProblem[]): Set<string> {
  const known = new Set<string>();
  const malformed = new Set<string>();
  try {
    if (!Array.isArray(entries)) {
      problems.push({ code: "not_a_list", message: PORTAL_LIST_WORDS.notAList(entries) });
      return known;
    }
    const length = entries.length;
    const read = Math.min(length, MOST_READ);
    if (read < length) problems.push({ code: "not_a_list", message: PORTAL_LIST_WORDS.tooMany(length, read) });
    for (let index = 0; index < read; index++) {
      const entry: unknown = entries[index];
      if (typeof entry !== "string") {
        problems.push({ code: "not_a_string", message: PORTAL_LIST_WORDS.notAString(index, entry), index });
        continue;
      }
      if (known.has(entry) || malformed.has(entry)) continue;
      const issues = looksLikePortalId(entry) ? portalIdIssues(entry) : isPortalSlug(entry) ? [] : scanPortalSlug(entry);
      if (!issues.length) known.add(entry);
      else {
        malformed.add(entry);
        const said = issues.map((found) => found.message);
        problems.push({ code: "malformed_entry", message: PORTAL_LIST_WORDS.malformed(index, quote(entry, QUOTED_VALUE), said), index, entry });
      }
    }
  } catch {
    problems.push({ code: "not_a_list", message: PORTAL_LIST_WORDS.unreadable() });
  }
  return known;
}

/** Groups the known portals by length, each bucket in code-unit order, its signatures beside it. */
function index(known: readonly string[]): Map<number, Bucket> {
  const buckets = new Map<number, Bucket>();
  for (const value of [...known].sort()) {
    const bucket = buckets.get(value.length) ?? { values: [], low: new Int32Array(0), high: new Int32Array(0), shared: new Uint16Array(0) };
    bucket.values.push(value);
    buckets.set(value.length, bucket);
  }
  for (const bucket of buckets.values()) {
    bucket.low = new Int32Array(bucket.values.length);
    bucket.high = new Int32Array(bucket.values.length);
    bucket.shared = new Uint16Array(bucket.values.length);
    bucket.values.forEach((value, at) => {
      [bucket.low[at] as number, bucket.high[at] as number] = signature(value);
      const before = bucket.values[at - 1] ?? "";
      let same = 0;
      while (same < value.length && value.charCodeAt(same) === before.charCodeAt(same)) same++;
      bucket.shared[at] = same;
    });
  }
  return buckets;
}

/** The nearest known portal found so far, and how far from the value one may be to be nearer. */
interface Near {
  best?: string;
  bound: number;
}

/** Looks for portals within `near.bound` of `value` among the buckets of the lengths that leave room for one. */
function search(buckets: ReadonlyMap<number, Bucket>, value: string, near: Near): void {
  const length = value.length;
  if (length > LONGEST) return;
  const max = near.bound;
  let sign: [number, number] | undefined;
  let cells: Int32Array | undefined;
  for (let other = Math.max(0, length - max); other <= length + max; other++) {
    const bucket = buckets.get(other);
    if (!bucket) continue;
    const [low, high] = (sign ??= signature(value));
    cells ??= tableFor(length + 1);
    const apart = Math.abs(length - other);
    const { values, shared } = bucket;
    // The rows of the table that hold for `last`, the latest portal compared, and the first
    // row past the bound, if one was: a portal sharing that many first units with it is as far.
    let last = -1;
    let filled = 0;
    let dead = Infinity;
    let common = 0;
    for (let at = 0; at < values.length; at++) {
      common = last < 0 ? 0 : at === last + 1 ? (shared[at] as number) : Math.min(common, shared[at] as number);
      if (common >= dead) continue;
      // Each edit brings at most one kind of unit in and takes at most one out.
      const l = bucket.low[at] as number;
      const h = bucket.high[at] as number;
      if (Math.max(apart, bitCount(low & ~l) + bitCount(high & ~h), bitCount(l & ~low) + bitCount(h & ~high)) > near.bound) continue;
      const candidate = values[at] as string;
      let row = Math.min(filled, common) + 1;
      while (row <= other && fillRow(cells, row, candidate, value) <= near.bound) row++;
      last = at;
      if (row <= other) {
        filled = dead = row;
        continue;
      }
      filled = other;
      dead = Infinity;
      const distance = cells[other * (length + 1) + length] as number;
      if (distance < near.bound || (distance === near.bound && (near.best === undefined || candidate < near.best))) {
        near.best = candidate;
        near.bound = distance;
      }
    }
  }
}

/**
 * Builds the known portals from `entries`, the slugs and `pc_` IDs of the workspace, once: pass
 * the result wherever an option `portals` is taken, so that the index is built once for all of
 * them. Duplicates are ignored; an entry that is no string or breaks the slug or ID rules is left
 * out and reported in `problems`, as is a value that is no array (the list is then empty). An
 * empty list knows no portal, and the checks that take it then ask nothing of it. Never throws.
 *
 * @example
 * const portals = createPortalList(["billing-portal", "dev-docs", "pc_3Kd9xQ2"]);
 * portals.has("dev-docs"); // true
 * portals.closest("biling-portal"); // "billing-portal"
 * portals.closest("analytics"); // undefined: nothing within 2 edits
 */
export function createPortalList(entries: unknown): PortalList {
  const problems: PortalListProblem[] = [];
  const known = readEntries(entries, problems);
  const slugs = index([...known].filter((value) => !looksLikePortalId(value)));
  const ids = index([...known].filter(looksLikePortalId));

  const closest = (value: string, only?: "slug" | "id"): string | undefined => {
    if (typeof value !== "string") return undefined;
    if (known.has(value) && (only === undefined || (only === "id") === looksLikePortalId(value))) return value;
    const near: Near = { bound: nearThreshold(value.length) };
    if (only !== "id") search(slugs, value, near);
    if (only !== "slug") search(ids, value, near);
    return near.best;
  };

  const list: PortalList = {
    size: known.size,
    has: (value) => known.has(value),
    closest,
    problems,
  };
  built.set(list, known.size <= LISTED_PORTALS ? [...known].sort() : []);
  return list;
}

/** The last lists built from arrays given as options, so that passing the same array again builds nothing. */
const fromArrays = new WeakMap<object, { readonly length: number; readonly list: PortalList }>();

/**
 * The list an option `portals` stands for: a list {@link createPortalList} made, as it is, or one
 * built from an array and kept for the next call with the same array (built again when its length
 * changed; an array changed in place at the same length is not read again, so build a list when
 * the portals change at run time). `undefined` for no option. Never throws.
 */
export function portalListOf(portals: unknown): PortalList | undefined {
  if (portals === undefined) return undefined;
  if (typeof portals === "object" && portals !== null && built.has(portals as PortalList)) return portals as PortalList;
  try {
    const length = Array.isArray(portals) ? portals.length : -1;
    const kept = typeof portals === "object" && portals !== null ? fromArrays.get(portals) : undefined;
    if (kept && kept.length === length) return kept.list;
    const list = createPortalList(portals);
    if (typeof portals === "object" && portals !== null) fromArrays.set(portals, { length, list });
    return list;
  } catch {
    return createPortalList(portals);
  }
}

/**
 * The `unknown_portal` issue for `value` against `list`, worded as every layer words it (the
 * runtime checks, the request guard, the lint rule, the CLI): the value, how many portals are
 * declared, and the closest one as the `suggestion`. With a `path`, the issue is a request-body
 * issue at that path (`["portal"]`), an error. With `only` `"slug"`, only a slug is suggested, for
 * a field that takes no ID. `undefined` when the value is known, when it is
 * not a string, or when the list knows no portal at all (nothing declared is nothing to check).
 * Never throws.
 *
 * @example
 * unknownPortalIssue(createPortalList(["billing-portal"]), "biling-portal");
 * // { code: "unknown_portal", suggestion: "billing-portal",
 * //   message: '"biling-portal" is not the portal declared, and Unkey answers 404 …; write "billing-portal"' }
 */
export function unknownPortalIssue(list: PortalList, value: unknown, path?: undefined, only?: "slug"): UnknownPortalIssue | undefined;
export function unknownPortalIssue(list: PortalList, value: unknown, path: readonly (string | number)[], only?: "slug"): CreateSessionIssue | undefined;
export function unknownPortalIssue(
  list: PortalList,
  value: unknown,
  path?: readonly (string | number)[],
  only?: "slug",
): UnknownPortalIssue | CreateSessionIssue | undefined {
  if (typeof value !== "string" || !list.size || list.has(value)) return undefined;
  const closest = list.closest(value, only);
  // Names are well-formed ASCII, so the message shows them as they are.
  const message = PORTAL_LIST_WORDS.unknown(quote(value, QUOTED_VALUE), list.size, closest, closest === undefined ? (built.get(list) ?? []) : []);
  const found = { code: "unknown_portal" as const, message, ...(closest !== undefined && { suggestion: closest }) };
  return path ? { path, severity: "error", ...found } : found;
}

/**
 * The suggestion a malformed value gets given the known portals: the known one nearest the form's
 * own `suggestion` or, failing that, the value as written; the form's suggestion when none is
 * near or no portal is known. @internal
 */
export function knownSuggestion(list: PortalList | undefined, input: string, suggestion: string | undefined, only?: "slug"): string | undefined {
  if (!list?.size) return suggestion;
  return (suggestion === undefined ? undefined : list.closest(suggestion, only)) ?? list.closest(input, only) ?? suggestion;
}
