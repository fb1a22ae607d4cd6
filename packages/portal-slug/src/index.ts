export {
  PORTAL_SLUG_ISSUE_CODES,
  PORTAL_SLUG_MAX_LENGTH,
  PORTAL_SLUG_MIN_LENGTH,
  type PortalSlug,
  type PortalSlugIssue,
  type PortalSlugIssueCode,
} from "./rules.js";
export { scanPortalSlug } from "./scan.js";
export { assertPortalSlug, isPortalSlug, validatePortalSlug, type PortalSlugResult } from "./validate.js";
export { PortalSlugError } from "./error.js";
export { suggestPortalSlug } from "./suggest.js";
export { PORTAL_ID_MAX_LENGTH, looksLikePortalId, validatePortalRef, type PortalId, type PortalRefIssue, type PortalRefResult } from "./ref.js";
export { portalSlugStandardSchema, type StandardSchemaV1 } from "./standard-schema.js";
export {
  PORTAL_SCOPES,
  checkCreateSessionRequest,
  detectCreateSessionGeneration,
  type CreateSessionGeneration,
  type CreateSessionIssue,
  type CreateSessionIssueCode,
  type CreateSessionRequest,
  type CreateSessionRequestResult,
  type NewerCreateSessionRequest,
  type OlderCreateSessionRequest,
  type PortalScope,
} from "./request.js";
export { explainPortalError, type PortalErrorCause, type PortalErrorExplanation } from "./explain.js";
export { portalSlug, type InvalidPortalSlug, type PortalSlugArgument, type ValidatePortalSlug } from "./types.js";
