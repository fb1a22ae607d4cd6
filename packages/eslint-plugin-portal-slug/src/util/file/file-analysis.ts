// util/file/: the linted file as every rule reads it, learnt once for all of them: its scope, literal types and calls' bodies.
/**
 * What every rule of the plugin learns of a linted file, learnt once for all of them: the file's
 * scope (following imports as the settings say), its literal types when the parser gave a
 * program, and the createSession body each call sends, with what it statically holds. ESLint runs each rule's listeners on the
 * same SourceCode, so it keys what is kept; a rule's own options stay the rule's.
 */
import type { TSESLint } from "@typescript-eslint/utils";
import { createCache } from "../cache.js";
import { readBody, type BodyShape } from "../values/body-shape.js";
import { createSessionBodyFinder, type Call, type SessionBody } from "../calls/call-sites.js";
import type { Callee } from "../calls/callees-option.js";
import { SPELLED_BY_EVERY_SHAPE } from "../calls/unkey-calls.js";
import { createFileScope } from "./file-scope.js";
import { createModuleLoader } from "../modules/module-loader.js";
import { literalTypesFor } from "../values/literal-types.js";
import type { Scope } from "../values/scope.js";
import type { ResolvedSettings } from "../settings.js";
import type { LiteralTypes } from "../values/literal-types.js";

/** One linted file, as the rules read it. */
export interface FileAnalysis {
  readonly scope: Scope;
  readonly literalTypes: LiteralTypes | undefined;
  /** The body a built-in shape of call sends, asked once per call for all rules. */
  readonly sessionBody: (call: Call) => SessionBody | undefined;
  /** What that body statically holds, read once per call for all rules; `undefined` when it is no object literal to read. */
  readonly bodyShape: (call: Call) => BodyShape | undefined;
}

type Context = Parameters<typeof createModuleLoader>[0];

/** Each file's analysis, with the settings it was made under. */
const analyses = createCache<object, { readonly settings: ResolvedSettings; readonly analysis: FileAnalysis }>("file");

/** The analysis of the file `context` lints, made by the first rule that asks. */
export function fileAnalysis(context: Context, settings: ResolvedSettings): FileAnalysis {
  const { sourceCode } = context;
  const kept = analyses.get(sourceCode);
  // The same file under other settings (one RuleTester case after another) is analysed anew.
  if (kept?.settings === settings) return kept.analysis;
  const scope = createFileScope(sourceCode, createModuleLoader(context, settings));
  const sessionBody = createSessionBodyFinder(sourceCode, scope);
  const shapes = createCache<Call, BodyShape | undefined>("file");
  const shapeOf = (call: Call): BodyShape | undefined => {
    const body = sessionBody(call);
    return body && readBody(body.ref);
  };
  const bodyShape = (call: Call): BodyShape | undefined => shapes.answer(call, shapeOf);
  const analysis: FileAnalysis = { scope, literalTypes: literalTypesFor(sourceCode), sessionBody, bodyShape };
  return analyses.set(sourceCode, { settings, analysis }).analysis;
}

/**
 * Whether the file can hold a portal call at all: every built-in shape spells what their names
 * share (`reateSession`: the SDK's method and standalone function, the endpoint's URL), and a
 * wrapper its last name.
 * Most files spell none, and one substring search lets them go without a single listener call.
 */
export function mayCallPortal(sourceCode: Readonly<TSESLint.SourceCode>, callees: readonly Callee[]): boolean {
  const { text } = sourceCode;
  // Every rule asks of every file: the built-in shapes' search is made once a file for all of them.
  return spellsCreateSession.answer(sourceCode, spellsIt) || callees.some(({ name }) => text.includes(name.slice(name.lastIndexOf(".") + 1)));
}

/** Whether a file's text spells what every built-in shape spells, by its SourceCode. */
const spellsCreateSession = createCache<Readonly<TSESLint.SourceCode>, boolean>("file");
const spellsIt = ({ text }: Readonly<TSESLint.SourceCode>): boolean => text.includes(SPELLED_BY_EVERY_SHAPE);
