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

/** An answer as kept, with when it was given (read only by `lint-run`). */
interface Kept<V> {
  readonly value: V;
  readonly at: number;
}

/** A key a WeakMap can hold. */
const isObject = (key: unknown): key is object => (typeof key === "object" && key !== null) || typeof key === "function";

/** Makes a cache for answers of the given lifetime. */
export function createCache<K, V>(lifetime: Lifetime): Cache<K, V> {
  let weak = new WeakMap<object, Kept<V>>();
  const strong = new Map<K, Kept<V>>();
  const expires = lifetime === "lint-run";
  const kept = (key: K): Kept<V> | undefined => (isObject(key) ? weak.get(key) : strong.get(key));
  const fresh = (key: K): Kept<V> | undefined => {
    const entry = kept(key);
    return entry && (!expires || clock() - entry.at < LINT_RUN_MS) ? entry : undefined;
  };
  const set = (key: K, value: V): V => {
    const entry = { value, at: expires ? clock() : 0 };
    if (isObject(key)) weak.set(key, entry);
    else strong.set(key, entry);
    return value;
  };
  return {
    get: (key) => fresh(key)?.value,
    set,
    answer: (key, compute) => {
      const entry = fresh(key);
      return entry ? entry.value : set(key, compute(key));
    },
    stale: (key) => kept(key)?.value,
    clear: () => {
      weak = new WeakMap();
      strong.clear();
    },
  };
}
