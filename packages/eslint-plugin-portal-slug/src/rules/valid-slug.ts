/**
 * `portal-slug/valid-slug`: every slug a createSession call sends, checked where it is written.
 * The rule reads as three questions, each answered by a module of its own: which calls
 * (`call-sites.ts`, and `slug-sites.ts` for where in them the slug is), which values
 * (`static-strings.ts`, following names into the file's scope and the modules it imports), which
 * report (`slug-findings.ts`, which asks the core for the slug rules). What the file is, is learnt
 * once for every rule (`file-analysis.ts`). How a report is worded, and what its suggestion
 * writes, is said here, beside the messages.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { DECLARED_PORTAL_SUGGESTION, looksLikePortalId, PORTAL_SLUG_ISSUE_CODES, validatePortalRef, withSuggestion, withoutSuggestion } from "portal-slug";
import { indexCallees } from "../util/calls/call-sites.js";
import { calleesSchema } from "../util/calls/callees-option.js";
import { createRule } from "../util/create-rule.js";
import { fileAnalysis } from "../util/file/file-analysis.js";
import { whereMayCallPortal } from "../util/file/may-call-portal.js";
import { quoted, writtenAt } from "../util/report/report-place.js";
import { readSettings } from "../util/settings.js";
import { staticStrings, staticValues } from "../util/values/static-strings.js";
import type { ProblemCode } from "./valid-slug-utils/slug-judgement.js";
import { createSlugFindings, type SlugFinding, type TextFinding } from "./valid-slug-utils/slug-findings.js";
import { slugValuesOf, type SlugCallee } from "./valid-slug-utils/slug-sites.js";

/**
 * One message a problem (the core's issue codes, a portal ID's, a value none of the declared
 * portals is), and the suggestion's: the value written in the right form, or another portal,
 * the declared one nearest it, which `portal-slug fix` leaves to a person.
 */
export type MessageId = ProblemCode | "replaceWithSuggestion" | typeof DECLARED_PORTAL_SUGGESTION;

export type Options = [{ callees?: SlugCallee[] }];

const PROBLEM_CODES: readonly ProblemCode[] = [...PORTAL_SLUG_ISSUE_CODES, "invalid_portal_id"];

/**
 * The form rules' reports say what is invalid; a well-formed value none of the declared portals
 * is, is unknown. Both in the one voice of docs/messages.md: the value and where it is written,
 * the core's words for each problem, and what to write instead, last. The Biome plugin says
 * what is invalid in the same words.
 */
export const INVALID = "Invalid portal {{ kind }} {{ slug }}{{ where }}: {{ detail }}{{ others }}{{ write }}";
const UNKNOWN = "Unknown portal {{ kind }} {{ slug }}{{ where }}: {{ detail }}{{ others }}{{ write }}";

/**
 * What is said of a portal ID sent as `slug` instead of the value's characters: an ID is never a
 * slug (its prefix's underscore is no slug character), and "join words with -" would send the
 * user to rewrite a value that belongs in another field. The Biome plugin says it in these words.
 */
export const ID_AS_SLUG = { detail: '"slug" takes a slug, never a portal ID', write: '; send it as "portal", which Unkey\'s current body takes for either' };

/** A field's value that is no string, as valid-session-body says it of the other fields: the field, where it is written, the core's words. */
const NOT_A_STRING = "{{ field }}{{ where }}: {{ detail }}";

/**
 * The value as the message quotes it: a template's static part said as such (its offsets count
 * from the part's start), a value put together from parts as the whole it makes, a type's member
 * with the count of the others.
 */
const valueShown = ({ value, partOf, composedBy, more }: TextFinding): string =>
  partOf
    ? `${quoted(value)} (a static part of a template)`
    : composedBy
      ? `${quoted(value)} (the whole value of the ${composedBy})`
      : more
        ? `${quoted(value)} (and ${more} more member${more === 1 ? "" : "s"} of its type)`
        : quoted(value);

export default createRule<Options, MessageId>({
  name: "valid-slug",
  meta: {
    type: "problem",
    docs: {
      description: "Require the portal slugs sent to Unkey's portal.createSession to be valid",
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      ...(Object.fromEntries(PROBLEM_CODES.map((code) => [code, INVALID])) as Record<Exclude<ProblemCode, "unknown_portal" | "not_a_string">, string>),
      not_a_string: NOT_A_STRING,
      unknown_portal: UNKNOWN,
      replaceWithSuggestion: "Replace with {{ suggestion }}",
      [DECLARED_PORTAL_SUGGESTION]: "Replace with {{ suggestion }}, the declared portal nearest it",
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
  // Most files hold no portal call: they cost this question, which also says a mistaken setting.
  gate: whereMayCallPortal,
  create(context, [{ callees = [] }]) {
    const settings = readSettings(context.settings);
    const { sourceCode } = context;
    const { scope, literalTypes, bodyShape } = fileAnalysis(context, settings);
    const wrappers = indexCallees(callees);
    // Which report: each string judged by the core, once a place, at the characters that are wrong.
    const findingsOf = createSlugFindings(sourceCode, settings.portals);

    /**
     * Whether a suggestion names another portal than the value's own: a declared portal (without
     * them, every suggestion is the value in its right form, the same portal) that is not that
     * form, a slug's or a mistyped ID's. A form none of the declared portals is, which a report
     * says, is not "the declared portal nearest it".
     */
    const namesAnotherPortal = (value: string, suggestion: string): boolean => {
      if (settings.portals?.has(suggestion) !== true) return false;
      const own = validatePortalRef(value);
      return suggestion !== (own.valid ? own.value : own.suggestion);
    };

    /** Reports one finding, worded in the one voice, with the suggestion as an edit when the value is written here. */
    const report = (finding: SlugFinding): void => {
      if (finding.kind === "not-a-string") {
        const { node, field, problems, origin } = finding;
        context.report({
          node,
          messageId: "not_a_string",
          data: { field, where: writtenAt(context.cwd, origin), detail: problems.map(({ message }) => message).join("; also ") },
        });
        return;
      }
      const { node, value, accepts, problems, range, suggestion, quote, origin } = finding;
      const [primary, ...rest] = problems;
      if (!primary) return;
      // A template's part is judged only once the template is ruled no ID, so by the slug rules.
      // An ID mistyped (`PC_3Kd9xQ2`) is judged by the ID rule too, where the field takes one.
      const id = !finding.partOf && (looksLikePortalId(value) || problems.some(({ code }) => code === "invalid_portal_id"));
      // An ID where only a slug goes (the older body's `slug`) is reported whole, as an ID.
      const idAsSlug = id && accepts === "slug";
      context.report({
        node,
        loc: range && !idAsSlug ? { start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1]) } : node.loc,
        messageId: primary.code,
        data: {
          // What the core judged it as: in `portal`, an ID by the ID rule.
          kind: id ? "ID" : "slug",
          slug: valueShown(finding),
          where: writtenAt(context.cwd, origin),
          detail: idAsSlug ? ID_AS_SLUG.detail : withoutSuggestion(primary.message, suggestion),
          others: idAsSlug ? "" : rest.map((problem) => `; also ${withoutSuggestion(problem.message, suggestion)}`).join(""),
          // Named in every report, an editor's or a terminal's; ESLint edits only the file it lints,
          // so a value written elsewhere is to be written there.
          write: idAsSlug ? ID_AS_SLUG.write : withSuggestion("", suggestion, origin !== undefined),
        },
        // A suggestion, not an autofix: a different slug opens a different portal.
        suggest:
          origin || idAsSlug || suggestion === undefined || quote === undefined
            ? []
            : [
                {
                  messageId: namesAnotherPortal(value, suggestion) ? DECLARED_PORTAL_SUGGESTION : "replaceWithSuggestion",
                  data: { suggestion: quoted(suggestion) },
                  fix: (fixer) => fixer.replaceText(node, `${quote}${suggestion}${quote}`),
                },
              ],
      });
    };

    const visit = (call: TSESTree.CallExpression | TSESTree.NewExpression): void => {
      // Which calls: the slug values each portal call sends, read in the file's scope.
      for (const { ref, accepts, field } of slugValuesOf(call, bodyShape(call), wrappers, scope)) {
        // Which values: every string each can statically be (with type information, its literal
        // types too), and in a body's field every other value, which the server refuses.
        const values = field === undefined ? staticStrings(ref, literalTypes) : staticValues(ref, literalTypes).values;
        for (const finding of findingsOf(values, accepts, field)) report(finding);
      }
    };
    return { CallExpression: visit, NewExpression: visit } satisfies TSESLint.RuleListener;
  },
});
