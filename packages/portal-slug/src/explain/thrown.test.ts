import { describe, expect, it } from "vitest";
import { explainPortalError } from "./index.js";

/** What Node's fetch throws for a refused connection: a TypeError whose cause is the system error. */
const refused = () =>
  Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }) });

/** The SDK's wrappers, as `@unkey/api` names them: the real classes are tried in test/unkey-sdk.test.ts. */
class ConnectionError extends Error {
  override name = "ConnectionError";
}
class APIError extends Error {
  override name = "APIError";
  constructor(
    readonly statusCode: number,
    readonly body: string,
  ) {
    super(`API error occurred: Status ${statusCode}`);
  }
}

describe("explainPortalError on what a catch hands over", () => {
  it("says a refused connection never reached Unkey, with the code, from fetch or from the SDK", () => {
    const expected = {
      cause: "unrecognized",
      message:
        "The request never reached Unkey (ECONNREFUSED): no answer came back, so no portal was looked up; check the network, the server URL and that the host answers, then send it again",
    };
    expect(explainPortalError(refused())).toEqual(expected);
    expect(explainPortalError(new ConnectionError("Unable to make request", { cause: refused() }))).toEqual(expected);
    expect(explainPortalError(new ConnectionError("Unable to make request")).message).toMatch(/^The request never reached Unkey: no answer came back/);
  });

  it("names the status of a Response object, and asks for its text", () => {
    const response = new Response("<html>", { status: 502, statusText: "Bad Gateway" });
    expect(explainPortalError(response)).toEqual({
      cause: "unrecognized",
      message: "A Response object (HTTP 502 Bad Gateway), not its body: pass await response.text() to have the body explained",
    });
  });

  it("names the status of the SDK's error for an answer without an envelope", () => {
    expect(explainPortalError(new APIError(502, "<html>502 Bad Gateway</html>"))).toEqual({
      cause: "unrecognized",
      message:
        'Unkey\'s SDK got HTTP 502 without an Unkey error envelope: got text that is not JSON, "<html>502 Bad Gateway</html>" (a proxy or gateway page, perhaps: the request may not have reached Unkey)',
    });
  });

  it("still reads an SDK error whose body is an envelope as the envelope", () => {
    const body = JSON.stringify({ meta: { requestId: "req_1" }, error: { status: 404, type: "https://unkey.com/docs/errors/unkey/data/portal_not_found" } });
    expect(explainPortalError(new APIError(404, body), { portal: "My-Portal" })).toMatchObject({ cause: "malformed_slug", requestId: "req_1" });
  });

  it("reads the guard's refusal, thrown alone or as the SDK wrapper's cause", () => {
    const refusal = Object.assign(new Error("Not sent to portal.createSession: the body breaks a rule: portal: x"), {
      name: "PortalSessionError",
      suggestion: "billing-portal",
      issues: [{ path: ["portal"], code: "unknown_portal", severity: "error", message: "…", suggestion: "billing-portal" }],
    });
    const expected = { cause: "unknown_portal", message: refusal.message, issues: refusal.issues, suggestion: "billing-portal" };
    expect(explainPortalError(refusal)).toEqual(expected);
    expect(explainPortalError(new Error("Unexpected HTTP client error", { cause: refusal }))).toEqual(expected);
  });

  it("takes an object with a code for no connection error unless it was thrown", () => {
    expect(explainPortalError({ code: "ECONNREFUSED" }).message).toMatch(/^Not an Unkey error envelope/);
  });
});
