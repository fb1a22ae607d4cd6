/**
 * `portal-slug/valid-slug`: every slug a createSession call sends, checked where it is written.
 * The rule reads as three questions, each answered by a module of its own: which calls
 * (`call-sites.ts`), which values (`static-strings.ts`, following names into the file's scope and
 * the modules it imports), which report (`slug-reports.ts`, which asks the core for the slug rules).
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { PORTAL_SLUG_ISSUE_CODES } from "portal-slug";
import { createCallSites, type Callee } from "../call-sites.js";
import { createRule } from "../create-rule.js";
import { createFileScope } from "../file-scope.js";
import { importedModules } from "../imported-modules.js";
import { literalTypesFor } from "../literal-types.js";
import { readSettings } from "../settings.js";
import type { ProblemCode } from "../slug-judgement.js";
import { createSlugReports, type SlugMessageId } from "../slug-reports.js";
import { staticStrings } from "../static-strings.js";

/** One message a problem: the core's issue codes, a portal ID's, and the suggestion's. */
export type MessageId = SlugMessageId;

export type Options = [{ callees?: Callee[] }];

const PROBLEM_CODES: readonly ProblemCode[] = [...PORTAL_SLUG_ISSUE_CODES, "invalid_portal_id"];

/**
 * Whether the file can hold a portal call at all: every shape the rule knows spells one of
 * these names. Most files spell none, and one substring search lets them go without a single
 * listener call.
 */
const mayCallPortal = (text: string, callees: readonly Callee[]): boolean =>
  text.includes("reateSession") || callees.some(({ name }) => text.includes(name.slice(name.lastIndexOf(".") + 1)));

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
      ...(Object.fromEntries(
        PROBLEM_CODES.map((code) => [code, "Invalid portal {{ kind }} {{ slug }}{{ where }}: {{ detail }}.{{ others }}{{ there }}"]),
      ) as Record<ProblemCode, string>),
      replaceWithSuggestion: "Replace with {{ suggestion }}.",
    },
    schema: [
      {
        type: "object",
        properties: {
          callees: {
            type: "array",
            description: "Your own functions that send a portal slug.",
            items: {
              type: "object",
              properties: {
                name: {
                  type: "string",
                  description: "Dotted name matched against the end of the callee's member chain, e.g. billing.openPortal",
                  pattern: "^[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*$",
                },
                argument: { type: "integer", minimum: 0, description: "Which argument (from 0) holds the body, or the slug itself" },
                property: { type: "string", minLength: 1, description: "The body property holding the slug; omit when the argument is the slug" },
              },
              required: ["name"],
              additionalProperties: false,
            },
          },
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
    if (!mayCallPortal(sourceCode.text, callees)) return {};
    // Which calls: the body values each portal call sends, read in the file's scope.
    const callSites = createCallSites(sourceCode, createFileScope(sourceCode, importedModules(context, settings)), callees);
    // Which values: every string each can statically be (with type information, its literal types too).
    const literalTypes = literalTypesFor(sourceCode);
    // Which report: each string judged by the core, once a place, at the characters that are wrong.
    const reportOf = createSlugReports(sourceCode, context.cwd);

    const visit = (call: TSESTree.CallExpression | TSESTree.NewExpression): void => {
      for (const { ref, accepts } of callSites(call)) {
        for (const candidate of staticStrings(ref, literalTypes)) {
          const report = reportOf(candidate, accepts);
          if (report) context.report(report);
        }
      }
    };
    return { CallExpression: visit, NewExpression: visit } satisfies TSESLint.RuleListener;
  },
});
