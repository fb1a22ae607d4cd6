// The real `@unkey/api` SDK (2.5.1, and 2.5.0 with its older body) guarded in one line by
// `portal-slug/unkey`, against a loopback HTTP server standing in for Unkey's API: what the
// guard refuses never reaches the server, and what it lets through arrives once, unchanged.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Unkey } from "@unkey/api";
import { HTTPClient } from "@unkey/api/lib/http.js";
import { checkCreateSessionRequest, explainPortalError } from "portal-slug";
import { PortalSessionError, guardPortalSessions } from "portal-slug/unkey";
import { Unkey as Unkey250 } from "unkey-api-250";
import { HTTPClient as HTTPClient250 } from "unkey-api-250/lib/http.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

/** Every request the stand-in server received: its path and its body, parsed. */
const received: { path: string; body: unknown }[] = [];
let server: Server;
let serverURL: string;

const read = async (request: IncomingMessage): Promise<string> => {
  let text = "";
  for await (const chunk of request) text += chunk;
  return text;
};

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const text = await read(request);
    received.push({ path: request.url ?? "", body: text ? JSON.parse(text) : undefined });
    response.setHeader("content-type", "application/json");
    // Both generations' answers at once: each SDK reads the fields its schema knows.
    if (request.url === "/v2/portal.createSession") {
      response.end(JSON.stringify({ meta: { requestId: "req_1" }, data: { id: "ps_1", sessionId: "ps_1", url: "https://portal.example/s/1" } }));
    } else {
      response.statusCode = 404;
      response.end(
        JSON.stringify({
          meta: { requestId: "req_2" },
          error: { title: "Not Found", detail: "No such API.", status: 404, type: "https://unkey.com/docs/errors/unkey/data/api_not_found" },
        }),
      );
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  serverURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  received.length = 0;
});

const PORTALS = ["billing-portal", "dev-docs", "pc_3Kd9xQ2"];
const newer = { portal: "billing-portal", externalId: "user_1", scopes: ["keys:read" as const] };
const older = { slug: "billing-portal", externalId: "user_1", permissions: ["keys:read" as const] };

/** What the SDK rejects with when the guard refused the body: its own error, the guard's as the cause. */
async function refusal(call: Promise<unknown>): Promise<PortalSessionError> {
  const error = (await call.then(
    () => undefined,
    (rejected: unknown) => rejected,
  )) as { cause?: unknown } | undefined;
  expect(error, "the call should reject").toBeInstanceOf(Error);
  expect(error?.cause).toBeInstanceOf(PortalSessionError);
  return error?.cause as PortalSessionError;
}

describe("guardPortalSessions on @unkey/api 2.5.1", () => {
  const unkey = () => new Unkey({ rootKey: "unkey_test", serverURL, httpClient: guardPortalSessions(new HTTPClient(), { portals: PORTALS }) });

  it("sends a good body exactly once, as the SDK wrote it", async () => {
    const answer = await unkey().portal.createSession(newer);
    expect(answer.result.data.url).toBe("https://portal.example/s/1");
    // The SDK writes its default preview: false itself.
    expect(received).toEqual([{ path: "/v2/portal.createSession", body: { ...newer, preview: false } }]);
  });

  it("sends the body checkCreateSessionRequest answers as it is: its type is the SDK's parameter's", async () => {
    const checked = checkCreateSessionRequest({ portal: "billing-portal", externalId: "user_1", scopes: ["keys:read"], returnUrl: "https://example.com" });
    if (!checked.valid || checked.generation !== "newer") throw new Error("a valid body of the newer generation");
    // The typecheck compiles this line: a list typed readonly was no SDK body (a new user's probe).
    await unkey().portal.createSession(checked.value);
    expect(received.map(({ body }) => body)).toEqual([{ ...checked.value, preview: false }]);
  });

  it("sends nothing for a malformed portal, rejecting with its issues and the suggestion", async () => {
    const error = await refusal(unkey().portal.createSession({ ...newer, portal: "Billing_Portal" }));
    expect(received).toEqual([]);
    expect(error.issues.map((found) => [found.path, found.code])).toEqual([
      [["portal"], "uppercase"],
      [["portal"], "underscore"],
    ]);
    expect(error.suggestion).toBe("billing-portal");
    expect(error.message).toBe(
      'Not sent to portal.createSession: the body breaks 2 rules: portal: "B" at index 0 (and 1 more) is uppercase: slugs are lowercase; also "_" at index 7 is an underscore: join words with "-"; write "billing-portal"',
    );
  });

  it("sends nothing for a well-formed portal none of the declared ones is", async () => {
    const error = await refusal(unkey().portal.createSession({ ...newer, portal: "biling-portal" }));
    expect(received).toEqual([]);
    expect(error.issues).toEqual([expect.objectContaining({ path: ["portal"], code: "unknown_portal", suggestion: "billing-portal" })]);
  });

  it("judges the form alone without portals: a typo then goes out, as the server would get it", async () => {
    const client = new Unkey({ rootKey: "unkey_test", serverURL, httpClient: guardPortalSessions(new HTTPClient()) });
    await client.portal.createSession({ ...newer, portal: "biling-portal" });
    expect(received).toHaveLength(1);
    await refusal(client.portal.createSession({ ...newer, portal: "-portal" }));
    expect(received).toHaveLength(1);
  });

  it("leaves every other endpoint untouched", async () => {
    const client = unkey();
    await expect(client.apis.getApi({ apiId: "Not A Portal_Slug" })).rejects.toThrow();
    expect(received).toEqual([{ path: "/v2/apis.getApi", body: { apiId: "Not A Portal_Slug" } }]);
  });

  it("is explained by explainPortalError as the body's own problem", async () => {
    const rejected = await unkey()
      .portal.createSession({ ...newer, portal: "biling-portal" })
      .catch((error: unknown) => error);
    const explained = explainPortalError(rejected, { ...newer, portal: "biling-portal" }, { portals: PORTALS });
    expect(explained).toMatchObject({ cause: "unknown_portal", suggestion: "billing-portal" });
    expect(explained.message).toMatch(/^Not sent to portal\.createSession/);
  });
});

describe("guardPortalSessions on @unkey/api 2.5.0, whose body is the older one", () => {
  const unkey = () => new Unkey250({ rootKey: "unkey_test", serverURL, httpClient: guardPortalSessions(new HTTPClient250(), { portals: PORTALS }) });

  it("sends a good older body exactly once", async () => {
    const answer = await unkey().portal.createSession(older);
    expect(answer.result.data.url).toBe("https://portal.example/s/1");
    expect(received).toEqual([{ path: "/v2/portal.createSession", body: { ...older, preview: false } }]);
  });

  it("sends nothing for a malformed or unknown slug", async () => {
    const malformed = await refusal(unkey().portal.createSession({ ...older, slug: "my--portal" }));
    // The slug's form, "my-portal", is none of the declared portals either.
    expect(malformed.issues.map((found) => [found.path, found.code])).toEqual([
      [["slug"], "consecutive_hyphens"],
      [["slug"], "unknown_portal"],
    ]);
    const unknown = await refusal(unkey().portal.createSession({ ...older, slug: "devdocs" }));
    expect(unknown.issues).toEqual([expect.objectContaining({ path: ["slug"], code: "unknown_portal", suggestion: "dev-docs" })]);
    expect(received).toEqual([]);
  });
});
