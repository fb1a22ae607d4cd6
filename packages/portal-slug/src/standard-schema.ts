/**
 * The slug as a Standard Schema v1 (https://standardschema.dev), so that tRPC, TanStack Form,
 * Hono and every other consumer of the spec take it as it is. The spec asks implementers to
 * copy its types rather than depend on a package; the few we need are written here.
 */
import { withSuggestion, type PortalSlug, type PortalSlugIssueCode } from "./contract.js";
import { validatePortalSlug } from "./validate.js";

/** The Standard Schema v1 interface, as much of it as a slug schema uses. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => StandardSchemaV1.Result<Output>;
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

// eslint-disable-next-line @typescript-eslint/no-namespace -- the spec's own shape: types under the interface's name
export declare namespace StandardSchemaV1 {
  /** Success carries the value; failure carries the issues. */
  export type Result<Output> = { readonly value: Output; readonly issues?: undefined } | { readonly issues: readonly Issue[] };
  /** One problem, with our code and span beside the spec's `message`. */
  export interface Issue {
    readonly message: string;
    readonly path?: readonly PropertyKey[] | undefined;
    readonly code?: PortalSlugIssueCode;
    readonly index?: number;
    readonly end?: number;
  }
  /** The type a schema takes, as the spec's own `StandardSchemaV1.InferInput` reads it. */
  export type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["input"];
  /** The type a schema gives when the value is valid, as the spec's own `StandardSchemaV1.InferOutput` reads it. */
  export type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["output"];
}

/**
 * A Standard Schema for portal slugs: `validate` answers `{ value }` for a valid slug and
 * `{ issues }`, one per broken rule with the core's code and span, otherwise, each message the
 * core's with the suggested slug named at its end.
 */
export const portalSlugStandardSchema: StandardSchemaV1<string, PortalSlug> = {
  "~standard": {
    version: 1,
    vendor: "portal-slug",
    validate: (value) => {
      const result = validatePortalSlug(value);
      if (result.valid) return { value: result.value };
      // A consumer shows the messages alone: each names the slug to write instead.
      const { suggestion } = result;
      return {
        // Stryker disable next-line ConditionalExpression: equivalent where the test is made false: withSuggestion leaves a message as it is when there is no suggestion
        issues: suggestion === undefined ? result.issues : result.issues.map((issue) => ({ ...issue, message: withSuggestion(issue.message, suggestion) })),
      };
    },
  },
};
