/**
 * `portal-slug/valid-slug`: every slug a createSession call sends, checked where it is written.
 * The rule reads as three questions, each answered by a module of its own: which calls
 * (`call-sites.ts`, and `slug-sites.ts` for where in them the slug is), which values
 * (`static-strings.ts`, following names into the file's scope and the modules it imports), which
 * report (`slug-reports.ts`, which asks the core for the slug rules). What the file is, is learnt
 * once for every rule (`file-analysis.ts`).
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { PORTAL_SLUG_ISSUE_CODES } from "portal-slug";
import { indexCallees } from "../util/calls/call-sites.js";
import { calleesSchema } from "../util/calls/callees-option.js";
import { createRule } from "../util/create-rule.js";
import { fileAnalysis, mayCallPortal } from "../util/file/file-analysis.js";
import { readSettings } from "../util/settings.js";
import type { ProblemCode } from "./valid-slug-utils/slug-judgement.js";
import { createSlugReports, type SlugMessageId } from "./valid-slug-utils/slug-reports.js";
import { slugValuesOf, type Callee } from "./valid-slug-utils/slug-sites.js";
import { staticStrings } from "../util/values/static-strings.js";

/** One message a problem: the core's issue codes, a portal ID's, and the suggestion's. */
export type MessageId = SlugMessageId;

export type Options = [{ callees?: Callee[] }];

const PROBLEM_CODES: readonly ProblemCode[] = [...PORTAL_SLUG_ISSUE_CODES, "invalid_portal_id"];

/**
 * The form rules' reports say what is invalid; a well-formed value none of the declared portals
 * is, is unknown. Both in the one voice of docs/messages.md: the value and where it is written,
 * the core's words for each problem, and what to write instead, last.
 */
const INVALID = "Invalid portal {{ kind }} {{ slug }}{{ where }}: {{ detail }}{{ others }}{{ write }}";
const UNKNOWN = "Unknown portal {{ kind }} {{ slug }}{{ where }}: {{ detail }}{{ others }}{{ write }}";

export default createRule<Options, MessageId>({
  name: "valid-slug",
  meta: {
    type: "problem",
    docs: {
      description: "Require the portal slugs sent to Unkey's portal.createSession to be valid",
      recommended: true,
    },
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions -- the reports, suggestions and all, are built in slug-reports.ts, which this check cannot follow
    hasSuggestions: true,
    messages: {
      ...(Object.fromEntries(PROBLEM_CODES.map((code) => [code, INVALID])) as Record<Exclude<ProblemCode, "unknown_portal">, string>),
      unknown_portal: UNKNOWN,
      replaceWithSuggestion: "Replace with {{ suggestion }}",
    },
    schema: [
      {
        type: "object",
        properties: {
          callees: calleesSchema("Your own functions that send a portal slug.", "Which argument (from 0) holds the body, or the slug itself", {
            property: { type: "string", minLength: 1, description: "The body property holding the slug; omit when the argument is the slug" },
          }),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ callees: [] }],
  },
  create(context, [{ callees = [] }]) {
    // Read first, so that a mistaken setting is said on every file, not only on portal calls.
    const settings = readSettings(context.settings);
    const { sourceCode } = context;
    if (!mayCallPortal(sourceCode, callees)) return {};
    const { scope, literalTypes, bodyShape } = fileAnalysis(context, settings);
    const wrappers = indexCallees(callees);
    // Which report: each string judged by the core, once a place, at the characters that are wrong.
    const reportsOf = createSlugReports(sourceCode, context.cwd, settings.portals);

    const visit = (call: TSESTree.CallExpression | TSESTree.NewExpression): void => {
      // Which calls: the slug values each portal call sends, read in the file's scope.
      for (const { ref, accepts } of slugValuesOf(call, bodyShape(call), wrappers, scope)) {
        // Which values: every string each can statically be (with type information, its literal types too).
        for (const report of reportsOf(staticStrings(ref, literalTypes), accepts)) context.report(report);
      }
    };
    return { CallExpression: visit, NewExpression: visit } satisfies TSESLint.RuleListener;
  },
});
