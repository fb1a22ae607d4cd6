/**
 * The nearest-portal search: the known portals grouped by length, each group in code-unit order
 * with a signature of each portal's kinds of characters, and a search that compares a value only
 * with the portals whose length and characters leave room for a near match, sharing the rows of
 * the distance table between neighbours with a common start, as the branches of a trie share a
 * path. Among the nearest, the first in code-unit order wins.
 */
import { LONGEST, fillRow, tableFor } from "./distance.js";

/**
 * Which of 64 bits a code unit sets in a value's signature: the units portals are made of get a
 * bit of their own, any other shares one. Two signatures bound the distance from below: each
 * edit takes at most one character away from a value and brings at most one in.
 */
// Stryker disable all: equivalent, any one mapping of units to bits bounds the distance from below, since both signatures are made by it: a mapping that merges kinds only prunes less
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
// Stryker restore all

/** The number of set bits of a 32-bit integer. */
// Stryker disable next-line BlockStatement: equivalent, the signatures only prune: a count of undefined makes the bound NaN, which prunes nothing, and the distance decides
function bitCount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * The known portals of one length in code-unit order, each one's signature in two 32-bit halves,
 * and how many first units each shares with the one before it: neighbours in that order share
 * the first rows of their distance tables, as the branches of a trie share a path.
 */
export interface Bucket {
  readonly values: string[];
  low: Int32Array;
  high: Int32Array;
  shared: Uint16Array;
}

/** A value's signature, one bit for each kind of code unit it has. */
function signature(value: string): [number, number] {
  let low = 0;
  let high = 0;
  // Stryker disable next-line EqualityOperator: equivalent where one unit more is read: charCodeAt past the end is NaN, whose bit every signature then has
  for (let i = 0; i < value.length; i++) {
    const bit = bitOf(value.charCodeAt(i));
    // Stryker disable next-line EqualityOperator: equivalent where bit 32 goes to the low half: 1 << 32 is bit 0 there, and a merged bit only prunes less
    if (bit < 32) low |= 1 << bit;
    else {
      // Stryker disable next-line ArithmeticOperator: equivalent, a shift counts modulo 32: bit + 32 sets the same bit as bit - 32
      high |= 1 << (bit - 32);
    }
  }
  return [low, high];
}

/** Groups the known portals by length, each bucket in code-unit order, its signatures beside it. */
export function index(known: readonly string[]): Map<number, Bucket> {
  const buckets = new Map<number, Bucket>();
  // Stryker disable next-line MethodExpression: equivalent, the order only makes neighbours share more rows; the tie rule compares the values themselves
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
      // Stryker disable next-line StringLiteral: equivalent, what the first value shares is never read: the search starts each bucket at row 1
      const before = bucket.values[at - 1] ?? "";
      let same = 0;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent where the length test changes: charCodeAt past the end is NaN, equal to nothing, and a count of 0 only shares no rows
      while (same < value.length && value.charCodeAt(same) === before.charCodeAt(same)) same++;
      bucket.shared[at] = same;
    });
  }
  return buckets;
}

/** The nearest known portal found so far, and how far from the value one may be to be nearer. */
export interface Near {
  best?: string;
  bound: number;
}

/** Looks for portals within `near.bound` of `value` among the buckets of the lengths that leave room for one. */
export function search(buckets: ReadonlyMap<number, Bucket>, value: string, near: Near): void {
  const length = value.length;
  // Stryker disable next-line ConditionalExpression: equivalent where the early return is not taken: no portal is long enough to be near, so no bucket is found
  if (length > LONGEST) return;
  const max = near.bound;
  let sign: [number, number] | undefined;
  let cells: Int32Array | undefined;
  // Stryker disable next-line MethodExpression: equivalent, a length below 0 has no bucket: the loop only starts earlier
  for (let other = Math.max(0, length - max); other <= length + max; other++) {
    const bucket = buckets.get(other);
    if (!bucket) continue;
    const [low, high] = (sign ??= signature(value));
    // Stryker disable next-line ArithmeticOperator: equivalent where the table is one column short: the two cells of row 0 left unset are reached only by alignments that skip the value's first units, then cost an edit for each of the portal's units but one: more than the bound for every length the search visits
    cells ??= tableFor(length + 1);
    const apart = Math.abs(length - other);
    const { values, shared } = bucket;
    // The rows of the table that hold for `last`, the latest portal compared, and the first
    // row past the bound, if one was: a portal sharing that many first units with it is as far.
    // Stryker disable next-line UnaryOperator: equivalent, until a portal is measured no rows are filled and none is dead, so what is shared does not count
    let last = -1;
    let filled = 0;
    let dead = Infinity;
    let common = 0;
    for (let at = 0; at < values.length; at++) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: equivalent where less is shared than is: fewer rows are kept, and each is filled again
      common = last < 0 ? 0 : at === last + 1 ? (shared[at] as number) : Math.min(common, shared[at] as number);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent where a portal sharing the dead row is measured: it dies at the same row
      if (common >= dead) continue;
      // Each edit brings at most one kind of unit in and takes at most one out.
      const l = bucket.low[at] as number;
      const h = bucket.high[at] as number;
      // Stryker disable next-line ConditionalExpression,MethodExpression,ArithmeticOperator: equivalent where the bound is weaker or not used: it only prunes, and the distance decides
      if (Math.max(apart, bitCount(low & ~l) + bitCount(high & ~h), bitCount(l & ~low) + bitCount(h & ~high)) > near.bound) continue;
      const candidate = values[at] as string;
      let row = Math.min(filled, common) + 1;
      while (row <= other && fillRow(cells, row, candidate, value) <= near.bound) row++;
      last = at;
      // Stryker disable next-line EqualityOperator: equivalent where a portal dead at its last row is taken as measured: its distance is then past the bound, and no other portal shares all its rows
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
