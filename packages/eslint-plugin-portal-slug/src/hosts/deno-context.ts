// hosts/: the plugin's rules under linters other than ESLint (and oxlint, which loads the ESLint plugin itself), each a thin entry over the same rules.
/**
 * An ESLint rule run inside a Deno lint rule. Deno hands its plugins a context of its own (no
 * options, settings, scope manager, tokens or `loc`; `report` takes a message and a range, and
 * reads neither `messageId`, `data`, `loc` nor `suggest`); here the rule gets ESLint's context
 * instead, with the file read as ESLint reads it (`source-code.ts`), its options and settings
 * from the plugin's factory, and every report turned into Deno's: the message filled in as
 * ESLint fills it, the place as a range, each suggestion as hint text (Deno has no suggestions).
 */
import { cwd } from "node:process";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { createSourceCode, isNodeTypeListener, runListeners, UnreadableFileError, type Listeners } from "./source-code.js";

/** One edit, as Deno's fixer makes it. */
export interface DenoFix {
  readonly range: [number, number];
  readonly text?: string;
}

/** What a fix function returns to Deno: one edit or several; never `null`, which fails the whole file there. */
export type DenoFixResult = DenoFix | Iterable<DenoFix>;

/** A report as Deno's `context.report` reads it: the range in UTF-16 offsets, the message, and a hint. */
export interface DenoReport {
  readonly range: [number, number];
  readonly message: string;
  readonly hint?: string;
  readonly fix?: (fixer: unknown) => DenoFixResult;
}

/** What this adapter reads of the context Deno gives a rule's `create`. */
export interface DenoRuleContext {
  /** `<plugin>/<rule>`. */
  readonly id: string;
  /** The linted file's absolute path. */
  readonly filename: string;
  readonly sourceCode: { readonly text: string };
  report(report: DenoReport): void;
}

/** A rule as Deno's lint plugins hold it: `create` is called once a file. */
export interface DenoRule {
  create(context: DenoRuleContext): Readonly<Record<string, (node: unknown) => void>>;
}

/** An ESLint rule, as much of it as runs here. */
export interface EslintRule {
  readonly meta?: { readonly messages?: Readonly<Record<string, string>> | undefined } | undefined;
  create(context: never): Listeners;
}

/** What the plugin's factory fixed for one rule: its options, and the shared settings. */
export interface RuleConfig {
  readonly options: readonly unknown[];
  readonly settings: Readonly<Record<string, unknown>>;
}

/** ESLint's own filling of a message's `{{ name }}` placeholders: a name `data` lacks stays as written. */
export function fillMessage(text: string, data: Readonly<Record<string, unknown>> | undefined): string {
  if (!data) return text;
  return text.replace(/\{\{([^{}]+?)\}\}/gu, (whole, name: string) => (name.trim() in data ? String(data[name.trim()]) : whole));
}

/** A report or a suggestion as ESLint rules describe them, as much of them as Deno can say. */
interface Described {
  readonly messageId?: string;
  readonly message?: string;
  readonly desc?: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

/** ESLint's report descriptor, as much of it as is read here. */
interface EslintReport extends Described {
  readonly node?: TSESTree.Node | TSESTree.Token;
  readonly loc?: TSESTree.SourceLocation | TSESTree.Position;
  readonly suggest?: readonly Described[] | null;
  readonly fix?: ((fixer: unknown) => DenoFixResult | null) | null;
}

/** The words of a report or suggestion: its message ID's message in the rule's `meta.messages`, or its own text, filled in. */
function wordsOf(described: Described, messages: Readonly<Record<string, string>>, id: string): string {
  if (described.messageId === undefined) return fillMessage(described.desc ?? described.message ?? "", described.data);
  const text = messages[described.messageId];
  // ESLint fails the same way: a report with no words must not pass as an empty one.
  if (text === undefined) throw new TypeError(`The rule ${id} reported "${described.messageId}", which its meta.messages does not hold`);
  return fillMessage(text, described.data);
}

/** A report of an ESLint rule, as Deno takes it. */
export function toDenoReport(report: EslintReport, sourceCode: TSESLint.SourceCode, messages: Readonly<Record<string, string>>, id: string): DenoReport {
  const { loc, node, suggest, fix } = report;
  let range: [number, number];
  if (loc) {
    // A location, or a position alone (which Deno marks as one character's width of nothing).
    const start = "start" in loc ? loc.start : loc;
    const end = "end" in loc ? loc.end : loc;
    range = [sourceCode.getIndexFromLoc(start), sourceCode.getIndexFromLoc(end)];
  } else if (node) range = node.range;
  else throw new TypeError(`The rule ${id} reported with neither a node nor a location`);
  const hints = (suggest ?? []).map((suggestion) => wordsOf(suggestion, messages, id));
  return {
    range,
    message: wordsOf(report, messages, id),
    ...(hints.length ? { hint: hints.join("; ") } : {}),
    // ESLint lets a fix give `null` for no edit; Deno fails the whole file on one.
    ...(fix ? { fix: (fixer: unknown) => fix(fixer) ?? [] } : {}),
  };
}

/** The linted file's SourceCode, parsed on first need: most files hold no portal call, and a rule says so from the text alone. */
interface FileSource {
  readonly filename: string;
  readonly text: string;
  /** The SourceCode handed to the rules: the text at once, the rest on first use. */
  readonly lazy: TSESLint.SourceCode;
  /** The SourceCode itself, parsed now; throws what the parse threw. */
  readonly parsed: () => TSESLint.SourceCode;
  /** Whether a rule has said that typescript-estree cannot read the file in this lint of it: one report a lint, whichever rule. */
  unreadableSaid: boolean;
  /** The rules created for the file in this lint of it: one created again is the next lint of the same text (Deno's language server). */
  readonly created: Set<string>;
}

/** The file the rules were last created for: Deno creates every rule for one file before it moves to the next. */
let current: FileSource | undefined;

/** Said of a file typescript-estree cannot read, where ESLint would report a parsing error. */
const UNREADABLE = "Not read by typescript-estree, so portal-slug's rules did not check the file: ";

/**
 * A file typescript-estree cannot read, as one report of the file at the place it stopped, said
 * by the first of the plugin's rules: an error thrown instead would make Deno drop the file's
 * other reports, its own rules' too (`no-octal` on the `08` that typescript-estree refuses), and
 * any file that spells `createSession` is read, an auth library's call too.
 */
function unreadableReport({ text }: FileSource, error: UnreadableFileError): DenoReport {
  const at = Math.min(Math.max(error.offset ?? 0, 0), text.length);
  return { range: [at, Math.min(at + 1, text.length)], message: UNREADABLE + error.reason };
}

/** The SourceCode of the file `context` lints, shared by every rule of the plugin for that file. */
function sourceOf(context: DenoRuleContext): FileSource {
  const { filename } = context;
  const { text } = context.sourceCode;
  if (current?.filename === filename && current.text === text) return current;
  let kept: { readonly sourceCode: TSESLint.SourceCode } | { readonly error: unknown } | undefined;
  const parsed = (): TSESLint.SourceCode => {
    try {
      kept ??= { sourceCode: createSourceCode(filename, text) };
    } catch (error) {
      kept = { error };
    }
    if ("error" in kept) throw kept.error;
    return kept.sourceCode;
  };
  const lazy = new Proxy({ text } as unknown as TSESLint.SourceCode, {
    get: (target, key) => (key === "text" ? text : Reflect.get(parsed(), key)),
  });
  current = { filename, text, lazy, parsed, unreadableSaid: false, created: new Set() };
  return current;
}

/** The ESLint rule `rule` as a Deno rule, with its options and the plugin's settings. */
export function denoRule(rule: EslintRule, { options, settings }: RuleConfig): DenoRule {
  const messages = rule.meta?.messages ?? {};
  return {
    create(context) {
      const source = sourceOf(context);
      if (source.created.has(context.id)) {
        source.created.clear();
        source.unreadableSaid = false;
      }
      source.created.add(context.id);
      const eslintContext = {
        id: context.id,
        options,
        settings,
        cwd: cwd(),
        filename: context.filename,
        physicalFilename: context.filename,
        // No parser is configured: a module the file imports is read with typescript-estree.
        languageOptions: {},
        sourceCode: source.lazy,
        report: (report: EslintReport) => context.report(toDenoReport(report, source.parsed(), messages, context.id)),
      };
      let listeners: Listeners;
      let sourceCode: TSESLint.SourceCode | undefined;
      try {
        listeners = rule.create(eslintContext as never);
        const keys = Object.keys(listeners);
        if (!keys.length) return {};
        const selector = keys.find((key) => !isNodeTypeListener(key));
        if (selector !== undefined)
          throw new TypeError(`The rule ${context.id} listens for "${selector}", a selector: the Deno entry calls listeners by node type only`);
        // Parsed here, not in the visitor, where an error would be the visitor's to explain.
        sourceCode = source.parsed();
      } catch (error) {
        if (!(error instanceof UnreadableFileError)) throw error;
        if (source.unreadableSaid) return {};
        source.unreadableSaid = true;
        const report = unreadableReport(source, error);
        return { Program: () => context.report(report) };
      }
      const parsedCode = sourceCode;
      return { Program: () => runListeners(parsedCode, listeners) };
    },
  };
}
