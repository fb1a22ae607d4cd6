/**
 * What a body sends: its own enumerable fields, the only kind `JSON.stringify` writes. What a
 * prototype, a class getter or a hidden property holds is never sent, so it is never checked.
 *
 * @internal Shared by the request guard, the 404 explainer and the zod schemas; not exported by
 * the package.
 */

/** Whether `body` sends `key`. @internal */
export const sends = (body: object, key: string): boolean => Object.prototype.propertyIsEnumerable.call(body, key);

/** The value `body` sends as `key`, or `undefined` when it sends none (see {@link sends}). @internal */
export const sentField = (body: object, key: string): unknown => (sends(body, key) ? (body as Record<string, unknown>)[key] : undefined);
