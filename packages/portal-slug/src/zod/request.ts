/**
 * Zod 4 schemas for the whole `portal.createSession` body: one strict object per generation,
 * and one that picks the generation as the core does. Every field asks the core's own check,
 * so a zod issue says what `checkCreateSessionRequest` says, with its code in `params`. In the
 * strict schemas a missing or mistyped field keeps zod's `invalid_type` code with the core's
 * message, and unknown keys keep zod's one `unrecognized_keys` issue, its message naming each key
 * as the core does; the either-generation schema gives the core's issues as they are.
 */
import * as z from "zod";
import { REQUEST_WORDS, allOf, type PortalId, type PortalSlug } from "../contract.js";
import { CREATE_SESSION_API, type FieldDescription } from "../api/create-session.js";
import { fieldCheck, unknownField } from "../request/fields.js";
import { checkCreateSessionRequest } from "../request/guard.js";
import type { CreateSessionGeneration, CreateSessionIssue } from "../request/types.js";
import { assertZod4 } from "./zod-version.js";

assertZod4();

type Check = (value: unknown, path: readonly (string | number)[]) => CreateSessionIssue[];

/** The core's errors as zod issues on the value being checked. Zod has no warnings, so those stay out. */
function addErrors<T>(ctx: z.RefinementCtx<T>, issues: readonly CreateSessionIssue[]): void {
  for (const { path, code, severity, message, index, end, suggestion } of issues) {
    if (severity === "error") ctx.addIssue({ code: "custom", path: [...path], message, params: { code, index, end, suggestion } });
  }
}

/** A refinement that asks the core's `check` of the value. */
const refine =
  <T>(check: Check) =>
  (value: T, ctx: z.RefinementCtx<T>): void =>
    addErrors(ctx, check(value, []));

/**
 * Zod's own issue for a field of the wrong type, or a required one left out, in the core's
 * words: zod keeps its code (`invalid_type`), the message is the one `checkCreateSessionRequest`
 * gives.
 */
const words = (check: Check, required?: string) => ({
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: equivalent, zod asks only for a value of the wrong type, which the check always has an issue for, and the path given is not in a message
  error: (issue: { input?: unknown }) => (issue.input === undefined && required ? REQUEST_WORDS.missing(required) : check(issue.input, [])[0]?.message),
});

/**
 * Strict objects in the core's words: the unknown-key issue names each key as the core does, with
 * the field it probably meant, and a body that is no object is said to be none as the core says it.
 */
const strict = (generation: CreateSessionGeneration) => ({
  error: (issue: { code?: string; keys?: string[]; input?: unknown }) =>
    issue.code === "unrecognized_keys"
      ? issue.keys && allOf(issue.keys.map((key) => unknownField(key, generation).message))
      : // Stryker disable next-line ConditionalExpression: equivalent where the test is made true: a strict object raises no issue of its own but these two
        issue.code === "invalid_type"
        ? // Stryker disable next-line OptionalChaining: equivalent, a body that is no object always has its issue
          checkCreateSessionRequest(issue.input).issues[0]?.message
        : undefined,
});

/** A string field judged, once zod knows it is a string, by the core's check for it. */
const stringField = (check: Check, required?: string) => z.string(words(check, required)).superRefine(refine<string>(check));

/** The zod schema each kind of field is checked by, as its type says what it outputs. */
interface SchemaOfKind {
  slug: z.ZodType<PortalSlug, string>;
  portal: z.ZodType<PortalSlug | PortalId, string>;
  text: z.ZodType<string, string>;
  url: z.ZodType<string, string>;
  boolean: z.ZodType<boolean, boolean>;
  scopes: z.ZodType<(typeof CREATE_SESSION_API.scopes)[number][], string[]>;
}

/**
 * The schema of one field, by its kind, asking the core's check for it. The portal fields ask the
 * core's field check, not portalSlugSchema: it also says when an ID was sent in the older body's
 * slug. A list's entries are the core's to judge, a non-string one included: an element schema
 * that failed would make zod skip the list's refinement, and the other entries' issues with it.
 */
function schemaOf(name: string, field: FieldDescription): z.ZodType {
  const check = fieldCheck(name, field) as Check;
  const required = field.required ? name : undefined;
  const schema =
    field.kind === "boolean"
      ? z.boolean(words(check))
      : field.kind === "scopes"
        ? z.array(z.unknown(), words(check, required)).superRefine(refine<unknown[]>(check))
        : stringField(check, required);
  return field.required ? schema : schema.optional();
}

/** The shape of a generation's strict object: each field's schema by its kind, optional where the field is. */
type ShapeOf<Generation extends CreateSessionGeneration, Fields = (typeof CREATE_SESSION_API)["generations"][Generation]["fields"]> = {
  [Name in keyof Fields]: Fields[Name] extends { readonly kind: infer Kind extends keyof SchemaOfKind; readonly required: infer Required }
    ? Required extends true
      ? SchemaOfKind[Kind]
      : z.ZodOptional<SchemaOfKind[Kind]>
    : never;
};

/** A generation's fields as zod schemas, in the order the description writes them. */
const shapeOf = <Generation extends CreateSessionGeneration>(generation: Generation): ShapeOf<Generation> =>
  Object.fromEntries(
    Object.entries(CREATE_SESSION_API.generations[generation].fields).map(([name, field]) => [name, schemaOf(name, field as FieldDescription)]),
  ) as ShapeOf<Generation>;

/**
 * The older body (the docs page, `@unkey/api` up to 2.5.0): `slug` by the slug rules,
 * `externalId`, `permissions` from the four scopes, and SDK 2.5.0's optional `preview`. Unknown
 * keys are rejected. An empty `permissions`, which the core only warns about, passes.
 */
export const olderCreateSessionRequestSchema = z.strictObject(shapeOf("older"), strict("older"));

/**
 * The newer body (SDK 2.5.1, the current server): `portal` as an ID or a slug, `externalId`,
 * at least one scope, and optional `preview` and `returnUrl`. Unknown keys are rejected, as
 * the server rejects them. Duplicate scopes, which the core only warns about, pass.
 *
 * @example
 * newerCreateSessionRequestSchema.safeParse({ portal: "my-portal", externalId: "u1", scopes: ["keys.read"] }).error?.issues[0];
 * // { code: "custom", path: ["scopes", 0], message: '"keys.read" is not a scope: …; write "keys:read"',
 * //   params: { code: "unknown_scope", suggestion: "keys:read", … } }
 */
export const newerCreateSessionRequestSchema = z.strictObject(shapeOf("newer"), strict("newer"));

/**
 * Either body, judged by `checkCreateSessionRequest` itself: its errors (a mixed body, a body of
 * neither generation, every field) are this schema's issues, at the same paths with the same
 * messages and the core's code in `params`, so it accepts exactly what the core calls valid. The
 * output is the generation's own schema's: a copy holding the body's own fields.
 */
export const createSessionRequestSchema = z.unknown().transform((body, ctx) => {
  const checked = checkCreateSessionRequest(body);
  addErrors(ctx, checked.issues);
  if (!checked.valid) return z.NEVER;
  // The fields the body sends, as the core read and checked them: zod would also read what a
  // prototype holds, and a body read again may answer otherwise.
  const parsed = (checked.generation === "older" ? olderCreateSessionRequestSchema : newerCreateSessionRequestSchema).safeParse(checked.value);
  // The two agree (a property test holds them to it); should they not, zod's issues say why.
  // Stryker disable next-line ConditionalExpression,ObjectLiteral: equivalent where the issues are not copied: a body the core calls valid parses (the property test holds them to it), so the branch is never taken
  if (!parsed.success) for (const found of parsed.error.issues) ctx.addIssue({ ...found });
  return parsed.success ? parsed.data : z.NEVER;
});
