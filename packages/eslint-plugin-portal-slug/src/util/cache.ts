// util/: what every rule uses. The files here serve all of it (caches, the rule factory, settings, syntax, type information); each folder answers one question.
/**
 * The one way the plugin keeps what it learnt, each cache made with the lifetime of what it
 * keeps, named:
 * - `file`: what one linted file is (its analysis, a call's body, a function's one returned
 *   value), keyed by the file's SourceCode or its nodes, or kept by a closure made for the file;
 * - `config`: what a config's objects are (its settings, a rule's options), keyed by the objects;
 * - `lint-run`: what was learnt of the file system (a module's stamp, an import's resolution, the
 *   installed SDK), trusted for {@link LINT_RUN_MS} after it was learnt: a lint run asks the same
 *   questions from file after file within it, and an editor that lints for hours asks again;
 * - `process`: what is said once a process (a warning about the settings).
 * An object key is held weakly in every cache, so that no cache keeps a file's syntax tree alive
 * once ESLint lets it go. Only `lint-run` reads the clock, which a test can set.
 * Apart from them, {@link lastAnswer} keeps one answer, for the key asked last: for the questions
 * every rule asks in turn of every file, where even a map's upkeep costs more than the question.
 */

/** How long a cache keeps what it is given; see the module's comment. */
export type Lifetime = "file" | "config" | "lint-run" | "process";

/** How long, in milliseconds, a `lint-run` cache trusts what it was given without asking again. */
export const LINT_RUN_MS = 1000;

/** A store of answers by key, each kept for the cache's lifetime. */
export interface Cache<K, V> {
  /** The answer kept for `key`, while it is fresh; `undefined` when there is none (see {@link answer} for answers that may be `undefined`). */
  get(key: K): V | undefined;
  /** Keeps `value` for `key`, fresh from now, and answers it. */
  set(key: K, value: V): V;
  /** The answer for `key`: the one kept while it is fresh, else `compute(key)`, kept (an `undefined` answer too). */
  answer(key: K, compute: (key: K) => V): V;
  /** The answer kept for `key` even once it is no longer fresh: one a cheap look (a file's stamp) may renew with {@link set}. */
  stale(key: K): V | undefined;
  /** Forgets every answer. */
  clear(): void;
}

/** The clock `lint-run` caches read. */
let clock: () => number = Date.now;

/** Sets the clock every `lint-run` cache reads: a test's own, to see time pass at once; `undefined` puts the real one back. */
export function setClock(now: (() => number) | undefined): void {
  clock = now ?? Date.now;
}

/** A key a WeakMap can hold. */
const isObject = (key: unknown): key is object => (typeof key === "object" && key !== null) || typeof key === "function";

/** What a timeless cache keeps for an `undefined` answer, told apart from no answer at all. */
const UNDEFINED = Symbol("undefined answer");

/**
 * A cache whose answers never go stale (`file`, `config`, `process`). Many are made for each
 * linted file, most of them asked little: the maps are made on the first answer, the methods
 * are shared, and an answer is kept as it is, with nothing allocated around it.
 */
class TimelessCache<K, V> implements Cache<K, V> {
  private weak: WeakMap<object, unknown> | undefined;
  private strong: Map<K, unknown> | undefined;

  constructor(private readonly bound: Bound) {}

  /** The kept answer, {@link UNDEFINED} for an `undefined` one, or `undefined` for none. */
  private kept(key: K): unknown {
    return isObject(key) ? this.weak?.get(key) : this.strong?.get(key);
  }

  get(key: K): V | undefined {
    const kept = this.kept(key);
    return kept === UNDEFINED ? undefined : (kept as V | undefined);
  }

  set(key: K, value: V): V {
    const kept = value === undefined ? UNDEFINED : value;
    if (isObject(key)) (this.weak ??= new WeakMap()).set(key, kept);
    else if (typeof key !== "string" || key.length <= this.bound.longestKey) {
      this.strong ??= new Map();
      // A full cache starts again rather than track which answer is oldest: what a lint run asks
      // again is back after one miss.
      if (this.strong.size >= this.bound.capacity && !this.strong.has(key)) this.strong.clear();
      this.strong.set(key, kept);
    }
    return value;
  }

  answer(key: K, compute: (key: K) => V): V {
    const kept = this.kept(key);
    if (kept === undefined) return this.set(key, compute(key));
    return (kept === UNDEFINED ? undefined : kept) as V;
  }

  stale(key: K): V | undefined {
    return this.get(key);
  }

  clear(): void {
    this.weak = undefined;
    this.strong = undefined;
  }
}

/** An answer as a `lint-run` cache keeps it, with when it was given. */
interface Kept<V> {
  readonly value: V;
  readonly at: number;
}

/** A cache whose answers are trusted for {@link LINT_RUN_MS} after they were given (`lint-run`). */
class LintRunCache<K, V> implements Cache<K, V> {
  private weak = new WeakMap<object, Kept<V>>();
  private readonly strong = new Map<K, Kept<V>>();

  private kept(key: K): Kept<V> | undefined {
    return isObject(key) ? this.weak.get(key) : this.strong.get(key);
  }

  private fresh(key: K): Kept<V> | undefined {
    const entry = this.kept(key);
    return entry && clock() - entry.at < LINT_RUN_MS ? entry : undefined;
  }

  get(key: K): V | undefined {
    return this.fresh(key)?.value;
  }

  set(key: K, value: V): V {
    const entry = { value, at: clock() };
    if (isObject(key)) this.weak.set(key, entry);
    else this.strong.set(key, entry);
    return value;
  }

  answer(key: K, compute: (key: K) => V): V {
    const entry = this.fresh(key);
    return entry ? entry.value : this.set(key, compute(key));
  }

  stale(key: K): V | undefined {
    return this.kept(key)?.value;
  }

  clear(): void {
    this.weak = new WeakMap();
    this.strong.clear();
  }
}

/**
 * What a timeless cache keyed by what users write (texts, numbers) may hold, for one that lives
 * as long as the process: at most `capacity` answers, forgotten all at once when full, and none
 * under a text longer than `longestKey`, which is answered each time it is asked. Object keys are
 * held weakly and need no bound.
 */
export interface Bound {
  readonly capacity: number;
  readonly longestKey: number;
}

const UNBOUNDED: Bound = { capacity: Number.POSITIVE_INFINITY, longestKey: Number.POSITIVE_INFINITY };

/** Makes a cache for answers of the given lifetime, a timeless one within `bound`. */
export function createCache<K, V>(lifetime: Lifetime, bound: Bound = UNBOUNDED): Cache<K, V> {
  return lifetime === "lint-run" ? new LintRunCache<K, V>() : new TimelessCache<K, V>(bound);
}

/**
 * The answer for the key asked last, and only that one: for a question every rule asks in turn
 * of the same file (can it hold a portal call? are the settings right?), where most files ask
 * nothing more, and a map's upkeep (an entry a file, its collection) would cost more than the
 * question. Keys are compared with `===`, so a string key (a file's text) is compared by its
 * characters, and the cache stays right where one object stands for every file (oxlint's
 * `context.sourceCode`). The last key is held strongly until the next is asked.
 */
export function lastAnswer<K, V>(compute: (key: K) => V): (key: K) => V {
  let asked = false;
  let lastKey: K | undefined;
  let lastValue: V | undefined;
  return (key) => {
    if (!asked || key !== lastKey) {
      // Computed before it is kept: a compute that throws leaves the previous answer in place.
      lastValue = compute(key);
      lastKey = key;
      asked = true;
    }
    return lastValue as V;
  };
}
