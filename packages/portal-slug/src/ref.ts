/**
 * The newer request field `portal` takes a portal ID or a slug. The two never overlap (an ID
 * has an underscore, a slug never does), so the prefix decides which rule applies.
 */
import {
  PORTAL_ID_MAX_LENGTH,
  PORTAL_ID_PREFIX,
  PORTAL_ID_WORDS,
  QUOTED_CHARACTERS,
  characterMessage,
  type PortalId,
  type PortalSlug,
  type PortalSlugIssue,
} from "./contract.js";
import { quote } from "./text.js";
import { validatePortalSlug } from "./validate.js";

/**
 * A slug issue, or what can be wrong with an ID: a bad character or nothing after `pc_`
 * (`invalid_portal_id`), and more than {@link PORTAL_ID_MAX_LENGTH} characters (`too_long`).
 */
export type PortalRefIssue = PortalSlugIssue | { readonly code: "invalid_portal_id"; readonly message: string; readonly index: number; readonly end: number };

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
export const looksLikePortalId = (input: string): input is PortalId => input.startsWith(PORTAL_ID_PREFIX);

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
  const bad = /[^a-zA-Z0-9]|$/u.exec(input.slice(PORTAL_ID_PREFIX.length)) as RegExpExecArray;
  const index = bad.index + PORTAL_ID_PREFIX.length;
  const issues: PortalRefIssue[] = [];
  if (bad[0]) {
    const end = index + bad[0].length;
    const message = characterMessage(PORTAL_ID_WORDS.character, quote(bad[0], QUOTED_CHARACTERS), index, end);
    issues.push({ code: "invalid_portal_id", message, index, end });
  } else if (index === PORTAL_ID_PREFIX.length) {
    issues.push({ code: "invalid_portal_id", message: PORTAL_ID_WORDS.empty, index, end: index });
  }
  if (input.length > PORTAL_ID_MAX_LENGTH) {
    issues.push({ code: "too_long", message: PORTAL_ID_WORDS.tooLong(input.length), index: PORTAL_ID_MAX_LENGTH, end: input.length });
  }
  // In reading order, as the slug scan gives them: a bad character may stand past the 255th.
  return issues.length
    ? { valid: false, kind: "id", issues: issues.sort((a, b) => (a.index ?? 0) - (b.index ?? 0)) }
    : { valid: true, kind: "id", value: input };
}
