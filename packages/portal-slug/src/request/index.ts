/**
 * `portal-slug/request`: the whole createSession body, checked before it is sent. It follows
 * Unkey's API as it changes, so it has a subpath of its own; the root entry exports the same
 * names.
 */
export { checkCreateSessionRequest, detectCreateSessionGeneration } from "./guard.js";
export { checkCreateSessionKeys, type CreateSessionKeysOptions, type CreateSessionKeysResult } from "./keys.js";
export { checkCreateSessionField, scopeForPermission } from "./fields.js";
export { PORTAL_SCOPES, type PortalScope } from "../contract.js";
export type {
  CreateSessionGeneration,
  CreateSessionIssue,
  CreateSessionIssueCode,
  CreateSessionRequest,
  CreateSessionRequestResult,
  NewerCreateSessionRequest,
  OlderCreateSessionRequest,
} from "./types.js";
