// Which URLs are certainly the createSession endpoint, on every branch.
import { describe, expect, it } from "vitest";
import { isClientEndpointUrl, isEndpointUrl } from "./endpoint-url.js";
import { analyse } from "../../testing/analyse.js";

/** Whether the last expression of `code` is the endpoint, as `is` says. */
function endpoint(code: string, is = isEndpointUrl): boolean {
  const file = analyse(code);
  const last = file.sourceCode.ast.body.at(-1);
  if (last?.type !== "ExpressionStatement") throw new Error("the code must end in an expression");
  return is(file.ref(last.expression));
}

describe("isEndpointUrl", () => {
  it.each([
    '"https://api.unkey.com/v2/portal.createSession";',
    '"/v2/portal.createSession";',
    '"https://api.unkey.com/v2/portal.createSession?trace=1";',
    '"https://api.unkey.com/v2/portal.createSession#top";',
    "`${BASE}/v2/portal.createSession`;",
    "`${BASE}/v2/portal.createSession?trace=${id}`;",
    'const BASE = "https://api.unkey.com"; const PATH = "/v2/portal.createSession"; `${BASE}${PATH}`;',
    'BASE + "/v2/portal.createSession";',
    'BASE + "/v2/portal.createSession" + "?trace=" + id;',
    'new URL("/v2/portal.createSession", base);',
    'eu ? "https://eu.unkey.com/v2/portal.createSession" : "https://api.unkey.com/v2/portal.createSession";',
    // Behind a const, each branch put together from known parts.
    'const B = "https://api.unkey.com"; const U = eu ? B + "/v2/portal.createSession" : `${B}/v2/portal.createSession`; U;',
  ])("takes %s for the endpoint", (code) => {
    expect(endpoint(code)).toBe(true);
  });

  it.each([
    '"https://api.unkey.com/v2/keys.verifyKey";',
    '"https://evil.example/?next=/v2/portal.createSession";',
    'new URL("#/v2/portal.createSession", base);',
    "`${BASE}${path}`;",
    'ok ? "https://api.unkey.com/v2/portal.createSession" : other;',
    "url;",
    '"https://api.unkey.com/v2/portal.createSessionX";',
    'new NotURL("/v2/portal.createSession", base);',
    'const B = "https://api.unkey.com"; const U = eu ? B + "/v2/keys.verifyKey" : `${B}/v2/portal.createSession`; U;',
  ])("does not take %s for the endpoint", (code) => {
    expect(endpoint(code)).toBe(false);
  });
});

describe("isClientEndpointUrl", () => {
  it("takes the endpoint with its host or a base before it, and not a path alone, which a route or a mock writes", () => {
    expect(endpoint('"https://api.unkey.com/v2/portal.createSession";', isClientEndpointUrl)).toBe(true);
    expect(endpoint("`${BASE}/v2/portal.createSession`;", isClientEndpointUrl)).toBe(true);
    expect(endpoint('"/v2/portal.createSession";', isClientEndpointUrl)).toBe(false);
    expect(endpoint('const PATH = "/v2/portal.createSession"; PATH;', isClientEndpointUrl)).toBe(false);
    expect(endpoint('"https://api.unkey.com/v2/keys.verifyKey";', isClientEndpointUrl)).toBe(false);
  });
});
