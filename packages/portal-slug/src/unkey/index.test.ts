/**
 * The guard in a client's `beforeRequest` hook, in-process: which requests it reads, what it
 * refuses, and the refusal's words. The real `@unkey/api` client around it, over HTTP, is in the
 * root's test/unkey-sdk.test.ts.
 */
import { describe, expect, it } from "vitest";
import { checkCreateSessionRequest } from "../request/guard.js";
import { PortalSessionError, guardPortalSessions, type GuardedRequest } from "./index.js";

/** A client as the SDK's `HTTPClient` is to the guard: something a `beforeRequest` hook is added to. */
function client() {
  const hooks: { name: string; fn: (request: GuardedRequest) => Promise<void> }[] = [];
  return {
    hooks,
    addHook(name: "beforeRequest", fn: (request: GuardedRequest) => Promise<void>) {
      hooks.push({ name, fn });
    },
  };
}

const URL_OF = "https://api.unkey.com/v2/portal.createSession";
const good = { portal: "billing-portal", externalId: "user_1", scopes: ["keys:read"] };

/** What the hook does with a request: `undefined` when it lets it through, the error it throws otherwise. */
async function hook(request: Request, portals?: readonly string[]): Promise<unknown> {
  const guarded = client();
  guardPortalSessions(guarded, portals ? { portals } : undefined);
  const [{ fn }] = guarded.hooks as [(typeof guarded.hooks)[number]];
  return fn(request).then(
    () => undefined,
    (error: unknown) => error,
  );
}

const post = (body: unknown, url = URL_OF, method = "POST") => new Request(url, { method, body: typeof body === "string" ? body : JSON.stringify(body) });

describe("guardPortalSessions", () => {
  it("says options whose portals throw where the client is set up, not later", () => {
    const options = Object.defineProperty({}, "portals", {
      get() {
        throw new Error("no portals file");
      },
    });
    expect(() => guardPortalSessions({ addHook: () => undefined }, options)).toThrow("no portals file");
  });

  it("says a client that is none where it is set up, naming the one it takes", () => {
    for (const [given, kind] of [
      [undefined, "undefined"],
      [null, "null"],
      [{}, "an object"],
    ] as const) {
      expect(() => guardPortalSessions(given as never)).toThrow(
        new TypeError(`guardPortalSessions: Expected @unkey/api's HTTPClient (new HTTPClient() from "@unkey/api/lib/http.js"), got ${kind}`),
      );
    }
  });

  it("says portals given that yield no portal where the client is set up, since the guard would hold bodies to the form alone", () => {
    const setUp = (portals: unknown) => () => guardPortalSessions(client(), { portals } as never);
    expect(setUp("billing-portal")).toThrow(
      new TypeError(
        "guardPortalSessions: no portal could be read from options.portals: Expected the portals as an array of slugs and portal IDs, got a string",
      ),
    );
    expect(setUp({ billing: "billing-portal" })).toThrow(
      /^guardPortalSessions: no portal could be read from options\.portals: Expected the portals as an array of slugs and portal IDs, got an object$/,
    );
    expect(setUp(["Billing_Portal", 42])).toThrow(
      /^guardPortalSessions: no portal could be read from options\.portals: portals\[0\]: "Billing_Portal" is no portal slug or ID, .*; and 1 more$/,
    );
    // An empty list, one with a portal beside a mistake, and no portals at all are taken.
    for (const portals of [[], ["billing-portal", "Not_A_Portal"], undefined]) expect(setUp(portals)).not.toThrow();
  });

  it("adds one beforeRequest hook to the client and answers the client itself", () => {
    const guarded = client();
    expect(guardPortalSessions(guarded)).toBe(guarded);
    expect(guarded.hooks.map(({ name }) => name)).toEqual(["beforeRequest"]);
  });

  it("lets a good createSession body through, of either generation", async () => {
    expect(await hook(post(good))).toBeUndefined();
    expect(await hook(post({ slug: "billing-portal", externalId: "user_1", permissions: ["keys:read"] }))).toBeUndefined();
  });

  it("refuses a bad body with its issues, the portal's suggestion and the body", async () => {
    const body = { ...good, portal: "Billing_Portal" };
    const error = (await hook(post(body))) as PortalSessionError;
    expect(error).toBeInstanceOf(PortalSessionError);
    expect(error.name).toBe("PortalSessionError");
    expect(error.issues).toEqual(checkCreateSessionRequest(body).issues);
    expect(error.suggestion).toBe("billing-portal");
    expect(error.body).toEqual(body);
  });

  it("reads the method in any case, and the path under any base URL, with a query", async () => {
    const bad = { ...good, portal: "My-Portal" };
    expect(await hook(post(bad, URL_OF, "post"))).toBeInstanceOf(PortalSessionError);
    expect(await hook(post(bad, "http://127.0.0.1:8080/proxy/v2/portal.createSession?trace=1"))).toBeInstanceOf(PortalSessionError);
  });

  it.each([
    ["another endpoint", post({ portal: "My-Portal" }, "https://api.unkey.com/v2/keys.createKey")],
    ["a longer path", post({ portal: "My-Portal" }, `${URL_OF}/x`)],
    ["a longer name", post({ portal: "My-Portal" }, `${URL_OF}s`)],
    ["another version", post({ portal: "My-Portal" }, "https://api.unkey.com/v1/portal.createSession")],
    ["a GET", new Request(URL_OF)],
  ])("passes %s untouched", async (_, request) => {
    expect(await hook(request)).toBeUndefined();
  });

  it("refuses a body that is no JSON, as the guard refuses a string", async () => {
    const error = (await hook(post("portal=billing-portal"))) as PortalSessionError;
    expect(error.issues.map(({ code }) => code)).toEqual(["not_an_object"]);
    expect(error.body).toBe("portal=billing-portal");
  });

  it("holds the portal to the declared ones", async () => {
    const error = (await hook(post({ ...good, portal: "biling-portal" }), ["billing-portal", "dev-docs"])) as PortalSessionError;
    expect(error.issues.map(({ code }) => code)).toEqual(["unknown_portal"]);
    expect(error.suggestion).toBe("billing-portal");
    expect(await hook(post(good), ["billing-portal"])).toBeUndefined();
  });
});

describe("PortalSessionError", () => {
  it("says each field's errors together with its suggestion last, and counts the rules", () => {
    const body = { portal: "My_Portal", externalId: "", scopes: ["keys.read", "keys:read", "keys:read"] };
    const { issues } = checkCreateSessionRequest(body);
    const error = new PortalSessionError(body, issues);
    expect(error.message).toBe(
      'Not sent to portal.createSession: the body breaks 4 rules: portal: "M" at index 0 (and 1 more) is uppercase: slugs are lowercase; also "_" at index 2 is an underscore: join words with "-"; write "my-portal"; also externalId: "" is empty: an externalId has 1 to 256 characters; also scopes[0]: "keys.read" is not a scope: use keys:read, keys:create, keys:reroll or analytics:read; write "keys:read"',
    );
    // The duplicate scope is a warning: it refuses nothing and is not said, but it is kept.
    expect(error.issues).toBe(issues);
    expect(error.suggestion).toBe("my-portal");
  });

  it("says one rule in the singular, and takes the suggestion of the older slug too", () => {
    const body = { slug: "my--portal", externalId: "u", permissions: ["keys:read"] };
    const error = new PortalSessionError(body, checkCreateSessionRequest(body).issues);
    expect(error.message).toBe(
      'Not sent to portal.createSession: the body breaks a rule: slug: "--" at index 2 is a double hyphen: keep one "-"; write "my-portal"',
    );
    expect(error.suggestion).toBe("my-portal");
  });

  it("takes the suggestion of whichever portal field has one, in a body that sends both", () => {
    const body = { slug: 42, portal: "My-Portal", externalId: "u", scopes: ["keys:read"] };
    const error = new PortalSessionError(body, checkCreateSessionRequest(body).issues);
    expect(error.suggestion).toBe("my-portal");
  });

  it("takes no suggestion from a field other than the portal's", () => {
    const body = { portal: "billing-portal", externalId: "u", scopes: ["keys.read"] };
    const error = new PortalSessionError(body, checkCreateSessionRequest(body).issues);
    expect(error.message).toMatch(/^Not sent to portal\.createSession: the body breaks a rule: scopes\[0\]: .*; write "keys:read"$/);
    expect(error).toHaveProperty("suggestion", undefined);
  });
});
