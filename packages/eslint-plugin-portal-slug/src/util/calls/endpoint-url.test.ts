// Which URLs are certainly the createSession endpoint, on every branch.
import { describe, expect, it } from "vitest";
import { isEndpointUrl } from "./endpoint-url.js";
import { analyse } from "../../testing/analyse.js";

/** Whether the last expression of `code` is the endpoint. */
function endpoint(code: string): boolean {
  const file = analyse(code);
  const last = file.sourceCode.ast.body.at(-1);
  if (last?.type !== "ExpressionStatement") throw new Error("the code must end in an expression");
  return isEndpointUrl(file.ref(last.expression));
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
