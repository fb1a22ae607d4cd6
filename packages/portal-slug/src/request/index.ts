/**
 * `portal-slug/request`: the whole createSession body, checked before it is sent. It follows
 * Unkey's API as it changes, so it has a subpath of its own; the root entry exports the same
 * names.
 */
export { checkCreateSessionRequest, detectCreateSessionGeneration } from "./guard.js";
export { checkCreateSessionKeys, type CreateSessionKeysOptions, type CreateSessionKeysResult } from "./keys.js";
export { checkCreateSessionField, scopeForPermission } from "./fields.js";
export {
  CREATE_SESSION_API,
  PORTAL_SCOPES,
  type ApiDescription,
  type FieldDescription,
  type FieldKind,
  type GenerationDescription,
  type PortalScope,
} from "../api/create-session.js";
export { CREATE_SESSION_FACTS, type ApiFacts } from "../api/facts.js";
export type {
  CreateSessionGeneration,
  CreateSessionIssue,
  CreateSessionIssueCode,
  CreateSessionRequest,
  CreateSessionRequestOf,
  CreateSessionRequestResult,
  NewerCreateSessionRequest,
  OlderCreateSessionRequest,
} from "./types.js";
