/**
 * How far a value is from a known portal: the optimal string alignment distance (Damerau's edits
 * without re-editing a transposed pair), where a character added, dropped or changed, or two
 * neighbours swapped, is one edit, counted in UTF-16 code units (every known portal is ASCII), and
 * how far is still near. The table is filled a row at a time, so that the nearest-portal search
 * can share rows between portals with a common start and stop a row past the bound.
 */
import { PORTAL_ID_MAX_LENGTH } from "../contract.js";

/** The longest portal there can be (an ID), and so the longest value worth comparing, with room for the edits. */
export const LONGEST = PORTAL_ID_MAX_LENGTH + 3;

/**
 * How many edits away from a value of `length` characters a known portal may be and still be
 * offered: a quarter of the length, at least one and at most three.
 */
export const nearThreshold = (length: number): number => (typeof length === "number" ? Math.min(3, Math.max(1, length >> 2)) : 1);

/** The distance table, rows for a known portal's units and columns for the value's; made when first needed. */
let table = new Int32Array(0);

/** The table with room for a value of `width - 1` units against any portal, its first row filled in. */
export function tableFor(width: number): Int32Array {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent where the table is made again though big enough: it only costs time
  if (table.length < (LONGEST + 1) * width) table = new Int32Array((LONGEST + 1) * width);
  // Stryker disable next-line EqualityOperator: equivalent where one cell more is filled: it is row 1's first, which fillRow sets before reading
  for (let j = 0; j < width; j++) table[j] = j;
  return table;
}

/**
 * Fills row `i` of the optimal string alignment table of `a` (rows) against `b` (columns), the
 * rows before it already filled for the same first units of `a`, and answers the row's least
 * cell: no later row has a smaller one, so past the bound the rest of `a` need not be read.
 */
export function fillRow(cells: Int32Array, i: number, a: string, b: string): number {
  const width = b.length + 1;
  const row = i * width;
  const above = row - width;
  const unit = a.charCodeAt(i - 1);
  const previous = a.charCodeAt(i - 2);
  cells[row] = i;
  let least = i;
  // Stryker disable next-line EqualityOperator: equivalent where one cell more is filled: it is the next row's first, set again before it is read, and never less than the row's least
  for (let j = 1; j < width; j++) {
    const other = b.charCodeAt(j - 1);
    let cell = Math.min((cells[above + j] as number) + 1, (cells[row + j - 1] as number) + 1, (cells[above + j - 1] as number) + (unit === other ? 0 : 1));
    // Two neighbours swapped are one edit: the cell two rows and two columns back, plus one.
    if (i > 1 && j > 1 && unit === b.charCodeAt(j - 2) && previous === other) cell = Math.min(cell, (cells[above - width + j - 2] as number) + 1);
    cells[row + j] = cell;
    // Stryker disable next-line EqualityOperator: equivalent where an equal cell is taken: least is the same value
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
