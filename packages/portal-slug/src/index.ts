/**
 * `portal-slug`: the slug contract and its checks at the root; the request guard and the 404
 * explainer, which follow Unkey's API as it changes, also under `portal-slug/request` and
 * `portal-slug/explain`; the zod schemas only under `portal-slug/zod`. The workspace's known
 * portals are a list built once (`createPortalList`) that the checks take as an option.
 */
export {
  PORTAL_ID_MAX_LENGTH,
  PORTAL_ID_PREFIX,
  PORTAL_SLUG_ISSUE_CODES,
  PORTAL_SLUG_MAX_LENGTH,
  PORTAL_SLUG_MIN_LENGTH,
  type PortalId,
  type PortalSlug,
  type PortalSlugIssue,
  type PortalSlugIssueCode,
  kindOf,
  withSuggestion,
  withoutSuggestion,
} from "./contract.js";
export { scanPortalSlug } from "./scan.js";
export { extentOfIssues, type IssueExtent } from "./extent.js";
export { assertPortalSlug, isPortalSlug, validatePortalSlug, type PortalSlugResult } from "./validate.js";
export { PortalSlugError } from "./error.js";
export { suggestPortalSlug } from "./suggest.js";
export { looksLikePortalId, validatePortalRef, type PortalRefResult } from "./ref.js";
export type { PortalRefIssue, UnknownPortalIssue } from "./issues.js";
export { portalSlugStandardSchema, type StandardSchemaV1 } from "./standard-schema.js";
export {
  CREATE_SESSION_API,
  CREATE_SESSION_FACTS,
  PORTAL_SCOPES,
  type ApiDescription,
  type ApiFacts,
  type CreateSessionRequestOf,
  type FieldDescription,
  type FieldKind,
  type GenerationDescription,
  checkCreateSessionField,
  checkCreateSessionKeys,
  checkCreateSessionRequest,
  scopeForPermission,
  type CreateSessionKeysOptions,
  type CreateSessionKeysResult,
  detectCreateSessionGeneration,
  type CreateSessionGeneration,
  type CreateSessionIssue,
  type CreateSessionIssueCode,
  type CreateSessionRequest,
  type CreateSessionRequestResult,
  type NewerCreateSessionRequest,
  type OlderCreateSessionRequest,
  type PortalScope,
} from "./request/index.js";
export { explainPortalError, type PortalErrorCause, type PortalErrorExplanation } from "./explain/index.js";
export {
  createPortalList,
  DECLARED_PORTAL_SUGGESTION,
  type PortalList,
  type PortalListProblem,
  type KnownPortalsOptions,
  type PortalsOption,
} from "./portals/portal-list.js";
export { nearThreshold } from "./portals/distance.js";
export { unknownPortalIssue, type UnknownPortalBodyIssue } from "./portals/unknown-portal.js";
export { portalSlug } from "./portal-slug.js";
export type { InvalidPortalSlug, KnownPortal, PortalSlugArgument, Register, ValidateKnownPortal, ValidatePortalSlug } from "./compile-time/index.js";
