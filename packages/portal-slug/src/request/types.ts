/** The shapes of a createSession body, derived from the API's description, and of what the request guard says about one. */
import type { PortalId, PortalSlug } from "../contract.js";
import type { CREATE_SESSION_API, FieldKind } from "../api/create-session.js";
import type { PortalRefIssue } from "../issues.js";

/**
 * Which body: `older` is the docs page's and `@unkey/api` up to 2.5.0's (`slug`, `permissions`),
 * `newer` is SDK 2.5.1's and the current server's (`portal`, `scopes`, `returnUrl`).
 */
export type CreateSessionGeneration = "older" | "newer";

/** What a description of the API has to say about the bodies, for {@link CreateSessionRequestOf}. */
interface DescribedBodies {
  readonly scopes: readonly string[];
  readonly generations: { readonly [generation in CreateSessionGeneration]: { readonly fields: object } };
}

/** The value a field of each kind holds, given the API's scope vocabulary. */
interface ValueOfKind<Scope extends string> {
  slug: PortalSlug;
  portal: PortalSlug | PortalId;
  text: string;
  url: string;
  // Mutable: a checked body is a copy of its own, sent as it is to the SDK, whose lists are.
  scopes: Scope[];
  boolean: boolean;
}

/** A field's value type, by its kind. */
type ValueOf<Field, Scope extends string> = Field extends { readonly kind: infer Kind extends FieldKind } ? ValueOfKind<Scope>[Kind] : never;

/** One object type instead of an intersection, for the editor's hover. */
type Flat<T> = { [K in keyof T]: T[K] } & {};

/**
 * A body of one generation, as a description of the API states it: each required field with its
 * kind's type, each optional one also `undefined` (which stands for absent, as JSON drops it).
 * `Api` is Unkey's API unless a test describes another.
 */
export type CreateSessionRequestOf<Generation extends CreateSessionGeneration, Api extends DescribedBodies = typeof CREATE_SESSION_API> = Flat<
  {
    readonly [
      Name in keyof Api["generations"][Generation]["fields"] as Api["generations"][Generation]["fields"][Name] extends { readonly required: true }
        ? Name
        : never
    ]: ValueOf<Api["generations"][Generation]["fields"][Name], Api["scopes"][number]>;
  } & {
    readonly [
      Name in keyof Api["generations"][Generation]["fields"] as Api["generations"][Generation]["fields"][Name] extends { readonly required: true }
        ? never
        : Name
    ]?: ValueOf<Api["generations"][Generation]["fields"][Name], Api["scopes"][number]> | undefined;
  }
>;

/** The older body: `slug`, `externalId`, `permissions`, and SDK 2.5.0's optional `preview`. */
export type OlderCreateSessionRequest = CreateSessionRequestOf<"older">;

/** The newer body: `portal` (a portal ID or a slug), `externalId`, `scopes`, and optional `preview` and `returnUrl`. */
export type NewerCreateSessionRequest = CreateSessionRequestOf<"newer">;

/** A checked body of either generation. */
export type CreateSessionRequest = OlderCreateSessionRequest | NewerCreateSessionRequest;

/**
 * Why a body is wrong. The `slug` and `portal` fields carry the slug rules' own codes (and
 * `invalid_portal_id`); `too_short` and `too_long` also serve `externalId`, `returnUrl` and an
 * empty scope list; `not_a_string` marks any value that should be a string. Only `not_an_object`,
 * `unreadable` and `mixed_generations` concern the whole body and have the empty path.
 * `unknown_portal` is given only when the check is passed the workspace's `portals`: the portal
 * field is well-formed but none of them. `more_issues` counts the issues of one kind past the
 * first ten listed (at the list's path, or the empty path for unknown fields); it is an error
 * when any of those is.
 */
export type CreateSessionIssueCode =
  | PortalRefIssue["code"]
  | "not_an_object"
  | "unreadable"
  | "mixed_generations"
  | "missing_field"
  | "unknown_field"
  | "wrong_type"
  | "unknown_scope"
  | "legacy_permission"
  | "duplicate_scope"
  | "invalid_url"
  | "unknown_portal"
  | "more_issues";

/**
 * One problem in a body. `path` is zod's: the keys down to the value (`["scopes", 1]`), empty
 * only for a whole-body problem. A `warning` (a duplicate scope, an empty SDK 2.5.0
 * `permissions`) does not make the body invalid. `index` and `end` are the span inside the
 * string at `path`, when the slug rules give one; `suggestion` is the value it probably should be.
 */
export interface CreateSessionIssue {
  readonly path: readonly (string | number)[];
  readonly code: CreateSessionIssueCode;
  readonly severity: "error" | "warning";
  readonly message: string;
  readonly index?: number;
  readonly end?: number;
  readonly suggestion?: string;
}

/**
 * What `checkCreateSessionRequest` answers. `issues` is on both sides: when `valid` is true it
 * holds only warnings, and `value` is the body as it was read and checked, each field read once
 * (a plain object of the fields it sends, its lists copied): send `value`, not the body, which a
 * getter or proxy may answer otherwise when it is read again. `generation` is `mixed` when the body has fields of both, and `undefined`
 * when it has fields of neither or is no object.
 */
export type CreateSessionRequestResult =
  | { readonly valid: true; readonly generation: "older"; readonly value: OlderCreateSessionRequest; readonly issues: readonly CreateSessionIssue[] }
  | { readonly valid: true; readonly generation: "newer"; readonly value: NewerCreateSessionRequest; readonly issues: readonly CreateSessionIssue[] }
  | { readonly valid: false; readonly generation: CreateSessionGeneration | "mixed" | undefined; readonly issues: readonly CreateSessionIssue[] };
