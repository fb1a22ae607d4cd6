/** The shapes of a createSession body and of what the request guard says about one. */
import type { PortalId, PortalScope, PortalSlug } from "../contract.js";
import type { PortalRefIssue } from "../ref.js";

/**
 * Which body: `older` is the docs page's and `@unkey/api` up to 2.5.0's (`slug`, `permissions`),
 * `newer` is SDK 2.5.1's and the current server's (`portal`, `scopes`, `returnUrl`).
 */
export type CreateSessionGeneration = "older" | "newer";

/** The older body. `preview` is optional (SDK 2.5.0 sends it); `undefined` stands for absent, as JSON drops it. */
export interface OlderCreateSessionRequest {
  readonly slug: PortalSlug;
  readonly externalId: string;
  readonly permissions: readonly PortalScope[];
  readonly preview?: boolean | undefined;
}

/** The newer body. `portal` is a portal ID or a slug; `undefined` optional fields stand for absent. */
export interface NewerCreateSessionRequest {
  readonly portal: PortalSlug | PortalId;
  readonly externalId: string;
  readonly scopes: readonly PortalScope[];
  readonly preview?: boolean | undefined;
  readonly returnUrl?: string | undefined;
}

/** A checked body of either generation. */
export type CreateSessionRequest = OlderCreateSessionRequest | NewerCreateSessionRequest;

/**
 * Why a body is wrong. The `slug` and `portal` fields carry the slug rules' own codes (and
 * `invalid_portal_id`); `too_short` and `too_long` also serve `externalId`, `returnUrl` and an
 * empty scope list; `not_a_string` marks any value that should be a string. Only `not_an_object`,
 * `unreadable` and `mixed_generations` concern the whole body and have the empty path.
 * `unknown_portal` is given only when the check is passed the workspace's `portals`: the portal
 * field is well-formed but none of them.
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
  | "unknown_portal";

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
 * holds only warnings. `generation` is `mixed` when the body has fields of both, and `undefined`
 * when it has fields of neither or is no object.
 */
export type CreateSessionRequestResult =
  | { readonly valid: true; readonly generation: "older"; readonly value: OlderCreateSessionRequest; readonly issues: readonly CreateSessionIssue[] }
  | { readonly valid: true; readonly generation: "newer"; readonly value: NewerCreateSessionRequest; readonly issues: readonly CreateSessionIssue[] }
  | { readonly valid: false; readonly generation: CreateSessionGeneration | "mixed" | undefined; readonly issues: readonly CreateSessionIssue[] };
