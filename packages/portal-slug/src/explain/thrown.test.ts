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

  it("says a browser's failed fetch never reached Unkey, without a code it was not given, and a timeout that it may have", () => {
    const never =
      "The request never reached Unkey: no answer came back, so no portal was looked up; check the network, the server URL and that the host answers, then send it again";
    class RequestTimeoutError extends Error {
      override name = "RequestTimeoutError";
    }
    // The server may have taken the request and answered too late.
    expect(explainPortalError(new RequestTimeoutError("Request timed out"))).toEqual({
      cause: "unrecognized",
      message:
        "No answer came from Unkey in time (the SDK's timeoutMs): the request may have reached it, so whether a portal was looked up is not known; check the network and the timeout, then send it again",
    });
    // A browser's fetch words it otherwise, capitals and all.
    expect(explainPortalError(new TypeError("Failed to fetch"))).toEqual({ cause: "unrecognized", message: never });
  });

  it("names the system error a bare Node error carries, with no fetch around it", () => {
    const reset = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    expect(explainPortalError(reset).message).toMatch(/^The request never reached Unkey \(ECONNRESET\): /);
    const timedOut = Object.assign(new Error("Connect Timeout Error"), { code: "UND_ERR_CONNECT_TIMEOUT" });
    expect(explainPortalError(new TypeError("fetch failed", { cause: timedOut })).message).toMatch(
      /^The request never reached Unkey \(UND_ERR_CONNECT_TIMEOUT\): /,
    );
  });

  it.each([
    ["a TypeError of another kind", new TypeError("response.json is not a function")],
    ["an Error that says fetch failed but is no TypeError", new Error("fetch failed")],
    ["a TypeError that says so only after other words", new TypeError("retry: fetch failed")],
    ["an error code of Node's form in lowercase", Object.assign(new Error("x"), { code: "econnreset" })],
    ["an error code with more before it", Object.assign(new Error("x"), { code: "ERR_ECONNRESET" })],
    ["an error code with more after it", Object.assign(new Error("x"), { code: "ECONNRESET1" })],
    ["an E and one letter", Object.assign(new Error("x"), { code: "EX" })],
    ["an E and 21 letters", Object.assign(new Error("x"), { code: `E${"A".repeat(21)}` })],
    ["undici's prefix alone", Object.assign(new Error("x"), { code: "UND_ERR_" })],
    ["a code that is no string", Object.assign(new Error("x"), { code: Symbol("ECONNRESET") })],
  ])("takes %s for no failed connection", (_, error) => {
    expect(explainPortalError(error)).toEqual({
      cause: "unrecognized",
      message: 'Not an Unkey error envelope ({ meta: { requestId }, error: { title, detail, status, type } }): got an object without an "error" object',
    });
  });

  it.each([
    ["EIO", "the shortest"],
    [`E${"A".repeat(20)}`, "the longest"],
    [`UND_ERR_${"X".repeat(30)}`, "undici's longest"],
  ])("names the code %s, %s of its form", (code) => {
    const error = Object.assign(new Error("x"), { code });
    expect(explainPortalError(error).message).toMatch(new RegExp(`^The request never reached Unkey \\(${code}\\): `));
  });

  it("looks four errors down a chain of causes, and no further", () => {
    const reset = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    const wrapped = (depth: number): unknown => (depth ? new Error(`wrapper ${depth}`, { cause: wrapped(depth - 1) }) : reset);
    expect(explainPortalError(wrapped(3)).message).toMatch(/^The request never reached Unkey \(ECONNRESET\): /);
    expect(explainPortalError(wrapped(4)).message).toMatch(/^Not an Unkey error envelope /);
  });

  it("ends a chain of causes at anything that is no object", () => {
    for (const cause of [null, undefined, "fetch failed", 42]) {
      expect(explainPortalError(new Error("Unexpected HTTP client error", { cause })).message).toMatch(/^Not an Unkey error envelope /);
    }
  });
});

describe("explainPortalError on the guard's refusal", () => {
  /** A refusal as `portal-slug/unkey` throws it, with `issues` as given. */
  const refusal = (issues: unknown, extra: object = {}) =>
    Object.assign(new Error("Not sent to portal.createSession: the body breaks a rule"), { name: "PortalSessionError", issues }, extra);
  const error = (path: (string | number)[], code: string, severity = "error") => ({ path, code, severity, message: `${code} at ${path.join(".")}` });

  it("blames the slug or portal when an error of the portal field refused the body", () => {
    expect(explainPortalError(refusal([error(["slug"], "uppercase")])).cause).toBe("malformed_slug");
    expect(explainPortalError(refusal([error(["scopes", 0], "unknown_scope"), error(["portal"], "leading_hyphen")])).cause).toBe("malformed_slug");
  });

  it("says another rule refused it when no error is the portal field's", () => {
    expect(explainPortalError(refusal([error(["scopes", 0], "unknown_scope")])).cause).toBe("other");
    // A warning refuses nothing, even on the portal field.
    expect(explainPortalError(refusal([error(["portal"], "uppercase", "warning"), error(["externalId"], "too_long")])).cause).toBe("other");
  });

  it("keeps only the issues that have a code, a message and a path", () => {
    const kept = error(["portal"], "uppercase");
    const issues = [{ ...kept, code: 1 }, { ...kept, message: undefined }, { ...kept, path: "portal" }, null, kept];
    expect(explainPortalError(refusal(issues))).toEqual({
      cause: "malformed_slug",
      message: "Not sent to portal.createSession: the body breaks a rule",
      issues: [kept],
    });
  });

  it("is not a refusal without its name, or without a list of issues", () => {
    const notEnvelope = /^Not an Unkey error envelope /;
    expect(explainPortalError(Object.assign(new Error("x"), { issues: [error(["portal"], "uppercase")] })).message).toMatch(notEnvelope);
    expect(explainPortalError(refusal({ 0: error(["portal"], "uppercase"), length: 1 })).message).toMatch(notEnvelope);
  });

  it("words a refusal without a message of its own, and cuts a long one at 2,000 characters", () => {
    const bare = { name: "PortalSessionError", issues: [error(["portal"], "uppercase")] };
    expect(explainPortalError(bare).message).toBe("Not sent to portal.createSession: the body breaks the guard's rules");
    const long = refusal([], { message: `Not sent: ${"x".repeat(3_000)}` });
    expect(explainPortalError(long).message).toBe(`Not sent: ${"x".repeat(1_990)}…`);
  });

  it("keeps the guard's own cut values as they are, and escapes any other text", () => {
    const cut = 'Not sent to portal.createSession: the body breaks a rule: externalId: "xxxx…" is too long: 300 characters, at most 256';
    expect(explainPortalError(refusal([], { message: cut })).message).toBe(cut);
    expect(explainPortalError(refusal([], { message: "Not sent: é…" })).message).toBe("Not sent: \\u{e9}\\u{2026}");
  });

  it("carries the suggestion only when it is text", () => {
    expect(explainPortalError(refusal([error(["portal"], "uppercase")], { suggestion: 7 }))).not.toHaveProperty("suggestion");
    expect(explainPortalError(refusal([error(["portal"], "uppercase")], { suggestion: "my-portal" }))).toHaveProperty("suggestion", "my-portal");
  });
});

describe("explainPortalError on a status without an envelope", () => {
  const notEnvelope = (got: string) => `Not an Unkey error envelope ({ meta: { requestId }, error: { title, detail, status, type } }): got ${got}`;

  it("names a Response's status alone when its status text is empty, and cuts a long one", () => {
    expect(explainPortalError(new Response("", { status: 503 })).message).toBe(
      "A Response object (HTTP 503), not its body: pass await response.text() to have the body explained",
    );
    expect(explainPortalError(new Response("", { status: 503, statusText: "S".repeat(50) })).message).toBe(
      `A Response object (HTTP 503 ${"S".repeat(40)}…), not its body: pass await response.text() to have the body explained`,
    );
  });

  it("shows a look-alike Response's status text only when it is text", () => {
    expect(explainPortalError({ status: 404, statusText: 404, text: (): string => "", headers: {} }).message).toBe(
      "A Response object (HTTP 404), not its body: pass await response.text() to have the body explained",
    );
  });

  it.each([
    ["a status that is no number", { status: "502", text: (): string => "", headers: {} }],
    ["no text() to call", { status: 502, text: "", headers: {} }],
    ["no headers", { status: 502, text: (): string => "", headers: "" }],
  ])("takes an object with %s for no Response", (_, value) => {
    expect(explainPortalError(value)).toEqual({ cause: "unrecognized", message: notEnvelope('an object without an "error" object') });
  });

  it.each([
    ["text", "502"],
    ["not a number", Number.NaN],
    ["endless", Infinity],
  ])("takes an SDK error whose status code is %s for none", (_, statusCode) => {
    expect(explainPortalError({ statusCode, body: "<html>" }).message).toBe(notEnvelope('an object whose "body" is no envelope'));
  });

  it("says what the SDK's error itself is when it has no body text, or when its error field hides the body's envelope", () => {
    expect(explainPortalError({ statusCode: 503 }).message).toBe(
      'Unkey\'s SDK got HTTP 503 without an Unkey error envelope: got an object without an "error" object',
    );
    const hidden = { statusCode: 502, error: {}, body: JSON.stringify({ error: { title: "Bad Gateway" } }) };
    expect(explainPortalError(hidden).message).toBe(
      'Unkey\'s SDK got HTTP 502 without an Unkey error envelope: got an "error" object without type, title, detail or status',
    );
  });
});
