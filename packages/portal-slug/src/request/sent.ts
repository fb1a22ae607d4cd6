/**
 * What a body sends: its own enumerable fields, the only kind `JSON.stringify` writes. What a
 * prototype, a class getter or a hidden property holds is never sent, so it is never checked.
 *
 * @internal Shared by the request guard, the 404 explainer and the zod schemas; not exported by
 * the package.
 */
import { MOST_ENTRIES_READ } from "../contract.js";

/** Whether `body` sends `key`. @internal */
export const sends = (body: object, key: string): boolean => Object.prototype.propertyIsEnumerable.call(body, key);

/** The value `body` sends as `key`, or `undefined` when it sends none (see {@link sends}). @internal */
export const sentField = (body: object, key: string): unknown => (sends(body, key) ? (body as Record<string, unknown>)[key] : undefined);

/** The longest length an array can have: a proxy may claim any. */
const LONGEST_ARRAY = 2 ** 32 - 1;

/**
 * A list as it is read once: its entries up to the most a check reads, copied, and a longer
 * list's length kept past them (a check refuses it whatever it holds). A proxy or getter may
 * answer each read differently. @internal
 */
function readList(list: readonly unknown[]): unknown[] {
  const length = Number(list.length);
  const copy: unknown[] = [];
  for (let i = 0; i < Math.min(length, MOST_ENTRIES_READ); i++) copy.push(list[i]);
  // Stryker disable next-line EqualityOperator: equivalent where a list of exactly the most read gets its own length again
  if (length > MOST_ENTRIES_READ) copy.length = Math.min(length, LONGEST_ARRAY);
  return copy;
}

/**
 * What `body` sends, each field read once: a plain object of its own enumerable fields, lists
 * copied (see `readList`). A check of this copy is a check of what is sent when the copy is
 * sent; a body read again may answer otherwise (a getter, a proxy). @internal
 */
export function sentOnce(body: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(body).map((key) => {
      const value: unknown = (body as Record<string, unknown>)[key];
      return [key, Array.isArray(value) ? readList(value) : value];
    }),
  );
}
