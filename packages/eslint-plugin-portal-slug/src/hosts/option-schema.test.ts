// The options check against ajv, the validator ESLint's own check is built on: on every rule's
// schema, it finds a problem exactly where ajv does, and reads every keyword the schemas use.
import { Ajv } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rules } from "../index.js";
import { schemaProblem, unreadKeywords, type OptionSchema } from "./option-schema.js";

const schemas = Object.entries(rules).map(([name, rule]) => [name, (rule.meta?.schema as OptionSchema[])[0] as OptionSchema] as const);

/** A `callees` entry, each of its keys present or not, right or wrong. */
const callee = fc.record(
  {
    name: fc.constantFrom("portalLink", "billing.openPortal", "portal link", "", 7),
    argument: fc.constantFrom(0, 2, -1, 1.5, "1"),
    property: fc.constantFrom("slug", "", null),
    extra: fc.constant(true),
  },
  { requiredKeys: [] },
);

/** Values near a rule's options: right and wrong names, arguments, properties and keys, and anything at all. */
const near = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.anything({ maxDepth: 2 }),
    fc.record({ callees: fc.array(callee, { maxLength: 3 }), olderBody: fc.constantFrom("never", "sometimes", undefined) }, { requiredKeys: [] }),
    fc.constantFrom("portalLink", "billing.openPortal", "portal link", "1st", "", "when-refused", "always", "sometimes", 0, 2, -1, 1.5, true, null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom("callees", "olderBody", "name", "argument", "property", "extra"), tie("value"), { maxKeys: 4 }),
  ),
})).value;

describe.each(schemas)("the options check on %s's schema", (_name, schema) => {
  const validate = new Ajv({ strict: false }).compile(schema);

  it("reads every keyword the schema uses", () => {
    expect(unreadKeywords(schema)).toEqual([]);
  });

  it("finds a problem exactly where ajv finds one", () => {
    let invalid = 0;
    fc.assert(
      fc.property(near, (value) => {
        const problem = schemaProblem(value, schema, "options");
        expect(problem === undefined, `${JSON.stringify(value)}: ${problem}`).toBe(validate(value));
        if (problem) invalid++;
      }),
      { numRuns: 2_000 },
    );
    // Both answers must be given often for the agreement to say something.
    expect(invalid).toBeGreaterThan(500);
    expect(2_000 - invalid).toBeGreaterThan(40);
  });
});

describe("schemaProblem", () => {
  const schema = (schemas.find(([name]) => name === "valid-session-body") as (typeof schemas)[number])[1];

  it("says the first problem at its path, in the one voice", () => {
    const say = (value: unknown) => schemaProblem(value, schema, "options");
    // A key every object inherits is no key the schema names (a property test's counterexample).
    expect(say({ valueOf: {} })).toBe(`options.valueOf: Not known here, where the keys are "callees" and "olderBody"`);
    expect(say({ callees: [{ name: "portalLink" }], olderBody: "always" })).toBeUndefined();
    expect(say([])).toBe("options: Expected an object, got an array");
    expect(say({ callees: "portalLink" })).toBe("options.callees: Expected an array, got a string");
    expect(say({ callees: [{ argument: 1 }] })).toBe('options.callees[0]: Missing "name"');
    expect(say({ callees: [{ name: undefined }] })).toBe('options.callees[0]: Missing "name"');
    expect(say({ callees: undefined })).toBeUndefined();
    expect(say({ callees: [{ name: "portal link" }] })).toBe(
      'options.callees[0].name: "portal link" does not match ^[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*$',
    );
    expect(say({ callees: [{ name: "a", argument: 1.5 }] })).toBe("options.callees[0].argument: Expected an integer, got 1.5");
    expect(say({ callees: [{ name: "a", argument: -1 }] })).toBe("options.callees[0].argument: Expected 0 or more, got -1");
    expect(say({ olderBody: "sometimes" })).toBe('options.olderBody: "sometimes" is none of "when-refused", "always" and "never"');
    expect(say({ "older-body": "never" })).toBe('options["older-body"]: Not known here, where the keys are "callees" and "olderBody"');
  });

  it("throws for a keyword it does not read, rather than let a value pass unread", () => {
    expect(unreadKeywords({ type: "object", properties: { a: { oneOf: [] } } })).toEqual(["oneOf"]);
    expect(() => schemaProblem(1, { anyOf: [{ type: "string" }] }, "options")).toThrow("option-schema.ts does not read anyOf");
  });
});
