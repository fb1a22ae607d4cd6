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
import { readSettings } from "../settings.js";

/** What the question reads of a rule's context: the options of either rule begin with `callees`. */
export type GateContext = Readonly<{
  sourceCode: Readonly<Pick<TSESLint.SourceCode, "text">>;
  settings?: Readonly<Record<string, unknown>> | undefined;
  options: readonly [({ readonly callees?: readonly Callee[] | undefined } | undefined)?, ...unknown[]];
}>;

/**
 * Whether `text` spells {@link SPELLED_BY_EVERY_SHAPE}, searched from its last capital letter on
 * (`Sessio`, the anchor); what comes before it (`reate`) and after it (`n`) is compared only where
 * the anchor was found. A search runs from one occurrence of its first character to the next, and
 * capitals are far rarer in code than the lowercase letter the whole spelling starts with. The
 * anchor is 6 characters: V8 searches a pattern that short linearly, and a longer one, after a few
 * false starts, with a Boyer-Moore-Horspool search whose tables it builds on every call, which a
 * file's few kilobytes do not repay (`"Sessio"` is found 2-4 times as fast as `"Session"` on
 * Unkey's files). The parts are literals in the code, not cut from the spelling once: V8's
 * optimizing compiler compares a literal's characters in place, and files without a call cost a
 * tenth less in a run's first pass (BENCHMARKS.md).
 */
function spellsAnchored(text: string): boolean {
  for (let at = text.indexOf("Sessio", 5); at >= 0; at = text.indexOf("Sessio", at + 1)) {
    if (text.startsWith("reate", at - 5) && text.startsWith("n", at + 6)) return true;
  }
  return false;
}

/** What {@link spellsAnchored} looks for, its parts as it writes them. */
const ANCHORED = "reate" + "Sessio" + "n";

/**
 * Whether `text` spells what every built-in call shape spells. Should Unkey's names change, the
 * parts above no longer spell their common ending and the engine's own search takes over, as
 * correct and slower, until the parts are written anew (a test says so). Not exported: V8 reads
 * an exported binding through a cell of its own on every call, a module's own through its scope.
 */
const spellsEveryShape: (text: string) => boolean = ANCHORED === SPELLED_BY_EVERY_SHAPE ? spellsAnchored : (text) => text.includes(SPELLED_BY_EVERY_SHAPE);

/**
 * The text asked last and its answer, for each rule in turn of the same file: the second rule
 * compares its text with the first's (the same string, one pointer) instead of searching it
 * again. Kept here rather than by `lastAnswer`: the gate below is one function that calls nothing
 * on the way to its answer, and V8 optimizes such a function after fewer files.
 */
let lastText: string | undefined;
let lastSpelled = false;

/**
 * Whether the settings were read without a mistake on a file that holds no portal call, in this
 * process. A lint run is one process (a CLI run, each worker thread of one) and reads one config:
 * a mistaken setting is said on the first file it is read for, which stops the run, so that once
 * a run is enough. Reading `context.settings` on every file cost more than the search itself
 * (BENCHMARKS.md); a file that may call a portal reads them anyway, in the rule.
 */
let settingsRead = false;

/**
 * A rule's `create` that runs `create` only in a file that can hold a portal call of a built-in
 * shape or of one of the rule's `callees`, and answers `none` in any other: the rule has nothing
 * to do there. Throws a mistaken setting on the process's first file without a call, and, until
 * the settings read well once, on every file after it. One function, asked for every file by every
 * rule: in a run's first pass, before V8 has optimized it, each call it makes and each property it
 * reads costs (BENCHMARKS.md).
 */
export function whereMayCallPortal<Context extends GateContext, Listeners>(
  create: (context: Context) => Listeners,
  none: Listeners,
): (context: Context) => Listeners {
  return (context) => {
    const { text } = context.sourceCode;
    if (text !== lastText) {
      // Searched before it is kept: a search cannot throw, but the order keeps the pair true.
      lastSpelled = spellsEveryShape(text);
      lastText = text;
    }
    // Where it can, the rule reads the settings, and says a mistake, itself.
    if (lastSpelled) return create(context);
    if (!settingsRead) {
      // Its answer is kept for the settings object (settings.ts); a mistake throws before the flag is set.
      readSettings(context.settings);
      settingsRead = true;
    }
    const callees = context.options[0]?.callees;
    if (callees?.length) {
      for (const { name } of callees) if (text.includes(name.slice(name.lastIndexOf(".") + 1))) return create(context);
    }
    return none;
  };
}
