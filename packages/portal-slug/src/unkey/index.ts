/**
 * `portal-slug/unkey`: the request guard put into `@unkey/api`'s own HTTP client, so that a
 * createSession body the guard finds invalid is never sent. `@unkey/api` stays an optional peer:
 * nothing here imports it; the client and its requests are described by the little of them the
 * guard uses, which the SDK's `HTTPClient` and the platform's `Request` both have.
 */
import { allOf, issueWithoutSuggestion, kindOf, withSuggestion, type PortalId, type PortalSlug } from "../contract.js";
import { portalListOf, type KnownPortalsOptions, type PortalListProblem } from "../portals/portal-list.js";
import { checkCreateSessionRequest } from "../request/guard.js";
import type { CreateSessionIssue } from "../request/types.js";
import { pathPrefix } from "../text.js";

/** As much of a fetch `Request` as the guard reads: where it goes, how, and a copy of its body. */
export interface GuardedRequest {
  readonly url: string;
  readonly method: string;
  clone(): { text(): Promise<string> };
}

/** As much of `@unkey/api`'s `HTTPClient` (`@unkey/api/lib/http.js`) as the guard needs: a way to add a hook. */
export interface PortalSessionsClient {
  addHook(hook: "beforeRequest", fn: (request: GuardedRequest) => Promise<void>): unknown;
}

/** What {@link guardPortalSessions} takes besides the client: the workspace's portals, when they are declared. */
export type GuardPortalSessionsOptions = KnownPortalsOptions;

/** The path of the one endpoint the guard reads; every other request passes untouched. */
const CREATE_SESSION = /\/v2\/portal\.createSession$/;

/**
 * Thrown from the SDK's HTTP client when a createSession body is invalid, before anything is
 * sent. The SDK wraps what a hook throws in its own `UnexpectedClientError`, whose `cause` this
 * is: read `error.cause.issues` (or pass the error to `explainPortalError`).
 */
export class PortalSessionError extends Error {
  override readonly name = "PortalSessionError";
  /** Every issue of the body, errors and warnings, as `checkCreateSessionRequest` gives them. */
  declare readonly issues: readonly CreateSessionIssue[];
  /** The portal the body probably meant: the portal field's suggestion, when it has one. */
  declare readonly suggestion?: PortalSlug | PortalId | undefined;
  /** The body that was not sent, as the SDK wrote it. */
  declare readonly body: unknown;

  /**
   * @param body The body that was not sent.
   * @param issues Its issues, as `checkCreateSessionRequest` gives them.
   */
  constructor(body: unknown, issues: readonly CreateSessionIssue[]) {
    const errors = issues.filter((found) => found.severity === "error");
    const suggestion = issues.find((found) => (found.path[0] === "slug" || found.path[0] === "portal") && found.suggestion !== undefined)?.suggestion;
    // The errors of one field together, its one suggestion last; each field's own, since they differ.
    const fields = new Map<string, CreateSessionIssue[]>();
    for (const found of errors) fields.set(pathPrefix(found.path), [...(fields.get(pathPrefix(found.path)) ?? []), found]);
    // Stryker disable next-line OptionalChaining: equivalent, a field is in the map only with an error of its own, so found[0] is always there
    const said = [...fields].map(([path, found]) => withSuggestion(path + allOf(found.map(issueWithoutSuggestion)), found[0]?.suggestion));
    super(`Not sent to portal.createSession: the body breaks ${errors.length === 1 ? "a rule" : `${errors.length} rules`}: ${allOf(said)}`);
    this.body = body;
    this.issues = issues;
    this.suggestion = suggestion as PortalSlug | PortalId | undefined;
  }
}

/**
 * Guards `@unkey/api`'s `portal.createSession` in the SDK's own HTTP client: a `beforeRequest`
 * hook reads each createSession body, and one that `checkCreateSessionRequest` finds invalid
 * (given the workspace's `portals`, a portal none of them is too) is never sent: the call rejects,
 * the SDK's error carrying a {@link PortalSessionError} with the `issues` as its `cause`. Any other
 * endpoint passes untouched. Bodies of SDK 2.5.0 (`slug`, `permissions`) and 2.5.1 (`portal`,
 * `scopes`) are both judged. Answers the client given, so that it can be written in one line.
 *
 * @throws {TypeError} When `httpClient` is no `HTTPClient`, and when `options.portals` is given
 * but yields no portal (a string, a plain object, only malformed entries), which would leave the
 * guard holding bodies to the form alone; an empty list is taken as it is.
 *
 * @example
 * import { Unkey } from "@unkey/api";
 * import { HTTPClient } from "@unkey/api/lib/http.js";
 * import { guardPortalSessions } from "portal-slug/unkey";
 *
 * const unkey = new Unkey({ rootKey, httpClient: guardPortalSessions(new HTTPClient(), { portals: ["billing-portal"] }) });
 */
export function guardPortalSessions<Client extends PortalSessionsClient>(httpClient: Client, options?: GuardPortalSessionsOptions): Client {
  // Built once, here: every request is then one look-up. Read here, where the client is set up:
  // options whose `portals` throws are a mistake in the setup, to be seen there, not a client
  // guarded with no portals.
  const portals = portalListOf({ portals: options?.portals });
  // The SDK itself is never imported, so its client is not checked by type: a missing one is said here, by name.
  if (typeof (httpClient as Partial<PortalSessionsClient> | null | undefined)?.addHook !== "function") {
    throw new TypeError(`guardPortalSessions: Expected @unkey/api's HTTPClient (new HTTPClient() from "@unkey/api/lib/http.js"), got ${kindOf(httpClient)}`);
  }
  // Portals given that yield none (a string, an object, only malformed entries) would leave the
  // guard holding bodies to the form alone, in silence: a mistake of the setup, said here.
  if (portals && portals.size === 0 && portals.problems.length) {
    const [first, ...rest] = portals.problems as [PortalListProblem, ...PortalListProblem[]];
    throw new TypeError(`guardPortalSessions: no portal could be read from options.portals: ${first.message}${rest.length ? `; and ${rest.length} more` : ""}`);
  }
  httpClient.addHook("beforeRequest", async (request) => {
    if (request.method.toUpperCase() !== "POST" || !CREATE_SESSION.test(new URL(request.url).pathname)) return;
    const text = await request.clone().text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: the guard says a string is no body, and nothing is sent.
    }
    const result = checkCreateSessionRequest(body, { portals });
    if (!result.valid) throw new PortalSessionError(body, result.issues);
  });
  return httpClient;
}
