/**
 * The newer request field `portal` takes a portal ID or a slug. The two never overlap (an ID
 * has an underscore, a slug never does), so the prefix decides which rule applies.
 */
import { characterMessage, type PortalSlug, type PortalSlugIssue } from "./rules.js";
import { validatePortalSlug } from "./validate.js";

/** A portal ID as Unkey issues them: `pc_` then letters and digits. */
export type PortalId = `pc_${string}`;

/** A slug issue, or the one way an ID can be malformed (a bad character, or nothing after `pc_`). */
export type PortalRefIssue =
  | PortalSlugIssue
  | { readonly code: "invalid_portal_id"; readonly message: string; readonly index: number; readonly end: number };

/** What {@link validatePortalRef} answers. `kind` says which rule the value was judged by. */
export type PortalRefResult =
  | { readonly valid: true; readonly kind: "id"; readonly value: PortalId }
  | { readonly valid: true; readonly kind: "slug"; readonly value: PortalSlug }
  | {
      readonly valid: false;
      /** `undefined` when the value is not a string, so neither rule could apply. */
      readonly kind: "id" | "slug" | undefined;
      readonly issues: readonly PortalRefIssue[];
      readonly suggestion?: PortalSlug;
    };

/** True when `input` starts like a portal ID, so that the ID rule, not the slug rule, judges it. */
export const looksLikePortalId = (input: string): input is PortalId => input.startsWith("pc_");

/**
 * Validates a value for the newer `portal` field: a portal ID (`pc_` then letters and digits)
 * by the ID rule, anything else by the slug rules. Never throws.
 */
export function validatePortalRef(input: unknown): PortalRefResult {
  if (typeof input !== "string" || !looksLikePortalId(input)) {
    return { ...validatePortalSlug(input), kind: typeof input === "string" ? "slug" : undefined } as PortalRefResult;
  }
  const bad = /[^a-zA-Z0-9]|$/.exec(input.slice(3)) as RegExpExecArray;
  const index = bad.index + 3;
  if (bad[0]) {
    const message = characterMessage('is not allowed in a portal ID: "pc_" then letters and digits', bad[0], index, index + 1);
    return { valid: false, kind: "id", issues: [{ code: "invalid_portal_id", message, index, end: index + 1 }] };
  }
  if (index > 3) return { valid: true, kind: "id", value: input };
  return { valid: false, kind: "id", issues: [{ code: "invalid_portal_id", message: 'Nothing follows "pc_": a portal ID has letters and digits after it', index, end: index }] };
}
