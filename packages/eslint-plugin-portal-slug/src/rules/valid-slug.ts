/**
 * `portal-slug/valid-slug`: every slug a createSession call sends, checked where it is written.
 * It reads as three questions: which calls (call-sites), which values (static-strings), which
 * report (source-range); the slug rules themselves are asked of the core package.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { PORTAL_SLUG_ISSUE_CODES, looksLikePortalId, scanPortalSlug, validatePortalRef, validatePortalSlug, type PortalSlugIssueCode } from "portal-slug";
import { createCallSites, type Accepts, type Callee } from "../call-sites.js";
import { createRule } from "../create-rule.js";
import { literalTypesFor } from "../literal-types.js";
import { rawTextOf, sourceRangeOf, type SourceRange } from "../source-range.js";
import { everyStaticString, staticStrings, type StaticString } from "../static-strings.js";

/** One message a problem: the core's issue codes, a portal ID's, and the suggestion's. */
export type MessageId = PortalSlugIssueCode | "invalid_portal_id" | "replaceWithSuggestion";

export type Options = [{ callees?: Callee[] }];

const ISSUE_CODES: readonly Exclude<MessageId, "replaceWithSuggestion">[] = [...PORTAL_SLUG_ISSUE_CODES, "invalid_portal_id"];

/** An issue as the rule reports it: the core's, with offsets into `text`. */
interface Problem {
  readonly code: Exclude<MessageId, "replaceWithSuggestion">;
  readonly message: string;
  readonly index?: number | undefined;
  readonly end?: number | undefined;
}

/** What the core says of a whole value, by the rule its field is judged by. */
function judge(value: string, accepts: Accepts): { problems: readonly Problem[]; suggestion?: string | undefined } {
  const result = accepts === "ref" ? validatePortalRef(value) : validatePortalSlug(value);
  return result.valid ? { problems: [] } : { problems: result.issues, suggestion: "suggestion" in result ? result.suggestion : undefined };
}

/**
 * What is certainly wrong in one static part of a template with expressions: a bad character
 * is bad wherever it stands, a hyphen only at the true start or end, and length not at all.
 */
function templatePartProblems(text: string, first: boolean, last: boolean): Problem[] {
  return scanPortalSlug(text).filter(
    ({ code }) =>
      !(code === "too_short" || code === "too_long" || code === "not_a_string") &&
      (code !== "leading_hyphen" || first) &&
      (code !== "trailing_hyphen" || last),
  );
}

/**
 * The problems with the one the report stands on first: the first that has a place in the text,
 * so that the highlighted characters and the message agree ("ab_" is reported as its underscore,
 * with its length among the others).
 */
function locatedFirst(problems: readonly Problem[]): readonly Problem[] {
  const located = problems.findIndex((problem) => problem.index !== undefined && problem.end !== undefined);
  return located > 0 ? [problems[located] as Problem, ...problems.filter((_, i) => i !== located)] : problems;
}

/** A value for a message: quoted, and cut so that a megabyte literal makes a short message. */
const quoted = (value: string): string => JSON.stringify(value.length > 70 ? `${value.slice(0, 69)}…` : value);

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
      ...(Object.fromEntries(ISSUE_CODES.map((code) => [code, "Invalid portal {{ kind }} {{ slug }}: {{ detail }}.{{ others }}"])) as Record<
        Exclude<MessageId, "replaceWithSuggestion">,
        string
      >),
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
    const sourceCode = context.sourceCode;
    // Every shape the rule knows spells one of these names in the file; most files spell none,
    // and one substring search lets them go without a single listener call.
    const text = sourceCode.text;
    if (!text.includes("reateSession") && !callees.some(({ name }) => text.includes(name.slice(name.lastIndexOf(".") + 1)))) return {};
    const callSites = createCallSites(sourceCode, callees);
    const literalTypes = literalTypesFor(sourceCode);
    // A const used by several calls is written once: report it once.
    const reported = new Set<string>();

    const report = (
      node: TSESTree.Node,
      text: string,
      accepts: Accepts,
      problems: readonly Problem[],
      range: SourceRange | undefined,
      fix?: { suggestion: string | undefined; quote: string },
    ): void => {
      const [primary, ...rest] = problems;
      if (!primary) return;
      const key = `${node.range[0]}:${text}`;
      if (reported.has(key)) return;
      reported.add(key);
      const loc = range ? { start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1]) } : node.loc;
      context.report({
        node,
        loc,
        messageId: primary.code,
        data: {
          // What the core judged it as: in `portal`, an ID by the ID rule.
          kind: accepts === "ref" && looksLikePortalId(text) ? "ID" : "slug",
          // A template's static part is quoted as such: its offsets count from the part's start.
          slug: node.type === "TemplateLiteral" && node.expressions.length ? `${quoted(text)} (a static part of a template)` : quoted(text),
          detail: primary.message,
          others: rest.length ? ` Also: ${rest.map((problem) => problem.message).join("; ")}.` : "",
        },
        // A suggestion, not an autofix: a different slug opens a different portal.
        suggest:
          fix?.suggestion === undefined
            ? []
            : [
                {
                  messageId: "replaceWithSuggestion",
                  data: { suggestion: quoted(fix.suggestion) },
                  fix: (fixer) => fixer.replaceText(node, `${fix.quote}${fix.suggestion}${fix.quote}`),
                },
              ],
      });
    };

    /** The range of the first problem (located first) inside a literal's text, when its source reads back. */
    const rangeInside = (part: TSESTree.StringLiteral | TSESTree.TemplateElement, text: string, problems: readonly Problem[]): SourceRange | undefined => {
      const [located] = problems;
      if (located?.index === undefined || located.end === undefined) return undefined;
      const { start, raw } = rawTextOf(sourceCode, part);
      return sourceRangeOf(sourceCode, start, raw, text, located.index, located.end);
    };

    /**
     * Whether a template sent as `portal` may be a portal ID, whose characters the slug rules
     * must not judge: yes when it may start with `pc_`, through a written start, the values of
     * the expressions after it (`${PREFIX}${id}`, `${live ? "pc_live" : "pc_test"}`), or an
     * expression this file cannot know. It looks no further than the first three characters.
     */
    const mayBeId = (template: TSESTree.TemplateLiteral): boolean => {
      const { quasis, expressions } = template;
      let texts = new Set([quasis[0]?.value.cooked ?? ""]);
      // Each step adds one expression's values; empty values could make that go on, so it stops
      // after a few steps and then says "maybe", which reports nothing.
      for (let i = 0; i < 8; i++) {
        if ([...texts].some((text) => text.startsWith("pc_"))) return true;
        const open = [...texts].filter((text) => text.length < 3 && "pc_".startsWith(text));
        if (!open.length || i >= expressions.length) return false;
        const values = everyStaticString(sourceCode, expressions[i] as TSESTree.Expression);
        const strings = values.flatMap((value) => (value.kind === "template" ? [] : [value.value]));
        // Unknown, or a template whose own start is another question: maybe an ID.
        if (!values.length || strings.length < values.length) return true;
        const after = quasis[i + 1]?.value.cooked ?? "";
        texts = new Set(open.flatMap((text) => strings.map((value) => text + value + after)));
      }
      return true;
    };

    const check = (candidate: StaticString, accepts: Accepts): void => {
      if (candidate.kind === "type") {
        report(candidate.node, candidate.value, accepts, judge(candidate.value, accepts).problems, undefined);
        return;
      }
      if (candidate.kind === "literal") {
        const judged = judge(candidate.value, accepts);
        const { suggestion } = judged;
        const problems = locatedFirst(judged.problems);
        const part = candidate.node.type === "Literal" ? candidate.node : candidate.node.quasis[0];
        const range = part && problems.length ? rangeInside(part, candidate.value, problems) : undefined;
        const quote = candidate.node.type === "Literal" ? (candidate.node.raw[0] ?? "\"") : "`";
        report(candidate.node, candidate.value, accepts, problems, range, { suggestion, quote });
        return;
      }
      const { quasis } = candidate.node;
      // `pc_${id}` is an ID, whose variable part this rule cannot see.
      if (accepts === "ref" && mayBeId(candidate.node)) return;
      for (const [i, quasi] of quasis.entries()) {
        const text = quasi.value.cooked;
        if (text == null) continue;
        const problems = locatedFirst(templatePartProblems(text, i === 0, i === quasis.length - 1));
        if (problems.length) {
          report(candidate.node, text, accepts, problems, rangeInside(quasi, text, problems));
          return;
        }
      }
    };

    const visit = (call: TSESTree.CallExpression | TSESTree.NewExpression): void => {
      for (const { node, accepts } of callSites(call)) {
        for (const candidate of staticStrings(sourceCode, node, literalTypes)) check(candidate, accepts);
      }
    };
    return { CallExpression: visit, NewExpression: visit } satisfies TSESLint.RuleListener;
  },
});
