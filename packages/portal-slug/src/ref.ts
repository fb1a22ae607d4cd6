/**
 * The newer request field `portal` takes a portal ID or a slug. The two never overlap (an ID
 * has an underscore, a slug never does), so the prefix decides which rule applies.
 */
import { characterMessage, type PortalSlug, type PortalSlugIssue } from "./rules.js";
import { validatePortalSlug } from "./validate.js";

/** A portal ID as Unkey issues them: `pc_` then letters and digits. */
export type PortalId = `pc_${string}`;

/** The newer server's own limit on the `portal` field (`^[a-zA-Z0-9_-]{3,255}$`), which an ID must keep. */
export const PORTAL_ID_MAX_LENGTH = 255;

/**
 * A slug issue, or what can be wrong with an ID: a bad character or nothing after `pc_`
 * (`invalid_portal_id`), and more than {@link PORTAL_ID_MAX_LENGTH} characters (`too_long`).
 */
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
 * Validates a value for the newer `portal` field: a portal ID (`pc_` then letters and digits,
 * at most {@link PORTAL_ID_MAX_LENGTH} characters in all) by the ID rule, anything else by the
 * slug rules. Never throws.
 */
export function validatePortalRef(input: unknown): PortalRefResult {
  if (typeof input !== "string" || !looksLikePortalId(input)) {
    return { ...validatePortalSlug(input), kind: typeof input === "string" ? "slug" : undefined } as PortalRefResult;
  }
  // By code point (the u flag), so that an emoji is one character with a span over both halves.
  const bad = /[^a-zA-Z0-9]|$/u.exec(input.slice(3)) as RegExpExecArray;
  const index = bad.index + 3;
  const issues: PortalRefIssue[] = [];
  if (bad[0]) {
    const end = index + bad[0].length;
    const message = characterMessage('is not allowed in a portal ID: "pc_" then letters and digits', bad[0], index, end);
    issues.push({ code: "invalid_portal_id", message, index, end });
  } else if (index === 3) {
    issues.push({ code: "invalid_portal_id", message: 'Nothing follows "pc_": a portal ID has letters and digits after it', index, end: index });
  }
  if (input.length > PORTAL_ID_MAX_LENGTH) {
    const message = `Too long for a portal ID: ${input.length} of at most ${PORTAL_ID_MAX_LENGTH} characters`;
    issues.push({ code: "too_long", message, index: PORTAL_ID_MAX_LENGTH, end: input.length });
  }
  // In reading order, as the slug scan gives them: a bad character may stand past the 255th.
  return issues.length ? { valid: false, kind: "id", issues: issues.sort((a, b) => (a.index ?? 0) - (b.index ?? 0)) } : { valid: true, kind: "id", value: input };
}
