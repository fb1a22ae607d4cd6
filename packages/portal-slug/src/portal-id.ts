/**
 * The portal ID rule on its own: `pc_` then letters and digits, at most 255 characters. `ref.ts`
 * joins it with the slug rules for the newer `portal` field; the known-portals list asks it of
 * each declared ID without the options a check takes.
 */
import {
  ID_PREFIX_IN_CAPITALS,
  PORTAL_ID_MAX_LENGTH,
  PORTAL_ID_PREFIX,
  PORTAL_ID_WORDS,
  QUOTED_CHARACTERS,
  QUOTED_VALUE,
  characterMessage,
  type PortalId,
} from "./contract.js";
import { LAST_BMP, characterStart } from "./code-points.js";
import type { PortalIdIssue } from "./issues.js";
import { quote } from "./text.js";

/** True when `input` starts like a portal ID, so that the ID rule, not the slug rule, judges it. */
export const looksLikePortalId = (input: string): input is PortalId => typeof input === "string" && input.startsWith(PORTAL_ID_PREFIX);

/**
 * Whether `input` reads as a portal ID, its prefix perhaps in capitals or whitespace before it
 * (`PC_3Kd9xQ2`, ` pc_3Kd9xQ2`): a slug made of such a value (`pc-3kd9xq2`) would name another
 * portal, so the slug rules suggest none. @internal
 */
export function readsAsPortalId(input: string): boolean {
  return input.trimStart().slice(0, PORTAL_ID_PREFIX.length).toLowerCase() === PORTAL_ID_PREFIX;
}

/**
 * The portal ID `input` most likely meant, for a value that {@link readsAsPortalId}: the value with
 * its prefix in lowercase and the whitespace around it gone, when that is a well-formed ID. The
 * characters after the prefix are kept as written, since an ID is case-sensitive. @internal
 */
export function meantPortalId(input: string): PortalId | undefined {
  const id = `${PORTAL_ID_PREFIX}${input.trim().slice(PORTAL_ID_PREFIX.length)}` as PortalId;
  return portalIdIssues(id).length ? undefined : id;
}

/**
 * Every broken ID rule of `input`, which {@link readsAsPortalId} but does not start with `pc_`
 * itself: the whitespace before it, its prefix as written, and what the ID rule says of the rest,
 * in reading order. @internal
 */
export function misreadIdIssues(input: string): PortalIdIssue[] {
  const start = input.length - input.trimStart().length;
  const end = start + PORTAL_ID_PREFIX.length;
  const issues: PortalIdIssue[] = start
    ? [
        {
          code: "invalid_portal_id",
          message: characterMessage(PORTAL_ID_WORDS.character, quote(input.slice(0, start), QUOTED_CHARACTERS), 0),
          index: 0,
          end: start,
        },
      ]
    : [];
  const prefix = input.slice(start, end);
  if (prefix !== PORTAL_ID_PREFIX) {
    issues.push({ code: "invalid_portal_id", message: characterMessage(ID_PREFIX_IN_CAPITALS, quote(prefix, QUOTED_CHARACTERS), start), index: start, end });
  }
  // The rest as the ID rule reads it, which does not read the prefix again.
  return [...issues, ...portalIdIssues(input, start)];
}

/**
 * Every broken ID rule of `input`, whose ID starts at `from` with `pc_` (or with the prefix
 * mistyped, which is not read here), in reading order, at their places in `input`; empty for a
 * well-formed ID.
 */
export function portalIdIssues(input: string, from = 0): PortalIdIssue[] {
  const rest = from + PORTAL_ID_PREFIX.length;
  // By code point (the u flag), so that an emoji is one character with a span over both halves.
  const bad = /[^a-zA-Z0-9]|$/u.exec(input.slice(rest)) as RegExpExecArray;
  const index = bad.index + rest;
  const issues: PortalIdIssue[] = [];
  if (bad[0]) {
    const end = index + bad[0].length;
    const message = characterMessage(PORTAL_ID_WORDS.character, quote(bad[0], QUOTED_CHARACTERS), index);
    issues.push({ code: "invalid_portal_id", message, index, end });
  } else if (index === rest) {
    issues.push({ code: "invalid_portal_id", message: PORTAL_ID_WORDS.empty, index, end: index });
  }
  if (input.length - from > PORTAL_ID_MAX_LENGTH) {
    const message = PORTAL_ID_WORDS.tooLong(quote(input.slice(from), QUOTED_VALUE), input.length - from);
    issues.push({ code: "too_long", message, index: characterStart(input, from + PORTAL_ID_MAX_LENGTH), end: input.length });
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
