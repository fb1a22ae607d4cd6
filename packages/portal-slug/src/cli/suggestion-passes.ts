/**
 * The heart of `fix`: a file's text linted, the plugin's suggestions applied where a report has
 * exactly one (and it names no other portal), and linted again, until nothing changes. Two suggestions can touch the same
 * characters (the older body's migration renames `slug` around the literal that valid-slug
 * rewrites), so a pass applies those that do not overlap and leaves the rest to the next one, as
 * ESLint's own fix loop does with fixes; the passes are bounded as ESLint bounds its own.
 */
import { DECLARED_PORTAL_SUGGESTION } from "../portals/portal-list.js";
import type { LintMessage } from "./user-eslint.js";

/** The most passes over one file, as many as ESLint makes for its fixes. */
export const MOST_PASSES = 10;

/** The plugin's rules, whose suggestions fix applies and whose reports it counts. */
export const isPortalSlugReport = (message: LintMessage): boolean => message.ruleId?.startsWith("portal-slug/") === true;

/** What the passes made of a file. */
export type Passes =
  | {
      readonly ok: true;
      /** The text with every applied suggestion; the text read when none applied. */
      readonly text: string;
      /** How many suggestions were applied, over all passes. */
      readonly applied: number;
      /** The plugin's reports on the final text: none with a suggestion `fix` applies, unless the passes ran out. */
      readonly left: readonly LintMessage[];
      /**
       * Where a place of the final text (ESLint's line and column, from 1) is in the text read:
       * what a report left is to be found at while the file still holds that text (`--dry-run`).
       * A place inside a suggestion's new text is where the text it replaced starts.
       */
      readonly placeAsRead: (line: number, column: number) => { readonly line: number; readonly column: number };
    }
  | {
      readonly ok: false;
      /** The parse error that stopped it: of the text read, or of a text the suggestions made. */
      readonly fatal: LintMessage;
      /** Whether the text read already did not parse (else a suggestion broke it). */
      readonly asRead: boolean;
    };

/** An edit a suggestion makes: the range of the text it replaces, and the text it puts there. */
interface Edit {
  readonly range: readonly [number, number];
  readonly text: string;
}

/**
 * The one suggestion of a report of the plugin's that `fix` applies: where there is exactly one,
 * and it does not name another portal (the declared one nearest the value), which a person
 * chooses.
 */
function applicable(message: LintMessage): Edit | undefined {
  if (!isPortalSlugReport(message) || message.suggestions?.length !== 1) return undefined;
  const [only] = message.suggestions as readonly [NonNullable<LintMessage["suggestions"]>[number]];
  return only.messageId === DECLARED_PORTAL_SUGGESTION ? undefined : only.fix;
}

/**
 * The edits of one pass: the applicable suggestion of each of the plugin's reports, in the order
 * of the text, each that overlaps or touches the one before left for the next pass.
 */
function editsOf(messages: readonly LintMessage[]): Edit[] {
  const wanted = messages.flatMap((message) => applicable(message) ?? []).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const edits: Edit[] = [];
  let end = -1;
  for (const edit of wanted) {
    if (edit.range[0] <= end || edit.range[0] > edit.range[1]) continue;
    edits.push(edit);
    end = edit.range[1];
  }
  return edits;
}

/** `text` with `edits` (in order, none overlapping) made. */
function apply(text: string, edits: readonly Edit[]): string {
  let out = "";
  let at = 0;
  for (const { range, text: inserted } of edits) {
    out += text.slice(at, range[0]) + inserted;
    at = range[1];
  }
  return out + text.slice(at);
}

const BOM = "\ufeff";

/** Where each line of `text` starts, its lines broken as ESLint breaks them. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const { index, 0: end } of text.matchAll(/\r\n|[\r\n\u2028\u2029]/g)) starts.push(index + end.length);
  return starts;
}

/** Where `offset` of the text `edits` made was in the text they were made on. */
function offsetBefore(edits: readonly Edit[], offset: number): number {
  let shift = 0;
  for (const { range, text } of edits) {
    const start = range[0] + shift;
    if (offset < start) break;
    if (offset < start + text.length) return range[0];
    shift += text.length - (range[1] - range[0]);
  }
  return offset - shift;
}

/**
 * Applies the plugin's suggestions to `text` pass after pass, linting it with `lint` (which
 * answers ESLint's messages for a text of the file) until a pass applies nothing, the text stops
 * changing or {@link MOST_PASSES} are made. `first` are the messages of `text` when they are
 * known already. A text that does not parse, before or after a pass, stops it all: the file is
 * to be left as it was.
 */
export async function applySuggestions(text: string, lint: (text: string) => Promise<readonly LintMessage[]>, first?: readonly LintMessage[]): Promise<Passes> {
  // ESLint's ranges count from after a byte order mark, and its fixes keep the mark.
  const bom = text.startsWith(BOM) ? BOM : "";
  let body = text.slice(bom.length);
  const read = body;
  let messages = first ?? (await lint(text));
  let applied = 0;
  const made: Edit[][] = [];
  for (let pass = 0; ; pass++) {
    const fatal = messages.find((message) => message.fatal === true);
    if (fatal) return { ok: false, fatal, asRead: pass === 0 };
    const edits = pass < MOST_PASSES ? editsOf(messages) : [];
    const next = apply(body, edits);
    if (next === body) {
      const final = body;
      // Each text's line starts, found once, on the first place asked.
      let finalStarts: number[] | undefined;
      let starts: number[] | undefined;
      const placeAsRead = (line: number, column: number) => {
        finalStarts ??= lineStarts(final);
        starts ??= lineStarts(read);
        let offset = (finalStarts[line - 1] ?? final.length) + column - 1;
        for (let at = made.length - 1; at >= 0; at--) offset = offsetBefore(made[at] as Edit[], offset);
        let found = starts.length - 1;
        // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, ESLint's columns start at 1, so no offset is before the first line's start (0) and the guard never stops the walk
        while (found > 0 && (starts[found] as number) > offset) found--;
        return { line: found + 1, column: offset - (starts[found] as number) + 1 };
      };
      return { ok: true, text: bom + body, applied, left: messages.filter(isPortalSlugReport), placeAsRead };
    }
    made.push(edits);
    body = next;
    applied += edits.length;
    messages = await lint(bom + body);
  }
}
