// How a createSession call is spelled, read from the core's description of Unkey's API.
import { describe, expect, it } from "vitest";
import { isStandaloneModule, plainSpecifier, SPELLED_BY_EVERY_SHAPE, STANDALONE_MODULE_NAME, STANDALONE_MODULES } from "./unkey-calls.js";

describe("plainSpecifier", () => {
  it.each([
    ["npm:@unkey/api@^2.5.1/funcs/portalCreateSession.js", "@unkey/api/funcs/portalCreateSession.js"],
    ["npm:@unkey/api/funcs/portalCreateSession", "@unkey/api/funcs/portalCreateSession"],
    ["@unkey/api@2/funcs/portalCreateSession.js", "@unkey/api/funcs/portalCreateSession.js"],
    ["npm:zod@4", "zod"],
    ["npm:zod@4/mini", "zod/mini"],
    // Written plainly, or a path: as it is.
    ["@unkey/api/funcs/portalCreateSession.js", "@unkey/api/funcs/portalCreateSession.js"],
    ["./lib@2/portals.js", "./lib@2/portals.js"],
    ["node:module", "node:module"],
  ])("reads %s as %s", (specifier, plain) => {
    expect(plainSpecifier(specifier)).toBe(plain);
  });
});

describe("the standalone function's module", () => {
  it("is named by every spelling of its specifier, and only by those", () => {
    for (const module of STANDALONE_MODULES) {
      expect(module).toContain(STANDALONE_MODULE_NAME);
      expect(isStandaloneModule(module)).toBe(true);
      expect(isStandaloneModule(`npm:${module.replace("/funcs/", "@2.5.1/funcs/")}`)).toBe(true);
    }
    expect(isStandaloneModule("npm:@unkey/ratelimit@2/funcs/portalCreateSession.js")).toBe(false);
    expect(isStandaloneModule("./funcs/portalCreateSession.js")).toBe(false);
  });

  it("spells what every call shape spells, which the gate searches for", () => {
    expect(SPELLED_BY_EVERY_SHAPE.length).toBeGreaterThan(0);
    for (const module of STANDALONE_MODULES) expect(module).toContain(SPELLED_BY_EVERY_SHAPE);
  });
});
