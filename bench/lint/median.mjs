// The median the benches report: of several rounds or passes, the middle one (the mean of the two
// middle ones for an even count), which one preempted round cannot move as it moves a mean.

/** The median of `values` (not changed). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
