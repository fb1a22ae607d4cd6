/**
 * Whether a linted file can hold a portal call at all: the first question every rule of the
 * plugin asks, before its options are merged, its settings read or its file analysed. Every
 * built-in call shape spells what their names share (`reateSession`: the SDK's method and
 * standalone function, the endpoint's URL), and a wrapper its last name. Most files of a project
 * spell none, and this question is all they cost: it allocates nothing, and reads of the rule's
 * context only the text and the options. Each property a rule reads of its context costs
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
 * again.
 */
let lastText: string | undefined;
let lastSpelled = false;

/** Whether `text` spells {@link SPELLED_BY_EVERY_SHAPE}, searched once however many rules ask in turn. */
function spellsLastText(text: string): boolean {
  if (text !== lastText) {
    // Searched before it is kept: a search cannot throw, but the order keeps the pair true.
    lastSpelled = spellsEveryShape(text);
    lastText = text;
  }
  return lastSpelled;
}

/**
 * Whether the settings were read without a mistake on a file that holds no portal call, in this
 * process. A lint run is one process (a CLI run, each worker thread of one) and reads one config:
 * a mistaken setting is said on the first file it is read for, which stops the run, so that once
 * a run is enough. Reading `context.settings` on every file cost more than the search itself
 * (BENCHMARKS.md); a file that may call a portal reads them anyway, in the rule.
 */
let settingsRead = false;

/** The first of a rule's options as the gate reads it: either rule's options begin with `callees`. */
type FirstOption = GateContext["options"][0];

/**
 * Whether a file that spells no built-in call shape spells the last name of one of the rule's
 * `callees`, once the settings have been read (a mistake throws, on this file and on every one
 * after until they read well).
 */
function spellsCallee(context: GateContext, text: string): boolean {
  if (!settingsRead) {
    // Its answer is kept for the settings object (settings.ts); a mistake throws before the flag is set.
    readSettings(context.settings);
    settingsRead = true;
  }
  const callees = context.options[0]?.callees;
  if (callees?.length) {
    for (const { name } of callees) if (text.includes(name.slice(name.lastIndexOf(".") + 1))) return true;
  }
  return false;
}

/** Stands for options the gate has not found quiet: no rule's options are this object. */
const NOT_QUIET: unique symbol = Symbol("not quiet");

/**
 * The first option a gate may answer `none` for from now on, once {@link spellsCallee} said no for
 * it: if it names no wrapper. ESLint 9.15 and later hand a rule its default options object itself
 * for every file when the config gives none, and ESLint 8.57 the configured object as it is.
 */
function quietFor(first: FirstOption): FirstOption | typeof NOT_QUIET {
  return first?.callees?.length ? NOT_QUIET : first;
}

/**
 * A rule's `create` that runs `create` only in a file that can hold a portal call of a built-in
 * shape or of one of the rule's `callees`, and answers `none` in any other: the rule has nothing
 * to do there. Throws a mistaken setting on the process's first file without a call, and, until
 * the settings read well once, on every file after it.
 */
export function whereMayCallPortal<Context extends GateContext, Listeners>(
  create: (context: Context) => Listeners,
  none: Listeners,
): (context: Context) => Listeners {
  return gateOf(create, none, NOT_QUIET);
}

/**
 * The gate itself, asked for every file by every rule. Kept under the size (in V8's bytecode, 81
 * bytes in Node 20) below which V8 optimizes a function on the first check of its budget
 * rather than the third or later: in a run's first pass the gate is otherwise run unoptimized for
 * over a thousand files, and costs twice what it does optimized (BENCHMARKS.md; a test holds the
 * size). So it asks only what every file needs, each rarer question is a function of its own, and
 * the first option found quiet (no wrapper named, settings read well) is held in a
 * parameter rather than a `let`, whose every read from a closure V8 checks for its temporal dead
 * zone.
 */
function gateOf<Context extends GateContext, Listeners>(
  create: (context: Context) => Listeners,
  none: Listeners,
  quiet: FirstOption | typeof NOT_QUIET,
): (context: Context) => Listeners {
  const gate = (context: Context): Listeners => {
    const { text } = context.sourceCode;
    const first = context.options[0];
    if (!spellsLastText(text)) {
      if (first === quiet) return none;
      if (!spellsCallee(context, text)) {
        quiet = quietFor(first);
        return none;
      }
    }
    return create(context);
  };
  return gate;
}
