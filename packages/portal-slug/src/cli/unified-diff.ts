/**
 * A unified diff of one file's two texts, as `diff -u` and `git diff` write it (`--- a/path`,
 * `+++ b/path`, hunks with three lines of context), so that `git apply` or `patch -p1` takes it.
 * Lines are compared with their endings, so a CRLF file stays CRLF.
 */

/** Lines of context around each change. */
const CONTEXT = 3;

/**
 * Past this many differing lines the shortest edit is not looked for: the changed middle is
 * shown as removed and added whole, which is as valid a diff and costs no quadratic memory.
 */
const MOST_EDITS = 2_000;

/** `text` as lines, each with its own ending; the last may have none. */
const linesOf = (text: string): string[] => (text === "" ? [] : text.split(/(?<=\n)/));

/** One step of an edit script: a line both texts share, or one only the old or the new has. */
type Step = { readonly kind: " " | "-" | "+"; readonly line: string };

/**
 * The shortest edit script from `a` to `b` (Myers' greedy algorithm over the middle the two do not
 * share at their ends), or `undefined` when it is longer than {@link MOST_EDITS}.
 */
function shortestEdit(a: readonly string[], b: readonly string[]): Step[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MOST_EDITS);
  // Stryker disable next-line ArithmeticOperator: equivalent, an offset one less only drops the last round's writes to diagonals ±max, and backtracking never reads the last round
  const offset = max + 1;
  // trace[d] is the furthest x reached on each diagonal k (index k + offset) after d edits.
  const trace: Int32Array[] = [];
  // Stryker disable next-line ArithmeticOperator: equivalent, two entries fewer only drop the last round's write to diagonal max, which backtracking never reads
  let v = new Int32Array(2 * offset + 1);
  for (let d = 0; d <= max; d++) {
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[k - 1 + offset] as number) < (v[k + 1 + offset] as number))
          ? (v[k + 1 + offset] as number)
          : (v[k - 1 + offset] as number) + 1;
      let y = x - k;
      // Stryker disable next-line LogicalOperator: equivalent, a line past either end is undefined, equal to no line
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[k + offset] = x;
      if (x >= n && y >= m) {
        trace.push(next);
        return backtrack(a, b, trace, offset);
      }
    }
    trace.push(next);
    v = next;
  }
  return undefined;
}

/** The steps that lead to the end along the furthest reaches {@link shortestEdit} kept. */
function backtrack(a: readonly string[], b: readonly string[], trace: readonly Int32Array[], offset: number): Step[] {
  const steps: Step[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d > 0; d--) {
    const v = trace[d - 1] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (v[k - 1 + offset] as number) < (v[k + 1 + offset] as number));
    const previousK = down ? k + 1 : k - 1;
    const previousX = v[previousK + offset] as number;
    const previousY = previousX - previousK;
    for (; x > previousX && y > previousY; y--) steps.push({ kind: " ", line: a[--x] as string });
    if (down) steps.push({ kind: "+", line: b[--y] as string });
    else steps.push({ kind: "-", line: a[--x] as string });
  }
  // The middle starts where the texts differ, so no line is shared before the first edit and
  // this loop never runs: it is kept for a middle that might start with a shared line.
  // Stryker disable next-line all: equivalent, the loop never runs (see above)
  for (; x > 0 && y > 0; y--) steps.push({ kind: " ", line: a[--x] as string });
  return steps.reverse();
}

/** Every step from `a` to `b`: their shared start and end kept, the middle edited as briefly as can be afforded. */
function editScript(a: readonly string[], b: readonly string[]): Step[] {
  let start = 0;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, a line past one end is undefined, equal to no line, and both ends passed means equal texts, answered before
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const middleA = a.slice(start, a.length - end);
  const middleB = b.slice(start, b.length - end);
  const middle = shortestEdit(middleA, middleB) ?? [
    ...middleA.map((line): Step => ({ kind: "-", line })),
    ...middleB.map((line): Step => ({ kind: "+", line })),
  ];
  const shared = (line: string): Step => ({ kind: " ", line });
  return [...a.slice(0, start).map(shared), ...middle, ...a.slice(a.length - end).map(shared)];
}

/** A hunk's range as its header writes it: the count left out when it is 1, the line before when it is 0. */
const range = (start: number, count: number): string => (count === 1 ? `${start + 1}` : `${count === 0 ? start : start + 1},${count}`);

/** One line of a hunk; a last line with no ending is followed by the marker that says so. */
const diffLine = ({ kind, line }: Step): string => (line.endsWith("\n") ? `${kind}${line}` : `${kind}${line}\n\\ No newline at end of file\n`);

/**
 * The unified diff that turns `before` into `after` for the file at `path` (written with `/`,
 * relative to where the diff is applied), or "" when they are equal.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return "";
  const steps = editScript(linesOf(before), linesOf(after));
  const changed = steps.flatMap((step, index) => (step.kind === " " ? [] : [index]));
  // How many old and new lines stand before each step: where a hunk starting there starts.
  const oldBefore = new Int32Array(steps.length + 1);
  const newBefore = new Int32Array(steps.length + 1);
  steps.forEach(({ kind }, i) => {
    oldBefore[i + 1] = (oldBefore[i] as number) + (kind === "+" ? 0 : 1);
    newBefore[i + 1] = (newBefore[i] as number) + (kind === "-" ? 0 : 1);
  });
  let out = `--- a/${path}\n+++ b/${path}\n`;
  let first = 0;
  while (first < changed.length) {
    // A hunk takes every change whose shared lines in between its context would cover anyway.
    let last = first;
    while (last + 1 < changed.length && (changed[last + 1] as number) - (changed[last] as number) <= 2 * CONTEXT + 1) last++;
    const from = Math.max(0, (changed[first] as number) - CONTEXT);
    const to = Math.min(steps.length, (changed[last] as number) + CONTEXT + 1);
    const [oldStart, newStart] = [oldBefore[from] as number, newBefore[from] as number];
    const oldCount = (oldBefore[to] as number) - oldStart;
    const newCount = (newBefore[to] as number) - newStart;
    out += `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n${steps.slice(from, to).map(diffLine).join("")}`;
    first = last + 1;
  }
  return out;
}
