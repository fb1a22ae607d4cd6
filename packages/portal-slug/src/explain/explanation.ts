/**
 * What the explainer answers, on its own so that the readers of an envelope (`index.ts`) and of
 * whatever a `catch` hands over (`thrown.ts`) both build it without importing each other.
 */
import type { PortalId, PortalSlug } from "../contract.js";
import type { CreateSessionIssue } from "../request/types.js";

/**
 * `malformed_slug`: the slug (or non-ID `portal`) sent breaks the slug rules, so no portal can
 * have it. `unknown_portal`: a 404 for a well-formed slug or an ID, or for a body not given:
 * the workspace, the root key or provisioning is what to check. `other`: another Unkey error.
 * `unrecognized`: not Unkey's error envelope.
 */
export type PortalErrorCause = "malformed_slug" | "unknown_portal" | "other" | "unrecognized";

/**
 * What `explainPortalError` answers. `message` is always a sentence to show or log;
 * `issues` holds the portal field's issues for `malformed_slug` (and for a malformed ID, or a
 * well-formed value none of the declared `portals` is), or the request body's errors for `other`;
 * `suggestion` is the slug (or, given the declared portals, the ID) the one sent probably should be.
 */
export interface PortalErrorExplanation {
  readonly cause: PortalErrorCause;
  readonly message: string;
  readonly requestId?: string;
  readonly issues?: readonly CreateSessionIssue[];
  readonly suggestion?: PortalSlug | PortalId;
}
