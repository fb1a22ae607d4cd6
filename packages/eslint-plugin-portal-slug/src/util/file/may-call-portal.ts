/**
 * Whether a linted file can hold a portal call at all: the first question every rule of the
 * plugin asks, before its options are merged, its settings read or its file analysed. Every
 * built-in call shape spells what their names share (`reateSession`: the SDK's method and
 * standalone function, the endpoint's URL), and a wrapper its last name. Most files of a project
 * spell none, and this question is all they cost: it allocates nothing, and reads as little of
 * the rule's context as it can: the text first. Each property a rule reads of its context costs
 * a lookup that misses V8's caches (ESLint makes the context anew for every file, its prototype
 * too), of a microsecond or two in a run's first pass (BENCHMARKS.md).
 */
import type { TSESLint } from "@typescript-eslint/utils";
import type { Callee } from "../calls/callees-option.js";
import { SPELLED_BY_EVERY_SHAPE } from "../calls/unkey-calls.js";
import { lastAnswer } from "../cache.js";
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
 * (`reate`) and after the anchor is compared only where the anchor was found. Without a capital,
 * the whole spelling.
 */
const ANCHOR_AT = Math.max(0, SPELLED_BY_EVERY_SHAPE.search(/[A-Z][^A-Z]*$/));
/**
 * How long the anchor is at most. V8 searches a pattern of fewer than 7 characters linearly, from
 * one occurrence of its first character to the next; for a longer one it turns, after a few
 * false starts, to a Boyer-Moore-Horspool search whose tables it builds on every call, which a
 * file's few kilobytes do not repay: on Unkey's files `"Sessio"` is found 2-4 times as fast as
 * `"Session"` or the whole spelling.
 */
const ANCHOR_MAX = 6;
const BEFORE = SPELLED_BY_EVERY_SHAPE.slice(0, ANCHOR_AT);
const ANCHOR = SPELLED_BY_EVERY_SHAPE.slice(ANCHOR_AT, ANCHOR_AT + ANCHOR_MAX);
const AFTER = SPELLED_BY_EVERY_SHAPE.slice(ANCHOR_AT + ANCHOR.length);

/** Whether `text` spells what every built-in call shape spells. */
export function spellsEveryShape(text: string): boolean {
  for (let at = text.indexOf(ANCHOR, BEFORE.length); at >= 0; at = text.indexOf(ANCHOR, at + 1)) {
    if (text.startsWith(BEFORE, at - BEFORE.length) && text.startsWith(AFTER, at + ANCHOR.length)) return true;
  }
  return false;
}

/**
 * Whether the text spells it, asked by each rule in turn of the same file: the answer for the
 * text asked last is kept, so that the second rule compares its text with the first's (the same
 * string, one pointer) instead of searching it again.
 */
const spelledInText = lastAnswer(spellsEveryShape);

/**
 * Whether the settings were read without a mistake on a file that holds no portal call, in this
 * process. A lint run is one process (a CLI run, each worker thread of one) and reads one config:
 * a mistaken setting is said on the first file it is read for, which stops the run, so that once
 * a run is enough. Reading `context.settings` on every file cost more than the search itself
 * (BENCHMARKS.md); a file that may call a portal reads them anyway, in the rule.
 */
let settingsRead = false;

/**
 * Whether the file `context` lints can hold a portal call of a built-in shape or of one of the
 * rule's `callees`; the rule has nothing to do in a file where it cannot. Throws a mistaken
 * setting on the process's first file without a call, and, until the settings read well once, on
 * every file after it.
 */
export function mayCallPortal(context: GateContext): boolean {
  const { text } = context.sourceCode;
  // Where it can, the rule reads the settings, and says a mistake, itself.
  if (spelledInText(text)) return true;
  if (!settingsRead) {
    // Its answer is kept for the settings object (settings.ts); a mistake throws before the flag is set.
    readSettings(context.settings);
    settingsRead = true;
  }
  const callees = context.options[0]?.callees;
  if (!callees?.length) return false;
  for (const { name } of callees) if (text.includes(name.slice(name.lastIndexOf(".") + 1))) return true;
  return false;
}
