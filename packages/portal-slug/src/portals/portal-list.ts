/**
 * The workspace's known portals: the slugs and `pc_` IDs a user declares once (no endpoint lists
 * them), read and built into an index once (`nearest.ts`), then asked by every layer whether a
 * value is one of them and, when it is not, which one it probably meant. The words live in the
 * contract; the issue for a value none of them is, in `unknown-portal.ts`.
 *
 * Nearness is the optimal string alignment distance (Damerau's edits without re-editing a
 * transposed pair): a character added, dropped or changed, or two neighbours swapped, each one
 * edit, counted in UTF-16 code units (every known portal is ASCII). A value of `n` characters is
 * near a known portal within {@link nearThreshold}`(n)` edits: one for up to 7 characters, two for
 * 8 to 11, three from 12 on, so that "dev" is not offered for "api" and an ID off by one
 * character is still found. Among the nearest, the one first in code-unit order wins, so the
 * answer does not depend on the order the list was written in.
 */
import { LISTED_PORTALS, PORTAL_LIST_WORDS, QUOTED_VALUE } from "../contract.js";
import { looksLikePortalId, portalIdIssues, readsAsPortalId } from "../portal-id.js";
import { isPortalSlug, scanPortalSlug } from "../scan.js";
import { suggestPortalSlug } from "../suggest.js";
import { quote } from "../text.js";
import { nearThreshold } from "./distance.js";
import { index, search, type Near } from "./nearest.js";

/**
 * The message ID of a suggestion that names another portal: the declared one nearest a value
 * that none of the declared portals is. The ESLint plugin offers it under this ID, and
 * `portal-slug fix` leaves it to a person, since a different slug opens a different portal.
 */
export const DECLARED_PORTAL_SUGGESTION = "replaceWithDeclaredPortal" as const;

/** What is wrong with a portals list, each reported once when the list is built. */
export interface PortalListProblem {
  /**
   * `not_a_list`: the list is no array or other iterable (or cannot be read, or holds more entries than are read);
   * `not_a_string`: an entry is no string; `malformed_entry`: an entry breaks the slug or ID rules.
   */
  readonly code: "not_a_list" | "not_a_string" | "malformed_entry";
  readonly message: string;
  /** Where the entry is in the list; absent for a problem of the whole list. */
  readonly index?: number;
  /** The malformed entry itself. */
  readonly entry?: string;
  /** The slug a malformed entry should probably be, also named at the end of the message; none for an ID. */
  readonly suggestion?: string | undefined;
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
  /**
   * The known portals, in the order first given: a list is also a list's entries, so that one
   * built by another copy of this package (its CommonJS build beside its ES module one) is read
   * for its names rather than refused.
   */
  [Symbol.iterator](): IterableIterator<string>;
}

/**
 * What every option named `portals` takes: the declared slugs and IDs (an array, a `Set`, or any
 * other iterable of them; `& object` keeps out a string, itself an iterable of its characters),
 * or a list built from them once.
 */
export type PortalsOption = readonly string[] | ReadonlySet<string> | PortalList | (Iterable<string> & object);

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

/**
 * Every list {@link createPortalList} made, so that an option can tell one from a look-alike
 * object, with its names in code-unit order when it has so few that a message lists them all.
 */
const built = new WeakMap<PortalList, readonly string[]>();

/**
 * Reads the entries, reporting each problem once; a proxy, getter or iterator that throws ends
 * the reading there. An array is read entry by entry; any other iterable but a string (a `Set`, a
 * generator) is read into one first, one entry past the most read, so that an endless one ends.
 */
function readEntries(entries: unknown, problems: PortalListProblem[]): Set<string> {
  const known = new Set<string>();
  const malformed = new Set<string>();
  let list = entries;
  try {
    if (!Array.isArray(list) && typeof list === "object" && list !== null && Symbol.iterator in list) {
      const read: unknown[] = (list = []);
      for (const entry of entries as Iterable<unknown>) if (read.push(entry) > MOST_READ) break;
    }
    if (!Array.isArray(list)) {
      problems.push({ code: "not_a_list", message: PORTAL_LIST_WORDS.notAList(entries) });
      return known;
    }
    const length = list.length;
    const read = Math.min(length, MOST_READ);
    if (read < length) problems.push({ code: "not_a_list", message: PORTAL_LIST_WORDS.tooMany(read) });
    for (let index = 0; index < read; index++) {
      const entry: unknown = list[index];
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
        // An ID is never rewritten as a slug: its characters are the workspace's, not a typo's,
        // and a slug made of one mistyped (`PC_3Kd9xQ2`) would name another portal.
        const suggestion = readsAsPortalId(entry) ? undefined : suggestPortalSlug(entry);
        problems.push({
          code: "malformed_entry",
          message: PORTAL_LIST_WORDS.malformed(index, quote(entry, QUOTED_VALUE), said, suggestion),
          index,
          entry,
          suggestion,
        });
      }
    }
  } catch {
    problems.push({ code: "not_a_list", message: PORTAL_LIST_WORDS.unreadable() });
  }
  return known;
}

/**
 * Builds the known portals from `entries`, the slugs and `pc_` IDs of the workspace, once: pass
 * the result wherever an option `portals` is taken, so that the index is built once for all of
 * them. Duplicates are ignored; an entry that is no string or breaks the slug or ID rules is left
 * out and reported in `problems`, as is a value that is no array, `Set` or other iterable of them
 * (the list is then empty). An empty list knows no portal, and the checks that take it then ask
 * nothing of it. Never throws.
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
    // A fast path: the search below finds a known value of the kind asked for at distance 0 as well.
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent where the fast path is taken less often (its test made false)
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
    [Symbol.iterator]: () => known.values(),
  };
  built.set(list, known.size <= LISTED_PORTALS ? [...known].sort() : []);
  return list;
}

/** The last lists built from arrays and other iterables given as options, so that passing the same one again builds nothing. */
const fromValues = new WeakMap<object, { readonly length: number; readonly list: PortalList }>();

/**
 * The list a check's option `portals` stands for: a list {@link createPortalList} made, as it is,
 * or one built from an array, a `Set` or another iterable and kept for the next call with the
 * same one (an array or a `Set` built again when its length or size changed; one changed in place
 * at the same length is not read again, so build a list when the portals change at run time; any
 * other iterable is read once). `undefined` for no option, and for options whose `portals` cannot
 * be read (a getter or a proxy trap that throws), so that the check still answers, holding the
 * value to the rules alone. Never throws.
 */
export function portalListOf(options: KnownPortalsOptions | undefined): PortalList | undefined {
  let portals: unknown;
  // Stryker disable BlockStatement: equivalent, an empty catch leaves `portals` undefined, which the line after answers with undefined (and an empty try is killed by every test with portals)
  try {
    // Stryker disable next-line OptionalChaining: equivalent, reading `portals` of no options throws into the catch, which answers undefined as no option does
    portals = options?.portals;
  } catch {
    return undefined;
  }
  // Stryker restore BlockStatement
  if (portals === undefined) return undefined;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent where the object test is dropped or weakened: a WeakMap holds no value that is no object, and says so without throwing
  if (typeof portals === "object" && portals !== null && built.has(portals as PortalList)) return portals as PortalList;
  try {
    // Stryker disable next-line UnaryOperator: equivalent, any constant no array or set has serves: a value that is neither never becomes one
    const length = Array.isArray(portals) ? portals.length : portals instanceof Set ? portals.size : -1;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent where the object test is dropped or weakened: a WeakMap holds no value that is no object
    const kept = typeof portals === "object" && portals !== null ? fromValues.get(portals) : undefined;
    if (kept && kept.length === length) return kept.list;
    const list = createPortalList(portals);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent where the object test is dropped or weakened: setting a value that is no object throws, and the catch below builds the same list again
    if (typeof portals === "object" && portals !== null) fromValues.set(portals, { length, list });
    return list;
  } catch {
    return createPortalList(portals);
  }
}

/** The names of a list so short that a message lists them all, in code-unit order; none for a longer list. @internal */
export function listedNames(list: PortalList): readonly string[] {
  return built.get(list) ?? [];
}
