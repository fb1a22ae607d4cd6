/**
 * `portal-slug/explain`: from Unkey's error answer (and, when given, the body that was sent) to
 * what went wrong: a malformed slug said with its issues and fix, a well-formed one sent to the
 * wrong workspace, another Unkey error summarised, or an answer that is no Unkey error at all.
 * It follows Unkey's API as it changes, so it has a subpath of its own; the root entry exports
 * the same names.
 */
import { QUOTED_VALUE, allOf, issueWithoutSuggestion, withSuggestion, type PortalId, type PortalSlug } from "../contract.js";
import { portalListOf, type KnownPortalsOptions, type PortalList } from "../portals/portal-list.js";
import { looksLikePortalId } from "../ref.js";
import { checkPortalField } from "../request/fields.js";
import { API } from "../api/facts.js";
import { checkCreateSessionRequest } from "../request/guard.js";
import { sentField } from "../request/sent.js";
import type { CreateSessionIssue } from "../request/types.js";
import { quote, shorten } from "../text.js";
import { NOT_FOUND, NOT_JSON, clip, decode, readEnvelope, type Envelope } from "./envelope.js";
import type { PortalErrorExplanation } from "./explanation.js";
import { explainThrown } from "./thrown.js";

export type { PortalErrorCause, PortalErrorExplanation } from "./explanation.js";

/** Where the answer came from, for the end of a first sentence: "(404 portal_not_found, request req_1)". */
const source = (envelope: Envelope): string => {
  // Both came from the answer: shown escaped and cut, as the title is.
  const name = envelope.name === undefined ? undefined : shorten(envelope.name, QUOTED_VALUE);
  const parts = [
    [envelope.status, name].filter((part) => part !== undefined).join(" "),
    envelope.requestId && `request ${shorten(envelope.requestId, QUOTED_VALUE)}`,
  ];
  const said = parts.filter(Boolean).join(", ");
  return said ? ` (${said})` : "";
};

/** What stands for a request body whose reading threw (a getter or a proxy trap): given, and not read. */
const UNREADABLE = Symbol("unreadable body");

/** A 404 from the portal lookup, read against the portal field of the body that was sent. */
function explainNotFound(envelope: Envelope, field: string, requestBody: unknown, portals: PortalList | undefined): PortalErrorExplanation {
  const base = { ...(envelope.requestId && { requestId: envelope.requestId }) };
  const body = decode(requestBody);
  // What the body sent, as JSON.stringify would have written it.
  const read = (name: string): unknown => (typeof body === "object" && body !== null ? sentField(body, name) : undefined);
  // The 404's code says which generation answered; a body of the other one still names its portal somewhere.
  const other = API.counterpart(field);
  const sent = read(field) !== undefined ? field : other !== undefined && read(other) !== undefined ? other : undefined;
  const value = sent && read(sent);
  const shown = typeof value === "string" ? ` ${quote(value, 40)}` : "";
  // Stryker disable next-line OptionalChaining: equivalent, `sent` is the field the 404 names or its counterpart, both fields of the API
  const checked = sent ? checkPortalField(API.field(sent)?.kind === "slug" ? "slug" : "portal", value, [sent], portals) : [];
  // A well-formed value none of the declared portals is: the one 404 the declared list explains.
  const unknown = checked.find((found) => found.code === "unknown_portal");
  const issues = unknown ? [] : checked;
  // Stryker disable next-line OptionalChaining: equivalent, read only once `sent` is known to be one of the API's fields
  const id = sent !== undefined && API.field(sent)?.kind === "portal" && typeof value === "string" && looksLikePortalId(value);
  // One suggestion for the value, which each issue's message names: said once, last.
  const suggestion = checked.find((found) => found.suggestion !== undefined)?.suggestion as PortalSlug | PortalId | undefined;
  const problems = allOf(issues.map(issueWithoutSuggestion));

  if (issues.length && !id) {
    const message = withSuggestion(`The ${sent}${shown} breaks the slug rules, so no portal can have it${source(envelope)}: ${problems}`, suggestion);
    return { cause: "malformed_slug", message, ...base, issues, ...(suggestion && { suggestion }) };
  }

  const checks = [
    "the root key belongs to the portal's workspace (a key from another workspace gets this 404, not a 401, because the lookup is scoped to the workspace)",
    // Stryker disable next-line OptionalChaining: equivalent, `field` is the one a 404's name stands for, a field of the API
    ...(API.field(field)?.kind === "portal"
      ? ["the root key holds portal.*.create_portal_session or portal.<portal_id>.create_portal_session (without it the answer is this 404, not a 403)"]
      : []),
    "the portal has been provisioned: during the Customer Portal's early access the Unkey team creates portal configurations on request",
  ];
  const lead = unknown
    ? `${issueWithoutSuggestion(unknown)}; should it be your portal all the same, check that `
    : portals?.size && typeof value === "string" && portals.has(value)
      ? `it is one of the portals declared, so its spelling is not the cause: check that `
      : sent === undefined
        ? requestBody === undefined
          ? "the body sent was not given (pass it as the second argument), so its slug could not be checked: check that it is spelled as configured, then that "
          : requestBody === UNREADABLE
            ? "reading the body given threw (a getter or a proxy trap), so its slug could not be checked: check that it is spelled as configured, then that "
            : body === NOT_JSON
              ? "the body given is text that is not JSON, so its slug could not be checked: check that it is spelled as configured, then that "
              : "the body sent names no slug or portal to check: check that the one sent is spelled as configured, then that "
        : id && issues.length
          ? `the portal ID is malformed itself (${problems}): check where it was copied from, then that `
          : id
            ? "it is a portal ID, so check that it is your portal's, then that "
            : "the slug is well-formed, so check that it is the one configured for your portal (slugs match exactly), then that ";
  // One sentence, as every message: what Unkey said, then what to check, then what to write.
  const message = withSuggestion(`Unkey found no portal${shown} for this root key${source(envelope)}: ${lead}${checks.join("; that ")}`, suggestion);
  const found = unknown ? [unknown] : issues;
  return { cause: "unknown_portal", message, ...base, ...(found.length && { issues: found }), ...(suggestion && { suggestion }) };
}

function explain(errorBody: unknown, requestBody: unknown, portals: PortalList | undefined): PortalErrorExplanation {
  const envelope = readEnvelope(errorBody);
  if (typeof envelope === "string") {
    return (
      explainThrown(errorBody, envelope) ?? {
        cause: "unrecognized",
        message: `Not an Unkey error envelope ({ meta: { requestId }, error: { title, detail, status, type } }): got ${envelope}`,
      }
    );
  }
  // Stryker disable next-line ConditionalExpression: equivalent where the test is made false: NOT_FOUND has no entry for `undefined`
  const field = envelope.name === undefined ? undefined : NOT_FOUND.get(envelope.name);
  if (field) return explainNotFound(envelope, field, requestBody, portals);

  // The server's own words are quoted: they are its sentences, full stops and all.
  const said = [envelope.title, envelope.detail]
    .filter(Boolean)
    .map((part) => clip(part as string))
    .join(": ");
  const listed = envelope.errors.join("; ") + (envelope.unlisted ? `; and ${envelope.unlisted} more` : "");
  let message = `Unkey answered with an error${source(envelope)}${said ? `: "${said}"` : ""}${listed ? `; ${listed}` : ""}`;
  // A 400 after a legacy permission, say, is clearer from our side: the body's own errors come along.
  const body = decode(requestBody);
  const unread = requestBody === undefined || requestBody === UNREADABLE || body === NOT_JSON;
  const errors = unread ? [] : checkCreateSessionRequest(body).issues.filter((found) => found.severity === "error");
  if (errors.length)
    message += `; the request body breaks ${errors.length === 1 ? "a rule" : `${errors.length} rules`}, first: ${(errors[0] as CreateSessionIssue).message}`;
  else if (body === NOT_JSON) message += "; the body given is text that is not JSON, so it was not checked";
  return { cause: "other", message, ...(envelope.requestId && { requestId: envelope.requestId }), ...(errors.length && { issues: errors }) };
}

/**
 * Explains an Unkey error answer to `POST /v2/portal.createSession`. `errorBody` may be the
 * parsed JSON, the response text, an `@unkey/api` error (its `meta` and `error`, or its `body`
 * text) or anything else; `requestBody`, the body sent (object or JSON text), lets a 404 be
 * told apart: a malformed slug, or a well-formed one (or an ID) that the root key's workspace
 * does not have. The 404 is recognised by the last segment of `error.type`, or by the code
 * `err:unkey:data:portal_config_not_found` / `err:unkey:data:portal_not_found`. Given the
 * workspace's `portals` (the declared slugs and IDs, or a list built from them with
 * `createPortalList`), a 404 for a well-formed value none of them is names the closest one as
 * `suggestion`. Never throws.
 *
 * @example
 * // The text, not response.json(): a gateway's HTML page must not throw before it is explained.
 * explainPortalError(await response.text(), body);
 * // { cause: "malformed_slug", requestId: "req_…", suggestion: "my-portal", issues: [{ path: ["slug"], code: "uppercase", … }],
 * //   message: 'The slug "My-Portal" breaks the slug rules, so no portal can have it (404 portal_config_not_found, request req_…): …' }
 */
export function explainPortalError(errorBody: unknown, requestBody?: unknown, options?: KnownPortalsOptions): PortalErrorExplanation {
  const portals = portalListOf(options);
  try {
    return explain(errorBody, requestBody, portals);
  } catch {
    // Only a throwing getter or proxy trap gets here; what it threw may throw again when read.
  }
  try {
    // The error read alone: if that answers, what threw was the request body's, and it is said so.
    return explain(errorBody, UNREADABLE, portals);
  } catch {
    return { cause: "unrecognized", message: "Reading the error threw (a getter or a proxy trap), so it cannot be explained" };
  }
}
