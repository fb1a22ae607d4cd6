/**
 * What a `catch` hands the explainer that is no Unkey error envelope, read for what it does say:
 * the guard's own refusal (`portal-slug/unkey`), a request that never reached Unkey (the SDK's
 * `ConnectionError`, `fetch`'s `TypeError` with a system error code as its cause), a `Response`
 * object, or the SDK's error for a status that came without an envelope (a gateway's 502).
 *
 * @internal The explainer's; not exported by the package.
 */
import { QUOTED_VALUE } from "../contract.js";
import type { CreateSessionIssue } from "../request/types.js";
import { shorten } from "../text.js";
import { readEnvelope } from "./envelope.js";
import type { PortalErrorExplanation } from "./explanation.js";

/** How far down a chain of `cause`s the explainer looks: wrappers wrap once or twice, not forever. */
const CAUSE_DEPTH = 4;

/** Most characters of a refusal's own message that an explanation repeats. */
const REFUSAL_LENGTH = 2_000;

/** An object's field, or `undefined` for anything that is no object. */
const field = (value: unknown, name: string): unknown => (typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined);

/** `error` and the causes under it, nearest first. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  // Stryker disable next-line ConditionalExpression: equivalent, a value that is no object (null among them) put in the chain is read as nothing: its readers go through `field` or `instanceof`
  for (let at: unknown = error; chain.length < CAUSE_DEPTH && typeof at === "object" && at !== null; at = field(at, "cause")) chain.push(at);
  return chain;
}

/** The guard's refusal, thrown by itself or as the cause of the SDK's wrapper. */
/**
 * The guard's own words as they are: printable ASCII, values already escaped, and "…" where a value
 * was cut, which escaping again would show as `\u{2026}`. Any other text is escaped and cut.
 */
// Stryker disable next-line EqualityOperator: equivalent, a text of exactly REFUSAL_LENGTH printable characters is what shorten answers for it too
const refusalText = (said: string): string => (said.length <= REFUSAL_LENGTH && /^[\x20-\x7E…]*$/.test(said) ? said : shorten(said, REFUSAL_LENGTH));

function refusal(chain: readonly unknown[]): PortalErrorExplanation | undefined {
  const refused = chain.find((one) => field(one, "name") === "PortalSessionError" && Array.isArray(field(one, "issues")));
  if (!refused) return undefined;
  const issues = (field(refused, "issues") as unknown[]).filter(
    (one): one is CreateSessionIssue =>
      typeof field(one, "code") === "string" && typeof field(one, "message") === "string" && Array.isArray(field(one, "path")),
  );
  const portal = issues.filter((one) => one.severity === "error" && (one.path[0] === "slug" || one.path[0] === "portal"));
  const cause = portal.some((one) => one.code === "unknown_portal") ? "unknown_portal" : portal.length ? "malformed_slug" : "other";
  const said = field(refused, "message");
  const suggestion = field(refused, "suggestion");
  return {
    cause,
    message: typeof said === "string" ? refusalText(said) : "Not sent to portal.createSession: the body breaks the guard's rules",
    issues,
    ...(typeof suggestion === "string" && { suggestion: suggestion as PortalErrorExplanation["suggestion"] & string }),
  };
}

/** A system error's code (`ECONNREFUSED`, `ENOTFOUND`, `UND_ERR_CONNECT_TIMEOUT`) on an error of the chain. */
const systemCode = (chain: readonly unknown[]): string | undefined =>
  chain
    .filter((one) => one instanceof Error)
    .map((one) => field(one, "code"))
    .find((code): code is string => typeof code === "string" && /^(?:E[A-Z]{2,20}|UND_ERR_[A-Z_]{1,30})$/.test(code));

/**
 * A request that never reached Unkey (the SDK's `ConnectionError`, or `fetch`'s own failure), or
 * one whose answer did not come in time (the SDK's `RequestTimeoutError`), which Unkey may have
 * received and answered too late: whether a portal was looked up is not known.
 */
function unreachable(chain: readonly unknown[]): PortalErrorExplanation | undefined {
  if (chain.some((one) => field(one, "name") === "RequestTimeoutError")) {
    return {
      cause: "unrecognized",
      message:
        "No answer came from Unkey in time (the SDK's timeoutMs): the request may have reached it, so whether a portal was looked up is not known; check the network and the timeout, then send it again",
    };
  }
  const code = systemCode(chain);
  const failed = chain.some(
    (one) => field(one, "name") === "ConnectionError" || (one instanceof TypeError && /^(fetch failed|failed to fetch)/i.test(String(field(one, "message")))),
  );
  if (!failed && !code) return undefined;
  return {
    cause: "unrecognized",
    message: `The request never reached Unkey${code ? ` (${code})` : ""}: no answer came back, so no portal was looked up; check the network, the server URL and that the host answers, then send it again`,
  };
}

/** The words of a status without an envelope, for the end of a sentence. */
const status = (code: number, text: unknown): string => `HTTP ${code}${typeof text === "string" && text ? ` ${shorten(text, QUOTED_VALUE)}` : ""}`;

/** A fetch `Response` itself, or the SDK's error for a status whose body is no envelope. */
function statusOnly(error: unknown, said: string): PortalErrorExplanation | undefined {
  const code = field(error, "status");
  if (typeof code === "number" && typeof field(error, "text") === "function" && typeof field(error, "headers") === "object") {
    return {
      cause: "unrecognized",
      message: `A Response object (${status(code, field(error, "statusText"))}), not its body: pass await response.text() to have the body explained`,
    };
  }
  const sdk = field(error, "statusCode");
  // Stryker disable next-line ConditionalExpression: equivalent, the typeof check only says it: Number.isFinite is false for every value that is no number
  if (typeof sdk !== "number" || !Number.isFinite(sdk)) return undefined;
  // The SDK keeps the answer's text: say what it is rather than that it is no envelope.
  const body = field(error, "body");
  const read = typeof body === "string" ? readEnvelope(body) : said;
  return {
    cause: "unrecognized",
    message: `Unkey's SDK got ${status(sdk, undefined)} without an Unkey error envelope: got ${typeof read === "string" ? read : said}`,
  };
}

/**
 * The explanation of something a `catch` hands over that is no envelope, or `undefined` when it is
 * none of the shapes this module knows. `said` is what the envelope reader found instead.
 */
export function explainThrown(error: unknown, said: string): PortalErrorExplanation | undefined {
  const chain = causes(error);
  return refusal(chain) ?? unreachable(chain) ?? statusOnly(error, said);
}
