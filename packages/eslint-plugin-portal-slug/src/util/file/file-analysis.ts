// util/file/: the linted file as every rule reads it, learnt once for all of them: whether it can hold a portal call, its scope, literal types and calls' bodies.
/**
 * What every rule of the plugin learns of a linted file, learnt once for all of them: the file's
 * scope (following imports as the settings say), its literal types when the parser gave a
 * program, and the createSession body each call sends, with what it statically holds. ESLint runs each rule's listeners on the
 * same SourceCode, so it keys what is kept; a rule's own options stay the rule's.
 */
import { createCache, lastAnswer } from "../cache.js";
import { readBody, type BodyShape } from "../values/body-shape.js";
import { createSessionBodyFinder, type Call, type SessionBody } from "../calls/call-sites.js";
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
  const sessionBody = createSessionBodyFinder(sourceCode, scope, context.filename);
  // Both rules ask of each call in turn: the shape of the call asked last is kept.
  const bodyShape = lastAnswer((call: Call): BodyShape | undefined => {
    const body = sessionBody(call);
    return body && readBody(body.ref);
  });
  const analysis: FileAnalysis = { scope, literalTypes: literalTypesFor(sourceCode), sessionBody, bodyShape };
  return analyses.set(sourceCode, { settings, analysis }).analysis;
}
