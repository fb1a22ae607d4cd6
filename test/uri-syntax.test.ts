// The request guard's RFC 3986 check of a returnUrl, held to the one Unkey's schema stands for
// (ajv-formats' `uri`, the fixture's `format: uri`) on any http(s) URL a browser can parse.
import fc from "fast-check";
import { checkCreateSessionField } from "portal-slug";
import { describe, expect, it } from "vitest";
import { schemaErrors } from "./support/unkey-request-schema.js";

const body = (returnUrl: string) => ({ portal: "docs", externalId: "user_1", scopes: ["keys:read"], returnUrl });

describe("a returnUrl's characters", () => {
  it("are refused by the guard exactly where Unkey's schema refuses them, on URLs a browser parses", () => {
    const unit = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom("a", "Z", "0", "-", ".", "_", "~", "/", "?", "#", "&", "=", ":", "@", "!", "$", "'", "(", "*", "+", ",", ";") },
      { weight: 2, arbitrary: fc.constantFrom("%", "%4", "%41", "%zz", "[", "]", "|", "<", ">", '"', "`", "{", "}", "^", "\\", "é", "😀", "\u007f") },
    );
    fc.assert(
      fc.property(
        fc.constantFrom("http://", "https://"),
        fc.constantFrom("example.com", "u:p@host:8080", "[::1]:3000"),
        fc.string({ unit, maxLength: 24 }),
        (scheme, host, rest) => {
          const url = `${scheme}${host}/${rest}`;
          fc.pre(URL.canParse(url));
          const refusedBySchema = schemaErrors(body(url)).length > 0;
          const refusedByGuard = checkCreateSessionField("returnUrl", url).length > 0;
          expect(refusedByGuard, url).toBe(refusedBySchema);
        },
      ),
      { seed: 20_261_206, numRuns: 3_000 },
    );
  });
});
