// What createDenoPlugin is given, checked as the plugin file loads: each mistake throws there,
// naming createDenoPlugin and the option to change; the settings by ESLint's own reader.
import { afterEach, describe, expect, it, vi } from "vitest";
import { rules } from "../index.js";
import { createDenoPlugin } from "./deno.js";
import { readPluginOptions } from "./deno-options.js";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("createDenoPlugin's argument", () => {
  it.each([
    [5, 'createDenoPlugin: Expected an object, such as { portals: ["billing-portal"] }, got a number'],
    [{ portal: ["billing-portal"] }, 'createDenoPlugin: portal: Not an option of createDenoPlugin, which takes "portals", "followImports" and "rules"'],
    [{ portals: "billing-portal" }, 'createDenoPlugin: portals: Expected an array of portal slugs and IDs, such as ["billing-portal", "pc_3Kd9xQ2"]'],
    // An iterable that throws when read is no list.
    [
      {
        portals: {
          [Symbol.iterator]() {
            throw new Error("unreadable");
          },
        },
      },
      /^createDenoPlugin: portals: Expected an array of portal slugs and IDs, such as \["billing-portal", "pc_3Kd9xQ2"\]$/,
    ],
    // ESLint's severity where the rule's options go: how to turn a rule off under Deno.
    [
      { rules: { "valid-slug": "off" } },
      `createDenoPlugin: rules["valid-slug"]: Takes the rule's options alone, not ESLint's severity; to turn the rule off, exclude it in deno.json: "lint": { "rules": { "exclude": ["portal-slug/valid-slug"] } }`,
    ],
    [
      { rules: { "valid-session-body": ["error", {}] } },
      /^createDenoPlugin: rules\["valid-session-body"\]: Takes the rule's options alone, not ESLint's severity/,
    ],
    [{ portals: ["billing-portal", 4] }, "createDenoPlugin: portals[1]: Expected a string, a portal slug or ID, got a number"],
    [{ followImports: "no" }, "createDenoPlugin: followImports: Expected true or false, got a string"],
    [
      { rules: ["valid-slug"] },
      `createDenoPlugin: rules: Expected an object of each rule's options, such as { "valid-slug": { callees: [{ name: "portalLink" }] } }, got an array`,
    ],
    [
      { rules: { "valid-slugs": {} } },
      'createDenoPlugin: rules["valid-slugs"]: Not a rule of eslint-plugin-portal-slug, which has "valid-slug" and "valid-session-body"',
    ],
    [
      { rules: { "valid-slug": { callees: [{ name: "portal link" }] } } },
      'createDenoPlugin: rules["valid-slug"].callees[0].name: "portal link" does not match ^[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*$',
    ],
    [
      { rules: { "valid-session-body": { olderBody: "sometimes" } } },
      'createDenoPlugin: rules["valid-session-body"].olderBody: "sometimes" is none of "when-refused", "always" and "never"',
    ],
  ])("throws a TypeError for %j, naming what to change", (options, message) => {
    expect(() => createDenoPlugin(options as never)).toThrow(TypeError);
    expect(() => createDenoPlugin(options as never)).toThrow(message);
  });

  it("takes a Set or any other iterable of portals, as a plugin file is code and ESLint's cache no reason here", () => {
    const configs = readPluginOptions({ portals: new Set(["billing-portal", "pc_3Kd9xQ2"]) }, rules);
    expect(configs["valid-slug"]?.settings).toEqual({ "portal-slug": { portals: ["billing-portal", "pc_3Kd9xQ2"] } });
  });

  it("warns once, naming createDenoPlugin, of a declared portal that no request can name, and leaves it out", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    createDenoPlugin({ portals: ["billing-portal", "Support_Portal"] });
    expect(warn.mock.calls.map(([message]) => message)).toEqual([
      expect.stringMatching(/^eslint-plugin-portal-slug: createDenoPlugin: portals\[1\]: "Support_Portal" is no portal slug or ID, .*; the entry is left out$/),
    ]);
  });

  it("gives each rule its options, and every rule the same settings object, which the rules' reader has read already", () => {
    const callees = [{ name: "portalLink" }];
    const configs = readPluginOptions({ portals: ["billing-portal"], followImports: false, rules: { "valid-slug": { callees } } }, rules);
    expect(configs["valid-slug"]?.options).toEqual([{ callees }]);
    expect(configs["valid-session-body"]?.options).toEqual([]);
    expect(configs["valid-slug"]?.settings).toEqual({ "portal-slug": { portals: ["billing-portal"], followImports: false } });
    expect(configs["valid-slug"]?.settings).toBe(configs["valid-session-body"]?.settings);
    expect(readPluginOptions(undefined, rules)["valid-slug"]).toEqual({ options: [], settings: { "portal-slug": {} } });
  });
});
