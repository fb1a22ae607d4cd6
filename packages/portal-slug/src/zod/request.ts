/**
 * Zod 4 schemas for the whole `portal.createSession` body: one strict object per generation,
 * and one that picks the generation as the core does. Every field asks the core's own check,
 * so a zod issue says what `checkCreateSessionRequest` says, with its code in `params`. In the
 * strict schemas a missing or mistyped field keeps zod's `invalid_type` code with the core's
 * message, and unknown keys keep zod's one `unrecognized_keys` issue, its message naming each key
 * as the core does; the either-generation schema gives the core's issues as they are.
 */
import * as z from "zod";
import { REQUEST_WORDS, allOf, type PortalId, type PortalScope, type PortalSlug, type RequiredField } from "../contract.js";
import { checkExternalId, checkPortalField, checkPreview, checkReturnUrl, checkScopeList, unknownField } from "../request/fields.js";
import { checkCreateSessionRequest } from "../request/guard.js";
import type { CreateSessionGeneration, CreateSessionIssue } from "../request/types.js";

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
const words = (check: Check, required?: RequiredField) => ({
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
      : issue.code === "invalid_type"
        ? checkCreateSessionRequest(issue.input).issues[0]?.message
        : undefined,
});

/** A string field judged, once zod knows it is a string, by the core's check for it. */
const stringField = (check: Check, required?: RequiredField) => z.string(words(check, required)).superRefine(refine<string>(check));

// The portal fields ask the core's field check, not portalSlugSchema: it also says when an ID
// was sent in the older body's slug.
const slugSchema = stringField((value, path) => checkPortalField("slug", value, path), "slug") as unknown as z.ZodType<PortalSlug, string>;
const refSchema = stringField((value, path) => checkPortalField("portal", value, path), "portal") as unknown as z.ZodType<PortalSlug | PortalId, string>;
const externalIdSchema = stringField(checkExternalId, "externalId");
const returnUrlSchema = stringField(checkReturnUrl);
const previewSchema = z.boolean(words(checkPreview));
// Entries are the core's to judge, a non-string one included: an element schema that failed
// would make zod skip the list's refinement, and the other entries' issues with it.
const scopeListSchema = (field: "scopes" | "permissions") => {
  const check: Check = (value, path) => checkScopeList(field, value, path);
  return z.array(z.unknown(), words(check, field)).superRefine(refine<unknown[]>(check)) as unknown as z.ZodType<PortalScope[], string[]>;
};

/**
 * The older body (the docs page, `@unkey/api` up to 2.5.0): `slug` by the slug rules,
 * `externalId`, `permissions` from the four scopes, and SDK 2.5.0's optional `preview`. Unknown
 * keys are rejected. An empty `permissions`, which the core only warns about, passes.
 */
export const olderCreateSessionRequestSchema = z.strictObject(
  {
    slug: slugSchema,
    externalId: externalIdSchema,
    permissions: scopeListSchema("permissions"),
    preview: previewSchema.optional(),
  },
  strict("older"),
);

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
export const newerCreateSessionRequestSchema = z.strictObject(
  {
    portal: refSchema,
    externalId: externalIdSchema,
    scopes: scopeListSchema("scopes"),
    preview: previewSchema.optional(),
    returnUrl: returnUrlSchema.optional(),
  },
  strict("newer"),
);

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
  // The fields the body sends, as the core read them: zod would also read what a prototype holds.
  const sent = Object.fromEntries(Object.entries(body as object));
  const parsed = (checked.generation === "older" ? olderCreateSessionRequestSchema : newerCreateSessionRequestSchema).safeParse(sent);
  // The two agree (a property test holds them to it); should they not, zod's issues say why.
  if (!parsed.success) for (const found of parsed.error.issues) ctx.addIssue({ ...found });
  return parsed.success ? parsed.data : z.NEVER;
});
