/**
 * Zod 4 schemas behind the `portal-slug/zod` subpath, so that zod stays an optional peer: the
 * core never imports it. Each schema reports one zod issue per slug issue, with the core's
 * message and the code and span in `params`.
 */
import * as z from "zod";
import { typeMessage, withSuggestion, type PortalId, type PortalSlug, type PortalSlugIssue } from "../contract.js";
import type { PortalRefIssue } from "../issues.js";
import { validatePortalRef } from "../ref.js";
import { validatePortalSlug } from "../validate.js";
import { assertZod4 } from "./zod-version.js";

assertZod4();

/** Turns core issues into zod issues on the value being checked, each message naming the suggestion its params carry. */
const report = (ctx: z.RefinementCtx<string>, issues: readonly (PortalSlugIssue | PortalRefIssue)[], suggestion: PortalSlug | undefined): void => {
  for (const { code, message, index, end } of issues) {
    ctx.addIssue({ code: "custom", message: withSuggestion(message, suggestion), params: { code, index, end, suggestion } });
  }
};

/** A string, as zod checks one, with the core's words for a value that is none: zod keeps its `invalid_type` code. */
const text = (): z.ZodString => z.string({ error: (issue) => (issue.code === "invalid_type" ? typeMessage(issue.input) : undefined) });

/**
 * A zod schema for a portal slug. Its output is the core's branded {@link PortalSlug}, so a
 * parsed value fits everywhere a checked slug is wanted and a plain string does not.
 *
 * @example
 * portalSlugSchema.safeParse("my_portal").error?.issues[0]?.params
 * // { code: "underscore", index: 2, end: 3, suggestion: "my-portal" }
 */
export const portalSlugSchema = text().superRefine((value, ctx) => {
  const result = validatePortalSlug(value);
  if (!result.valid) report(ctx, result.issues, result.suggestion);
}) as unknown as z.ZodType<PortalSlug, string>;

/**
 * A zod schema for the newer `portal` field: a portal ID (`pc_…`) or a slug, each judged by
 * its own rule.
 */
export const portalRefSchema = text().superRefine((value, ctx) => {
  const result = validatePortalRef(value);
  if (!result.valid) report(ctx, result.issues, "suggestion" in result ? result.suggestion : undefined);
}) as unknown as z.ZodType<PortalSlug | PortalId, string>;

export { createSessionRequestSchema, newerCreateSessionRequestSchema, olderCreateSessionRequestSchema } from "./request.js";
