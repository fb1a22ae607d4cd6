/**
 * The portal ID rule on its own: `pc_` then letters and digits, at most 255 characters. `ref.ts`
 * joins it with the slug rules for the newer `portal` field; the known-portals list asks it of
 * each declared ID without the options a check takes.
 */
import { PORTAL_ID_MAX_LENGTH, PORTAL_ID_PREFIX, PORTAL_ID_WORDS, QUOTED_CHARACTERS, QUOTED_VALUE, characterMessage, type PortalId } from "./contract.js";
import { LAST_BMP, characterStart } from "./code-points.js";
import type { PortalIdIssue } from "./issues.js";
import { quote } from "./text.js";

/** True when `input` starts like a portal ID, so that the ID rule, not the slug rule, judges it. */
export const looksLikePortalId = (input: string): input is PortalId => typeof input === "string" && input.startsWith(PORTAL_ID_PREFIX);

/** Every broken ID rule of `input`, which starts with `pc_`, in reading order; empty for a well-formed ID. */
export function portalIdIssues(input: PortalId): PortalIdIssue[] {
  // By code point (the u flag), so that an emoji is one character with a span over both halves.
  const bad = /[^a-zA-Z0-9]|$/u.exec(input.slice(PORTAL_ID_PREFIX.length)) as RegExpExecArray;
  const index = bad.index + PORTAL_ID_PREFIX.length;
  const issues: PortalIdIssue[] = [];
  if (bad[0]) {
    const end = index + bad[0].length;
    const message = characterMessage(PORTAL_ID_WORDS.character, quote(bad[0], QUOTED_CHARACTERS), index);
    issues.push({ code: "invalid_portal_id", message, index, end });
  } else if (index === PORTAL_ID_PREFIX.length) {
    issues.push({ code: "invalid_portal_id", message: PORTAL_ID_WORDS.empty, index, end: index });
  }
  if (input.length > PORTAL_ID_MAX_LENGTH) {
    const message = PORTAL_ID_WORDS.tooLong(quote(input, QUOTED_VALUE), input.length);
    issues.push({ code: "too_long", message, index: characterStart(input, PORTAL_ID_MAX_LENGTH), end: input.length });
  }
  // In reading order, as the slug scan gives them: a bad character may stand past the 255th.
  return issues.sort((a, b) => a.index - b.index);
}

/**
 * Where the last character an ID may not have ends in `input`, which starts with `pc_`, or
 * `undefined` when it has none: {@link portalIdIssues} names the first, an editor underlines up
 * to this one. @internal
 */
export function lastIdCharacterEnd(input: PortalId): number | undefined {
  // By code point, as the first is found; the letters and digits after it are what the match skips.
  const last = /[^a-zA-Z0-9][a-zA-Z0-9]*$/u.exec(input.slice(PORTAL_ID_PREFIX.length));
  return last ? PORTAL_ID_PREFIX.length + last.index + ((last[0].codePointAt(0) as number) > LAST_BMP ? 2 : 1) : undefined;
}
