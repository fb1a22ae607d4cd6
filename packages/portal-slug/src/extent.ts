/**
 * How far a value's problems reach: from the first offending character to the end of the last,
 * over every run of every issue given, where an issue's own `index` and `end` name only its
 * first run. An editor underlines this extent, so that all of what is wrong is marked, not only
 * where it starts. The runs are the checks' own: the slug scan's and the portal ID rule's.
 */
import { PORTAL_ID_PREFIX, type PortalId } from "./contract.js";
import { lastIdCharacterEnd } from "./portal-id.js";
import { runsOf, type Run } from "./scan.js";

/** The span, in JS string offsets (`end` exclusive), that one underline covers. */
export interface IssueExtent {
  readonly index: number;
  readonly end: number;
}

/**
 * The extent of `issues`, as the checks gave them for `input` (`validatePortalSlug`,
 * `validatePortalRef`, `scanPortalSlug`, or a part of their answer): the first offending
 * character of any of them to the end of the last run of any of them. `undefined` when no issue
 * has a place in the text (too short, unknown, not a string), so that the whole value is marked.
 * Never throws.
 *
 * @example
 * const { issues } = validatePortalSlug("Billing_Portal"); // "B" at index 0 (and 1 more), "_" at index 7
 * extentOfIssues("Billing_Portal", issues); // { index: 0, end: 9 }: "Billing_P"
 */
export function extentOfIssues(
  input: string,
  issues: readonly { readonly code: string; readonly index?: number | undefined; readonly end?: number | undefined }[],
): IssueExtent | undefined {
  if (typeof input !== "string") return undefined;
  try {
    return extent(input, issues);
  } catch {
    // Only issues read through a throwing getter or proxy trap get here: no place can be said.
    return undefined;
  }
}

function extent(
  input: string,
  issues: readonly { readonly code: string; readonly index?: number | undefined; readonly end?: number | undefined }[],
): IssueExtent | undefined {
  let index = Infinity;
  let end = -1;
  let runs: Partial<Record<string, Run>> | undefined;
  for (const issue of issues) {
    if (typeof issue.index !== "number" || typeof issue.end !== "number") continue;
    index = Math.min(index, issue.index);
    // An ID's bad characters and a slug's runs end where the checks' own passes say they do; a
    // length problem's span already runs to the end.
    const last =
      issue.code === "invalid_portal_id"
        ? input.startsWith(PORTAL_ID_PREFIX) && lastIdCharacterEnd(input as PortalId)
        : // Stryker disable next-line StringLiteral: equivalent, the scan has no run named too_long, nor one named "": the test only spares the scan
          issue.code !== "too_long" && (runs ??= runsOf(input) as Partial<Record<string, Run>>)[issue.code]?.last;
    end = Math.max(end, issue.end, typeof last === "number" ? last : -1);
  }
  return end < 0 ? undefined : { index, end };
}
