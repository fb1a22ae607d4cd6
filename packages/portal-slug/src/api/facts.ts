/**
 * The questions every layer asks of Unkey's API, answered from one description
 * ({@link CREATE_SESSION_API}, or another one a test builds): which fields there are and in which
 * order, which belong to one generation only, which are required, which older field became which
 * newer one, what a root-key permission stands for. Answered once a description, so that no layer
 * keeps a list of its own.
 */
import { CREATE_SESSION_API, type ApiDescription, type FieldDescription, type FieldKind, type GenerationDescription } from "./create-session.js";

/** Which body: `older` (`slug`, `permissions`) or `newer` (`portal`, `scopes`, `returnUrl`). */
export type Generation = "older" | "newer";

/** A generation, or what a body of both (`mixed`) or of neither (`undefined`) is. */
export type GenerationSeen = Generation | "mixed" | undefined;

/** What the layers read of a description. */
export interface ApiFacts {
  readonly description: ApiDescription;
  /** Every field of either generation, in the order a body is written: each older field beside the newer one it became. */
  readonly fields: readonly string[];
  /** The fields only the older body has, and only the newer one. */
  readonly only: { readonly older: readonly string[]; readonly newer: readonly string[] };
  /** The field's description: the newer generation's where both have it. */
  readonly field: (name: string) => FieldDescription | undefined;
  /** A generation's own description of one of its fields. */
  readonly fieldOf: (generation: Generation, name: string) => FieldDescription | undefined;
  /**
   * The required fields, in groups of which one name must be sent: one name each in a known
   * generation, the newer name and the older one when the generation is not known.
   */
  readonly requiredGroups: (generation: GenerationSeen) => readonly (readonly string[])[];
  /** The field of the other generation that does the same job (`slug` ↔ `portal`). */
  readonly counterpart: (name: string) => string | undefined;
  /** The newer field an older one became, or `undefined` for a field both generations have. */
  readonly renamed: (older: string) => string | undefined;
  /** The scopes a root-key permission action stands on. A Map: an action is the user's text, and "constructor" must find nothing. */
  readonly legacyScopes: ReadonlyMap<string, readonly string[]>;
  /** Whether `entry` is a scope of the vocabulary. */
  readonly isScope: (entry: string) => boolean;
  /** The generation whose 404 an error name (`portal_not_found`, the last part of the code) is. */
  readonly notFoundGeneration: (name: string) => Generation | undefined;
  /** The first field of a generation that holds one of `kinds`, in the order the description writes them. */
  readonly ofKind: (generation: Generation, ...kinds: readonly FieldKind[]) => string | undefined;
  /** The portal field of a generation: `slug` or `portal`, by kind. */
  readonly portalField: (generation: Generation) => string;
}

const own = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** The last part of an error code or a docs URL: `portal_not_found` of `err:unkey:data:portal_not_found`. */
export const errorName = (code: string): string => code.slice(Math.max(code.lastIndexOf(":"), code.lastIndexOf("/")) + 1);

/** Reads a description once into the answers every layer asks for. */
export function apiFacts(description: ApiDescription): ApiFacts {
  const { older, newer } = description.generations;
  const generations: Readonly<Record<Generation, GenerationDescription>> = { older, newer };
  const olderNames = Object.keys(older.fields);
  const newerNames = Object.keys(newer.fields);
  const renames = new Map(description.renames);
  const counterparts = new Map([...description.renames, ...description.renames.map(([from, to]) => [to, from] as const)]);

  const fields: string[] = [];
  for (const name of olderNames) {
    fields.push(name);
    const to = renames.get(name);
    if (to !== undefined && !fields.includes(to)) fields.push(to);
  }
  for (const name of newerNames) if (!fields.includes(name)) fields.push(name);

  const fieldOf = (generation: Generation, name: string): FieldDescription | undefined => {
    const { fields: described } = generations[generation];
    return own(described, name) ? described[name] : undefined;
  };
  // Stryker disable next-line OptionalChaining: equivalent, each name read is one of the generation's own fields
  const required = (generation: Generation): string[] => Object.keys(generations[generation].fields).filter((name) => fieldOf(generation, name)?.required);
  const scopes = new Set(description.scopes);
  const ofKind = (generation: Generation, ...kinds: readonly FieldKind[]): string | undefined =>
    Object.keys(generations[generation].fields).find((name) => kinds.includes((fieldOf(generation, name) as FieldDescription).kind));

  return {
    description,
    fields,
    only: { older: olderNames.filter((name) => !own(newer.fields, name)), newer: newerNames.filter((name) => !own(older.fields, name)) },
    field: (name) => fieldOf("newer", name) ?? fieldOf("older", name),
    fieldOf,
    requiredGroups: (generation) => {
      if (generation === "older" || generation === "newer") return required(generation).map((name) => [name]);
      // Neither or both: each newer requirement may be met by its older counterpart.
      const groups = required("newer").map((name) => {
        const from = counterparts.get(name);
        return from !== undefined && fieldOf("older", from)?.required ? [name, from] : [name];
      });
      const covered = new Set(groups.flat());
      return [
        ...groups,
        ...required("older")
          .filter((name) => !covered.has(name))
          .map((name) => [name]),
      ];
    },
    counterpart: (name) => counterparts.get(name),
    renamed: (from) => renames.get(from),
    legacyScopes: new Map(description.legacyPermissions),
    isScope: (entry) => scopes.has(entry),
    notFoundGeneration: (name) => (errorName(older.notFound) === name ? "older" : errorName(newer.notFound) === name ? "newer" : undefined),
    ofKind,
    portalField: (generation) => ofKind(generation, "slug", "portal") as string,
  };
}

/** The answers for Unkey's API as it is. */
export const API = /* @__PURE__ */ apiFacts(CREATE_SESSION_API);

/** {@link API}, as the package exports it: what the lint rules and other tools read of Unkey's API. */
export { API as CREATE_SESSION_FACTS };
