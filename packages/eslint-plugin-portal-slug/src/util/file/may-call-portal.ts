/**
 * Whether a linted file can hold a portal call at all: the first question every rule of the
 * plugin asks, before its options are merged, its settings read or its file analysed. Every
 * built-in call shape spells what their names share (`reateSession`: the SDK's method and
 * standalone function, the endpoint's URL), and a wrapper its last name. Most files of a project
 * spell none, and this question is all they cost: it allocates nothing, and its answer is kept
 * for the file's text, which every rule asks about in turn.
 */
import type { TSESLint } from "@typescript-eslint/utils";
import { lastAnswer } from "../cache.js";
import type { Callee } from "../calls/callees-option.js";
import { SPELLED_BY_EVERY_SHAPE } from "../calls/unkey-calls.js";
import { readSettings } from "../settings.js";

/** What the question reads of a rule's context: the options of either rule begin with `callees`. */
export type GateContext = Readonly<{
  sourceCode: Readonly<Pick<TSESLint.SourceCode, "text">>;
  settings?: Readonly<Record<string, unknown>> | undefined;
  options: readonly [({ readonly callees?: readonly Callee[] | undefined } | undefined)?, ...unknown[]];
}>;

/**
 * Where the search for the spelling starts: at its last capital letter (`Session`). A search
 * runs from one occurrence of its first character to the next, and capitals are far rarer in
 * code than the lowercase letter the whole spelling starts with; what comes before the capital
 * (`reate`) is compared only where the rest was found. Without a capital, the whole spelling.
 */
const ANCHOR_AT = Math.max(0, SPELLED_BY_EVERY_SHAPE.search(/[A-Z][^A-Z]*$/));
const BEFORE = SPELLED_BY_EVERY_SHAPE.slice(0, ANCHOR_AT);
const ANCHOR = SPELLED_BY_EVERY_SHAPE.slice(ANCHOR_AT);

/** Whether `text` spells what every built-in call shape spells. */
export function spellsEveryShape(text: string): boolean {
  for (let at = text.indexOf(ANCHOR, BEFORE.length); at >= 0; at = text.indexOf(ANCHOR, at + 1)) {
    if (text.startsWith(BEFORE, at - BEFORE.length)) return true;
  }
  return false;
}

/** The answer for the text of the file linted last: each rule asks it of every file, in turn. */
const spelledInLast = lastAnswer(spellsEveryShape);

/**
 * Whether the file `context` lints can hold a portal call of a built-in shape or of one of the
 * rule's `callees`; the rule has nothing to do in a file where it cannot.
 */
export function mayCallPortal(context: GateContext): boolean {
  // Asked of every file, though most call no portal: a mistaken setting is said whatever the
  // file holds. Its answer is kept for the settings object, which a run's files share.
  readSettings(context.settings);
  const { text } = context.sourceCode;
  if (spelledInLast(text)) return true;
  const callees = context.options[0]?.callees;
  if (!callees?.length) return false;
  for (const { name } of callees) if (text.includes(name.slice(name.lastIndexOf(".") + 1))) return true;
  return false;
}
