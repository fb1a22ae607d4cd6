/**
 * Unkey's error envelope, `{ meta: { requestId }, error: { title, detail, status, type, errors } }`,
 * read from whatever a caller hands over: the parsed JSON, the response text (JSON-encoded once
 * or twice), an `@unkey/api` error carrying it. Only fields of the right type are kept, and text
 * from the server is trusted to be text, not to be short or printable.
 *
 * @internal The explainer's; not exported by the package.
 */
import { kindOf } from "../contract.js";
import { API, errorName } from "../api/facts.js";
import { quote, shorten } from "../text.js";

/** The envelope's fields that came with the right types; anything else is left out. */
export interface Envelope {
  requestId?: string;
  title?: string;
  detail?: string;
  status?: number;
  name?: string;
  /** The first {@link LISTED_ERRORS} of the server's errors that carry a message, as a message lists them. */
  errors: string[];
  /** How many more of them there are, counted and not read further. */
  unlisted: number;
}

/** How many of the server's errors a message lists; the rest are counted. */
export const LISTED_ERRORS = 5;

/** The two 404s of a portal lookup, by error name, and the body field each generation names the portal with. */
export const NOT_FOUND: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  (["older", "newer"] as const).map((generation) => [errorName(API.description.generations[generation].notFound), API.portalField(generation)]),
);
/** What `decode` answers for a string that is no JSON. */
export const NOT_JSON = Symbol("not JSON");

/** A string with something in it, or `undefined`. */
export const text = (value: unknown): string | undefined => (typeof value === "string" && value ? value : undefined);
/** Server text is trusted to be text, not to be short or printable. */
export const clip = (value: string): string => shorten(value, 300);

/**
 * The last segment of a type URL or a code, the query and fragment cut and trailing slashes
 * dropped. Walked by hand: `/\/+$/` would try every run of slashes to the end, quadratic in them.
 */
function lastSegment(name: string): string {
  const query = name.search(/[?#]/);
  let end = query < 0 ? name.length : query;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, `end > 0` only reads better: charCodeAt(-1) is NaN, never "/", so the loop stops at 0 either way
  while (end > 0 && name.charCodeAt(end - 1) === 0x2f) end--;
  let start = end;
  while (start > 0 && name.charCodeAt(start - 1) !== 0x2f && name.charCodeAt(start - 1) !== 0x3a) start--;
  return name.slice(start, end);
}

/** The response text parsed, twice if it was JSON-encoded twice; a string that is no JSON stays a mark. */
export function decode(input: unknown): unknown {
  let value = input;
  for (let depth = 0; depth < 2 && typeof value === "string"; depth++) {
    try {
      value = JSON.parse(value);
    } catch {
      return depth ? value : NOT_JSON;
    }
  }
  return value;
}

/** The envelope in `input`, or why there is none. An @unkey/api error has `meta` and `error` itself, or its text in `body`. */
export function readEnvelope(input: unknown): Envelope | string {
  let value = decode(input);
  if (value === NOT_JSON) {
    // Leading blank lines are cut, but text that is only blank is shown as it is.
    return `text that is not JSON, ${quote((input as string).trimStart() || (input as string), 40)} (a proxy or gateway page, perhaps: the request may not have reached Unkey)`;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return typeof value === "string" ? "a JSON string" : kindOf(value);
  let record = value as Record<string, unknown>;
  if ((typeof record.error !== "object" || record.error === null) && typeof record.body === "string") {
    value = decode(record.body);
    if (typeof value !== "object" || value === null) return 'an object whose "body" is no envelope';
    record = value as Record<string, unknown>;
  }
  const error = record.error;
  if (typeof error !== "object" || error === null || Array.isArray(error)) return 'an object without an "error" object';
  const { title, detail, status, type, code, errors } = error as Record<string, unknown>;
  const envelope: Envelope = { errors: [], unlisted: 0 };
  if (text(title)) envelope.title = title as string;
  if (text(detail)) envelope.detail = detail as string;
  // Stryker disable next-line ConditionalExpression: equivalent, the typeof check only says it: Number.isFinite is false for every value that is no number
  if (typeof status === "number" && Number.isFinite(status)) envelope.status = status;
  // A name is the last segment of the type URL (".../data/portal_not_found") or of the code
  // ("err:unkey:data:portal_not_found"); a portal 404 named by either wins over another name.
  const names = [type, code].flatMap((value) => {
    const last = text(value) && lastSegment(value as string);
    // "/" or "err:" names nothing: no empty name is shown.
    return last ? [last] : [];
  });
  const name = names.find((one) => NOT_FOUND.has(one)) ?? names[0];
  // Stryker disable next-line ConditionalExpression: equivalent, an envelope whose name is set to undefined is read as one without a name (`envelope.name === undefined`)
  if (name !== undefined) envelope.name = name;
  if (!envelope.title && !envelope.detail && envelope.status === undefined && !text(type) && !text(code))
    return 'an "error" object without type, title, detail or status';
  const meta = record.meta;
  if (typeof meta === "object" && meta !== null && text((meta as Record<string, unknown>).requestId)) {
    envelope.requestId = (meta as Record<string, unknown>).requestId as string;
  }
  // Stryker disable next-line ArrayDeclaration: equivalent, an entry that is no object is passed over, so a list of one string lists nothing, as no list does
  for (const entry of Array.isArray(errors) ? errors : []) {
    // An entry that throws when read (a getter, a proxy trap, and `null`) is passed over: the rest
    // is still said. Any other value that is no object has no text `message`.
    try {
      const message = (entry as Record<string, unknown>).message;
      if (!text(message)) continue;
      // Past the listed ones only the count is kept, so that a long list costs no text.
      if (envelope.errors.length === LISTED_ERRORS) {
        envelope.unlisted++;
        continue;
      }
      const { location, fix } = entry as Record<string, unknown>;
      envelope.errors.push(
        `${text(location) ? `${clip(location as string)}: ` : ""}"${clip(message as string)}"${text(fix) ? ` (fix: "${clip(fix as string)}")` : ""}`,
      );
    } catch {
      // Passed over, as the comment above says.
    }
  }
  return envelope;
}
