import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainPortalError, type PortalErrorExplanation } from "./index.js";

const SLUG = /^(?=.{3,64}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WHOLE_BODY = ["not_an_object", "unreadable", "mixed_generations"];
const CAUSES = ["malformed_slug", "unknown_portal", "other", "unrecognized"];

/** The docs page's example answer, word for word. */
const configNotFound = {
  meta: { requestId: "req_2c9a0jf23l4k567" },
  error: {
    detail: "Portal configuration not found.",
    status: 404,
    title: "Not Found",
    type: "https://unkey.com/docs/errors/unkey/data/portal_config_not_found",
  },
};
/** The newer server's 404, in the same envelope. */
const portalNotFound = {
  meta: { requestId: "req_7f3k2m" },
  error: { detail: "Portal not found.", status: 404, title: "Not Found", type: "https://unkey.com/docs/errors/unkey/data/portal_not_found" },
};
const badRequest = {
  meta: { requestId: "req_400" },
  error: {
    title: "Bad Request",
    detail: "POST request body for '/v2/portal.createSession' failed to validate schema",
    status: 400,
    type: "https://unkey.com/docs/errors/unkey/application/invalid_input",
    errors: [{ location: "body.permissions[0]", message: "value must be one of the allowed values", fix: "Use keys:read" }],
  },
};

/** What holds for every explanation, whatever it was given. */
function expectWellFormed(explanation: PortalErrorExplanation): void {
  expect(CAUSES).toContain(explanation.cause);
  expect(explanation.message.trim().length).toBeGreaterThan(0);
  for (const found of explanation.issues ?? []) {
    expect(found.message.length).toBeGreaterThan(0);
    expect(found.path.length === 0).toBe(WHOLE_BODY.includes(found.code));
  }
  if (explanation.suggestion !== undefined) expect(explanation.suggestion).toMatch(SLUG);
}

describe("explainPortalError: the portal 404s", () => {
  it("says the docs page's 404 for a malformed slug is the slug, with the issues and the fix", () => {
    expect(explainPortalError(configNotFound, { slug: "My-Portal", externalId: "user_123", permissions: ["keys:read"] })).toEqual({
      cause: "malformed_slug",
      requestId: "req_2c9a0jf23l4k567",
      suggestion: "my-portal",
      issues: [
        {
          path: ["slug"],
          severity: "error",
          code: "uppercase",
          index: 0,
          end: 1,
          suggestion: "my-portal",
          message: '"M" at index 0 (and 1 more) is uppercase: slugs are lowercase; write "my-portal"',
        },
      ],
      message:
        'The slug "My-Portal" breaks the slug rules, so no portal can have it (404 portal_config_not_found, request req_2c9a0jf23l4k567): "M" at index 0 (and 1 more) is uppercase: slugs are lowercase; write "my-portal"',
    });
  });

  it.each([
    ["my--portal", "consecutive_hyphens"],
    ["-portal", "leading_hyphen"],
    ["my_portal", "underscore"],
  ])("says the newer server's 404 for the portal %j, which its own check let through, is the slug", (portal, code) => {
    const explanation = explainPortalError(portalNotFound, { portal, externalId: "u", scopes: ["keys:read"] });
    expect(explanation).toMatchObject({ cause: "malformed_slug", requestId: "req_7f3k2m", issues: [{ path: ["portal"], code }] });
    expect(explanation.message).toMatch(/^The portal ".*" breaks the slug rules, so no portal can have it \(404 portal_not_found, request req_7f3k2m\): /);
  });

  it("sends a well-formed slug's 404 to the workspace, the root key and provisioning, as the docs page does", () => {
    const explanation = explainPortalError(configNotFound, { slug: "my-portal", externalId: "user_123", permissions: ["keys:read"] });
    expect(explanation).toEqual({
      cause: "unknown_portal",
      requestId: "req_2c9a0jf23l4k567",
      message:
        "Unkey found no portal \"my-portal\" for this root key (404 portal_config_not_found, request req_2c9a0jf23l4k567): the slug is well-formed, so check that it is the one configured for your portal (slugs match exactly), then that the root key belongs to the portal's workspace (a key from another workspace gets this 404, not a 401, because the lookup is scoped to the workspace); that the portal has been provisioned: during the Customer Portal's early access the Unkey team creates portal configurations on request",
    });
  });

  it("adds the portal permission to check for the newer server, whose 404 also stands for a missing one", () => {
    const explanation = explainPortalError(portalNotFound, { portal: "pc_3Kd9xQ2", externalId: "u", scopes: ["keys:read"] });
    expect(explanation).toMatchObject({ cause: "unknown_portal", requestId: "req_7f3k2m" });
    expect(explanation).not.toHaveProperty("issues");
    expect(explanation.message).toContain(": it is a portal ID, so check that it is your portal's");
    expect(explanation.message).toContain("portal.*.create_portal_session or portal.<portal_id>.create_portal_session");
    expect(explainPortalError(configNotFound, { slug: "my-portal" }).message).not.toContain("create_portal_session");
  });

  it("keeps an ID's 404 on the workspace, naming the ID's own flaw first", () => {
    const explanation = explainPortalError(portalNotFound, { portal: "pc_ab-c" });
    expect(explanation).toMatchObject({ cause: "unknown_portal", issues: [{ path: ["portal"], code: "invalid_portal_id", index: 5, end: 6 }] });
    expect(explanation.message).toContain(': the portal ID is malformed itself ("-" at index 5 is not allowed in a portal ID');
  });

  it("says what it could not check when no body, or no portal field, was given", () => {
    expect(explainPortalError(configNotFound).message).toContain(": the body sent was not given (pass it as the second argument)");
    expect(explainPortalError(portalNotFound, { externalId: "u" }).message).toContain(": the body sent names no slug or portal to check");
    expect(explainPortalError(configNotFound)).toMatchObject({ cause: "unknown_portal", requestId: "req_2c9a0jf23l4k567" });
  });

  it("reads only what the body sent: a slug on its prototype was never sent", () => {
    const body = Object.assign(Object.create({ slug: "My-Portal" }) as object, { externalId: "u" });
    const explanation = explainPortalError(configNotFound, body);
    expect(explanation.cause).toBe("unknown_portal");
    expect(explanation.message).toContain(": the body sent names no slug or portal to check");
  });

  it("says so when the body given is text that is not JSON, on a 404 and on another error", () => {
    expect(explainPortalError(configNotFound, "slug=my-portal").message).toContain(
      ": the body given is text that is not JSON, so its slug could not be checked",
    );
    const other = explainPortalError(badRequest, "not json at all");
    expect(other.message).toMatch(/; the body given is text that is not JSON, so it was not checked$/);
    expect(other).not.toHaveProperty("issues");
  });

  it("reads the body sent as JSON text too, and finds a portal field of the other generation", () => {
    expect(explainPortalError(configNotFound, JSON.stringify({ slug: "My-Portal" }))).toMatchObject({ cause: "malformed_slug", suggestion: "my-portal" });
    expect(explainPortalError(configNotFound, { portal: "my--portal" })).toMatchObject({ cause: "malformed_slug", issues: [{ path: ["portal"] }] });
  });

  it("reads a body of null, given as a value or as JSON text, as one that names no portal", () => {
    for (const body of [null, "null"]) {
      const explanation = explainPortalError(configNotFound, body);
      expect(explanation.cause).toBe("unknown_portal");
      expect(explanation.message).toContain(": the body sent names no slug or portal to check");
    }
  });

  it("says a slug that is no string breaks the rules, with nothing quoted for it", () => {
    expect(explainPortalError(configNotFound, { slug: 42 })).toMatchObject({
      cause: "malformed_slug",
      issues: [{ path: ["slug"], code: "not_a_string" }],
      message:
        "The slug breaks the slug rules, so no portal can have it (404 portal_config_not_found, request req_2c9a0jf23l4k567): Expected a string, got a number",
    });
  });

  it("holds an ID sent in the older body's slug to the slug rules, and says it looks like an ID", () => {
    const explanation = explainPortalError(configNotFound, { slug: "pc_abc123" });
    expect(explanation).toMatchObject({ cause: "malformed_slug", issues: [{ path: ["slug"], code: "underscore", index: 2, end: 3 }] });
    expect(explanation.message).toContain('(this looks like a portal ID, which only the newer body\'s "portal" takes)');
    expect(explanation).not.toHaveProperty("suggestion");
  });

  it.each(["constructor", "toString", "__proto__", "hasOwnProperty"])("does not take an error named %s for a portal 404", (name) => {
    const explanation = explainPortalError({ ...badRequest, error: { ...badRequest.error, type: `https://unkey.com/docs/errors/${name}` } }, { slug: "abc" });
    expect(explanation.cause).toBe("other");
    expect(explanation.message).toMatch(new RegExp(`^Unkey answered with an error \\(400 ${name}, request req_400\\)`));
  });

  it.each([
    ["the code as the type", { ...portalNotFound.error, type: "err:unkey:data:portal_not_found" }],
    ["a code field beside another type", { ...portalNotFound.error, type: "about:blank", code: "err:unkey:data:portal_not_found" }],
    ["a trailing slash and a query", { ...portalNotFound.error, type: "https://unkey.com/docs/errors/unkey/data/portal_not_found/?from=api" }],
  ])("recognises the 404 by %s", (_, error) => {
    expect(explainPortalError({ meta: portalNotFound.meta, error }, { portal: "My-Portal" }).cause).toBe("malformed_slug");
  });
});

describe("explainPortalError: the shapes an answer arrives in", () => {
  it("reads the response text, and text encoded twice", () => {
    const expected = explainPortalError(configNotFound, { slug: "My-Portal" });
    expect(explainPortalError(JSON.stringify(configNotFound), { slug: "My-Portal" })).toEqual(expected);
    expect(explainPortalError(JSON.stringify(JSON.stringify(configNotFound)), { slug: "My-Portal" })).toEqual(expected);
  });

  it("reads an @unkey/api error: its own meta and error, or its body text", () => {
    class NotFoundErrorResponse extends Error {
      meta = portalNotFound.meta;
      error = portalNotFound.error;
    }
    class APIError extends Error {
      body = JSON.stringify(portalNotFound);
    }
    expect(explainPortalError(new NotFoundErrorResponse("x"), { portal: "My-Portal" })).toMatchObject({ cause: "malformed_slug", requestId: "req_7f3k2m" });
    expect(explainPortalError(new APIError("x"), { portal: "My-Portal" })).toMatchObject({ cause: "malformed_slug", requestId: "req_7f3k2m" });
    // An error field left null by a wrapper is no envelope of its own: the body text still is one.
    expect(explainPortalError({ error: null, body: JSON.stringify(portalNotFound) }, { portal: "My-Portal" })).toMatchObject({ cause: "malformed_slug" });
  });

  it("summarises another Unkey error with its request ID and its errors, and the body's own errors", () => {
    const explanation = explainPortalError(badRequest, { slug: "my-portal", externalId: "u", permissions: ["api.*.read_key"] });
    expect(explanation).toMatchObject({ cause: "other", requestId: "req_400", issues: [{ path: ["permissions", 0], code: "legacy_permission" }] });
    expect(explanation.message).toBe(
      'Unkey answered with an error (400 invalid_input, request req_400): "Bad Request: POST request body for \'/v2/portal.createSession\' failed to validate schema"; body.permissions[0]: "value must be one of the allowed values" (fix: "Use keys:read"); the request body breaks a rule, first: "api.*.read_key" is a root-key permission, as the docs page shows, not a portal scope: the server rejects these since "scopes" came in; ask for keys:read, keys:create, keys:reroll or analytics:read; write "keys:read"',
    );
    expect(explainPortalError(badRequest)).not.toHaveProperty("issues");
  });

  it.each(["/", "err:"])("shows no empty name for an error type of %j, and still takes it for an error", (type) => {
    expect(explainPortalError({ error: { type, status: 404 } }).message).toBe("Unkey answered with an error (404)");
    expect(explainPortalError({ error: { type } })).toEqual({ cause: "other", message: "Unkey answered with an error" });
  });

  it("counts the errors past the fifth instead of listing them", () => {
    const errors = Array.from({ length: 7 }, (_, i) => ({ location: `body.scopes[${i}]`, message: "bad" }));
    const { message } = explainPortalError({ ...badRequest, error: { ...badRequest.error, errors } });
    expect(message).toContain('body.scopes[4]: "bad"; and 2 more');
    expect(message).not.toContain("body.scopes[5]");
  });

  it("passes over an error entry that throws when read, and still says the rest", () => {
    const throwing = Object.defineProperty({}, "message", {
      get() {
        throw new Error("no message");
      },
    });
    const errors = [{ message: "first" }, throwing, { message: "last", fix: "f" }];
    expect(explainPortalError({ error: { status: 400, errors } }).message).toBe('Unkey answered with an error (400); "first"; "last" (fix: "f")');
    const hidden = new Proxy(
      { message: "x" },
      {
        get: () => {
          throw new Error("trap");
        },
      },
    );
    expect(explainPortalError({ error: { status: 400, errors: [hidden, ...Array.from({ length: 6 }, () => ({ message: "m" }))] } }).message).toBe(
      'Unkey answered with an error (400); "m"; "m"; "m"; "m"; "m"; and 1 more',
    );
  });

  it("counts, past the fifth, only the entries that carry a message, and reads no further field of them", () => {
    let read = 0;
    const counted = (message: unknown) => ({
      message,
      get location() {
        read++;
        return "body.x";
      },
    });
    const errors = [...Array.from({ length: 5 }, () => ({ message: "m" })), counted("a"), counted(""), counted(7), counted("b")];
    expect(explainPortalError({ error: { status: 400, errors } }).message).toMatch(/"m"; and 2 more$/);
    expect(read).toBe(0);
  });

  it("lists five errors whole, with no count after them", () => {
    const errors = Array.from({ length: 5 }, (_, i) => ({ location: `body.scopes[${i}]`, message: "bad" }));
    const { message } = explainPortalError({ ...badRequest, error: { ...badRequest.error, errors } });
    expect(message).toMatch(/; body\.scopes\[4\]: "bad"$/);
  });

  it("names the body's own errors, and counts them, but not its warnings", () => {
    const twoErrors = explainPortalError(badRequest, { slug: "My-Portal", externalId: "", permissions: ["keys:read"] });
    expect(twoErrors.message).toContain('; the request body breaks 2 rules, first: "M" at index 0 (and 1 more) is uppercase');
    expect(twoErrors.issues?.map((found) => found.code)).toEqual(["uppercase", "too_short"]);
    // An empty permissions list is only warned about: the body breaks no rule.
    const warned = explainPortalError(badRequest, { slug: "my-portal", externalId: "u", permissions: [] });
    expect(warned.message).not.toContain("the request body breaks");
    expect(warned).not.toHaveProperty("issues");
  });

  it.each([
    [
      "<html>502 Bad Gateway</html>",
      'text that is not JSON, "<html>502 Bad Gateway</html>" (a proxy or gateway page, perhaps: the request may not have reached Unkey)',
    ],
    [
      `\n  <!DOCTYPE html>${"x".repeat(100)}`,
      `text that is not JSON, "<!DOCTYPE html>${"x".repeat(25)}…" (a proxy or gateway page, perhaps: the request may not have reached Unkey)`,
    ],
    ["", 'text that is not JSON, "" (a proxy or gateway page, perhaps: the request may not have reached Unkey)'],
    ["   ", 'text that is not JSON, "   " (a proxy or gateway page, perhaps: the request may not have reached Unkey)'],
    ['"just text"', "a JSON string"],
    [null, "null"],
    [undefined, "undefined"],
    [404, "a number"],
    [[configNotFound], "an array"],
    [{ message: "Not Found" }, 'an object without an "error" object'],
    [{ error: "Not Found" }, 'an object without an "error" object'],
    [{ error: { message: "x" } }, 'an "error" object without type, title, detail or status'],
    [{ body: "<html>" }, 'an object whose "body" is no envelope'],
  ])("does not take %j for an Unkey error", (errorBody, got) => {
    expect(explainPortalError(errorBody)).toEqual({
      cause: "unrecognized",
      message: `Not an Unkey error envelope ({ meta: { requestId }, error: { title, detail, status, type } }): got ${got}`,
    });
  });

  it("escapes and shortens the request ID and the error's name, as it does the title", () => {
    const hostile = {
      meta: { requestId: `req\u001b[31m\u0007\u0000${"r".repeat(1_000_000)}` },
      error: { status: 500, type: `https://x.example/a\u001bb${"n".repeat(1_000_000)}` },
    };
    const { message, requestId } = explainPortalError(hostile);
    // Nothing below a space, nor DEL, reaches the message: a terminal would act on it.
    expect([...message].every((char) => char >= " " && char !== "\u007f")).toBe(true);
    expect(message).toContain("request req\\u{1b}[31m\\u{7}\\u{0}rrr");
    expect(message).toContain("(500 a\\u{1b}bnnn");
    expect(message.length).toBeLessThan(400);
    // The property keeps what the server sent, for a log to match it exactly.
    expect(requestId).toBe(hostile.meta.requestId);
  });

  it("reads a type of 80,000 slashes as no name, and as fast as a short one per character", () => {
    const time = (slashes: number) => {
      const errorBody = { error: { status: 404, type: `${"/".repeat(slashes)}x/` } };
      let best = Infinity;
      for (let round = 0; round < 3; round++) {
        const started = performance.now();
        explainPortalError(errorBody);
        best = Math.min(best, performance.now() - started);
      }
      return best / slashes;
    };
    expect(explainPortalError({ error: { status: 404, type: `${"/".repeat(80_000)}x/` } }).message).toBe("Unkey answered with an error (404 x)");
    time(8_000);
    // Quadratic would be 10 times the time per character; noise is well under 4.
    expect(time(80_000) / time(8_000)).toBeLessThan(4);
  });

  it("answers for an error whose reading throws", () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("no");
        },
      },
    );
    expect(explainPortalError(hostile)).toEqual({
      cause: "unrecognized",
      message: "Reading the error threw (a getter or a proxy trap), so it cannot be explained",
    });
    // As a body it sends nothing (no own keys), so no getter is ever asked.
    expect(explainPortalError(configNotFound, hostile).cause).toBe("unknown_portal");
    const throwsEverywhere = new Proxy(
      {},
      {
        getOwnPropertyDescriptor: () => {
          throw new Error("no");
        },
      },
    );
    // A body that throws is said to, and the error is still explained.
    expect(explainPortalError(configNotFound, throwsEverywhere).message).toContain(
      ": reading the body given threw (a getter or a proxy trap), so its slug could not be checked: check that it is spelled as configured, then that ",
    );
    const getter = {
      get portal(): string {
        throw new Error("no");
      },
      externalId: "u",
      scopes: ["keys:read"],
    };
    expect(explainPortalError(portalNotFound, getter).cause).toBe("unknown_portal");
    // An error that throws only when first read is explained on the second reading, the body then
    // left unchecked rather than judged as no object.
    let reads = 0;
    const flaky = {
      error: {
        get status(): number {
          if (!reads++) throw new Error("once");
          return 400;
        },
      },
    };
    expect(explainPortalError(flaky, { portal: "my-portal" })).toEqual({ cause: "other", message: "Unkey answered with an error (400)" });
    // Another error's check of the body says its own unreadable body, as it always has.
    expect(explainPortalError(badRequest, getter).issues?.map((found) => found.code)).toEqual(["unreadable"]);
  });
});

describe("explainPortalError: what of an envelope is read", () => {
  const notEnvelope = (got: string) => `Not an Unkey error envelope ({ meta: { requestId }, error: { title, detail, status, type } }): got ${got}`;

  it("keeps only the fields of the right type", () => {
    const wrongTypes = {
      meta: { requestId: 7 },
      error: { title: 404, detail: ["x"], status: "404", type: "https://unkey.com/docs/errors/unkey/application/invalid_input" },
    };
    expect(explainPortalError(wrongTypes)).toEqual({ cause: "other", message: "Unkey answered with an error (invalid_input)" });
    expect(explainPortalError({ meta: "req_1", error: { title: "Oops", status: Infinity } })).toEqual({
      cause: "other",
      message: 'Unkey answered with an error: "Oops"',
    });
    expect(explainPortalError({ meta: null, error: { detail: "Broke." } })).toEqual({ cause: "other", message: 'Unkey answered with an error: "Broke."' });
  });

  it("takes any one of type, code, title, detail or status for an error", () => {
    expect(explainPortalError({ error: { code: "err:unkey:application:invalid_input" } }).message).toBe("Unkey answered with an error (invalid_input)");
    expect(explainPortalError({ error: { status: 0 } }).message).toBe("Unkey answered with an error (0)");
    expect(explainPortalError({ error: { title: "", detail: "", type: "", code: "" } }).message).toBe(
      notEnvelope('an "error" object without type, title, detail or status'),
    );
  });

  it("cuts the server's title and detail at 300 characters each", () => {
    const { message } = explainPortalError({ error: { title: "T".repeat(301), detail: "d".repeat(400), status: 500 } });
    expect(message).toBe(`Unkey answered with an error (500): "${"T".repeat(300)}…: ${"d".repeat(300)}…"`);
  });

  it("lists each error that has a message, with its location and fix when they are text", () => {
    const errors = [
      null,
      undefined,
      "bad",
      { message: "" },
      { location: "body.x", message: 7 },
      { message: "alone" },
      { location: "", message: "m", fix: "" },
      { location: "body.portal", message: "n", fix: "f" },
    ];
    expect(explainPortalError({ error: { status: 400, errors } }).message).toBe(
      'Unkey answered with an error (400); "alone"; "m"; body.portal: "n" (fix: "f")',
    );
    expect(explainPortalError({ error: { status: 400, errors: { message: "not a list" } } }).message).toBe("Unkey answered with an error (400)");
  });

  it.each([
    ["a bare name", "portal_not_found"],
    ["a fragment", "https://unkey.com/docs/errors/unkey/data/portal_not_found#why"],
  ])("recognises the 404 by a type of %s", (_, type) => {
    expect(explainPortalError({ error: { status: 404, type } }, { portal: "My-Portal" }).cause).toBe("malformed_slug");
  });

  it("takes a type that is only a query for no name", () => {
    expect(explainPortalError({ error: { status: 404, type: "?from=api" } }).message).toBe("Unkey answered with an error (404)");
  });

  it("reads text encoded twice at most: thrice is a JSON string", () => {
    const thrice = JSON.stringify(JSON.stringify(JSON.stringify({ error: { status: 404, type: "portal_not_found" } })));
    expect(explainPortalError(thrice).message).toBe(notEnvelope("a JSON string"));
  });

  it("reads the body text beside an error field that is no object, and says when that text is no envelope either", () => {
    const body = JSON.stringify({ error: { status: 404, type: "portal_not_found" } });
    expect(explainPortalError({ error: "Not Found", body }, { portal: "My-Portal" }).cause).toBe("malformed_slug");
    expect(explainPortalError({ body: "null" }).message).toBe(notEnvelope('an object whose "body" is no envelope'));
    expect(explainPortalError({ body: '"text"' }).message).toBe(notEnvelope('an object whose "body" is no envelope'));
  });

  it("takes an error field that is a list, or null without a body, for no error object", () => {
    expect(explainPortalError({ error: [{ status: 404 }] }).message).toBe(notEnvelope('an object without an "error" object'));
    expect(explainPortalError({ error: null }).message).toBe(notEnvelope('an object without an "error" object'));
  });
});

/** An envelope with any field of any type, and sometimes one of the portal 404 types. */
const envelope = fc.record(
  {
    meta: fc.oneof(fc.record({ requestId: fc.oneof(fc.string(), fc.anything()) }), fc.anything()),
    error: fc.oneof(
      fc.record(
        {
          title: fc.oneof(fc.string(), fc.anything()),
          detail: fc.oneof(fc.string(), fc.anything()),
          status: fc.oneof(fc.integer(), fc.anything()),
          type: fc.oneof(fc.constantFrom(configNotFound.error.type, portalNotFound.error.type, "err:unkey:data:portal_not_found"), fc.webUrl(), fc.anything()),
          errors: fc.oneof(fc.array(fc.record({ location: fc.string(), message: fc.string(), fix: fc.string() }, { requiredKeys: [] })), fc.anything()),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
);
const requestBody = fc.oneof(
  fc.record({ slug: fc.oneof(fc.string(), fc.anything()), portal: fc.oneof(fc.string(), fc.anything()), scopes: fc.anything() }, { requiredKeys: [] }),
  fc.anything(),
);

describe("explainPortalError: properties", () => {
  it("never throws and always explains itself, whatever both arguments are", () => {
    const anything = fc.anything({
      withBigInt: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withNullPrototype: true,
      withBoxedValues: true,
      withSparseArray: true,
    });
    fc.assert(
      fc.property(fc.oneof(anything, envelope), fc.oneof(anything, requestBody), (errorBody, body) => {
        expectWellFormed(explainPortalError(errorBody, body));
      }),
      { numRuns: 3_000 },
    );
  });

  it("never throws on arbitrary strings, in either place", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (errorBody, body) => {
        expectWellFormed(explainPortalError(errorBody, body));
      }),
      { numRuns: 5_000 },
    );
  });

  it("explains the response text as it explains the parsed value", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().filter((value) => typeof value !== "string"),
          envelope.map((value) => JSON.parse(JSON.stringify(value) ?? "null") as unknown),
        ),
        (value) => {
          expect(explainPortalError(JSON.stringify(value))).toEqual(explainPortalError(value));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("blames the slug exactly when the slug oracle rejects it, and echoes the request ID", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 70 }), fc.stringMatching(/^[a-zA-Z0-9_ -]{0,12}$/)),
        fc.constantFrom(configNotFound, portalNotFound),
        (slug, answer) => {
          const field = answer === configNotFound ? "slug" : "portal";
          // A newer portal that looks like an ID is judged by the ID rule and counts as known-shaped.
          const id = field === "portal" && slug.startsWith("pc_");
          const explanation = explainPortalError(answer, { [field]: slug });
          expect(explanation.cause).toBe(id || SLUG.test(slug) ? "unknown_portal" : "malformed_slug");
          expect(explanation.requestId).toBe(answer.meta.requestId);
          expect(explanation.message).toContain(answer.meta.requestId);
          expectWellFormed(explanation);
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
