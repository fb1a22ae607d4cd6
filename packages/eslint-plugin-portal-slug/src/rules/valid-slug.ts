/**
 * `portal-slug/valid-slug`: every slug a createSession call sends, checked where it is written.
 * It reads as three questions: which calls (call-sites), which values (static-strings), which
 * report (source-range); the slug rules themselves are asked of the core package.
 */
import { isAbsolute, relative, sep } from "node:path";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { PORTAL_SLUG_ISSUE_CODES, looksLikePortalId, scanPortalSlug, validatePortalRef, validatePortalSlug, type PortalSlugIssueCode } from "portal-slug";
import { createCallSites, type Accepts, type Callee } from "../call-sites.js";
import { createRule } from "../create-rule.js";
import { createFileScope, type LoadModule } from "../file-scope.js";
import { literalTypesFor } from "../literal-types.js";
import { createModuleGraph } from "../module-graph.js";
import { createModuleParser, type LanguageOptions } from "../module-parser.js";
import { programResolver } from "../module-resolution.js";
import { refTo, type Ref } from "../scope.js";
import { readSettings, type ResolvedSettings } from "../settings.js";
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

/** Characters a portal ID can hold: the prefix's underscore, letters and digits. */
const ID_CHARACTERS = /^[A-Za-z0-9_]*$/;

/**
 * Whether a template sent as `portal` may be a portal ID, whose characters the slug rules
 * must not judge: yes when no written part holds a character no ID has (`${region}--portal` is
 * a slug whatever `region` is), and it may start with `pc_`, through a written start, the values
 * of the expressions after it (`${PREFIX}${id}`, `${live ? "pc_live" : "pc_test"}`), or an
 * expression this analysis cannot know. It looks no further than the first three characters.
 */
function mayBeId(template: Ref<TSESTree.TemplateLiteral>): boolean {
  const { quasis, expressions } = template.node;
  if (!quasis.every((quasi) => ID_CHARACTERS.test(quasi.value.cooked ?? ""))) return false;
  let texts = new Set([quasis[0]?.value.cooked ?? ""]);
  // Each step adds one expression's values; empty values could make that go on, so it stops
  // after a few steps and then says "maybe", which reports nothing.
  for (let i = 0; i < MAX_ID_PREFIX_STEPS; i++) {
    if ([...texts].some((text) => text.startsWith(PORTAL_ID_PREFIX))) return true;
    const open = [...texts].filter((text) => text.length < PORTAL_ID_PREFIX.length && PORTAL_ID_PREFIX.startsWith(text));
    if (!open.length || i >= expressions.length) return false;
    const values = everyStaticString(refTo(template, expressions[i] as TSESTree.Expression));
    const strings = values.flatMap((value) => (value.kind === "literal" ? [value.value] : []));
    // Unknown, or a template whose own start is another question: maybe an ID.
    if (!values.length || strings.length < values.length) return true;
    const after = quasis[i + 1]?.value.cooked ?? "";
    texts = new Set(open.flatMap((text) => strings.map((value) => text + value + after)));
  }
  return true;
}

/** How many expressions `mayBeId` reads into a template before it says "maybe". */
const MAX_ID_PREFIX_STEPS = 8;

/** What every portal ID starts with. */
const PORTAL_ID_PREFIX = "pc_";

/** Where a value written in another module is: its file, and its literal there. */
interface Origin {
  readonly path: string;
  readonly node: TSESTree.StringLiteral | TSESTree.TemplateLiteral;
}

/** What one report says and where it stands. */
interface Report {
  /** The node of the linted file the report stands on. */
  readonly node: TSESTree.Node;
  /** The text judged: a whole value, or one static part of a template. */
  readonly value: string;
  readonly accepts: Accepts;
  readonly problems: readonly Problem[];
  /** Where in the file's source the first problem's characters are, when it can be said. */
  readonly range?: SourceRange | undefined;
  readonly fix?: { readonly suggestion: string | undefined; readonly quote: string } | undefined;
  /** For a value written in another module: where. */
  readonly origin?: Origin | undefined;
}

/** A module's path as a message shows it: relative to ESLint's working folder, with "/". */
const displayPath = (cwd: string, path: string): string => relative(cwd, path).split(sep).join("/");

/**
 * The loader of the modules the linted file imports, built on the first import that needs
 * following: with the program's resolution when the parser made one, and the file's own parser.
 */
function importedModules(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, { followImports }: ResolvedSettings): LoadModule {
  if (!followImports) return () => undefined;
  let load: LoadModule | undefined;
  const filename = context.physicalFilename;
  return (specifier, at) => {
    // A file with no path (`<input>`, an editor's unsaved buffer) has no neighbours to import.
    if (!isAbsolute(filename)) return undefined;
    load ??= createModuleGraph({
      filename,
      parse: createModuleParser(context.languageOptions as LanguageOptions),
      resolveInProgram: programResolver(context.sourceCode.parserServices),
    });
    return load(specifier, at);
  };
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
      ...(Object.fromEntries(ISSUE_CODES.map((code) => [code, "Invalid portal {{ kind }} {{ slug }}{{ where }}: {{ detail }}.{{ others }}{{ there }}"])) as Record<
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
    // Read first, so that a mistaken setting is said on every file, not only on portal calls.
    const settings = readSettings(context.settings);
    const sourceCode = context.sourceCode;
    // Every shape the rule knows spells one of these names in the file; most files spell none,
    // and one substring search lets them go without a single listener call.
    const fileText = sourceCode.text;
    if (!fileText.includes("reateSession") && !callees.some(({ name }) => fileText.includes(name.slice(name.lastIndexOf(".") + 1)))) return {};
    const scope = createFileScope(sourceCode, importedModules(context, settings));
    const callSites = createCallSites(sourceCode, scope, callees);
    const literalTypes = literalTypesFor(sourceCode);
    const cwd = context.cwd;
    // A const used by several calls is written once: judge it and report it once.
    const judgedPlaces = new Set<string>();

    /** One report: `value` judged by `accepts`, at `range` inside `node` (or all of `node`), with the suggestion's fix. */
    const report = ({ node, value, accepts, problems, range, fix, origin }: Report): void => {
      const [primary, ...rest] = problems;
      if (!primary) return;
      const loc = range ? { start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1]) } : node.loc;
      const written = origin?.node.loc.start;
      const judged = origin?.node ?? node;
      context.report({
        node,
        loc,
        messageId: primary.code,
        data: {
          // What the core judged it as: in `portal`, an ID by the ID rule.
          kind: accepts === "ref" && looksLikePortalId(value) ? "ID" : "slug",
          // A template's static part is quoted as such: its offsets count from the part's start.
          slug: judged.type === "TemplateLiteral" && judged.expressions.length ? `${quoted(value)} (a static part of a template)` : quoted(value),
          where: origin && written ? ` (written at ${displayPath(cwd, origin.path)}:${written.line}:${written.column + 1})` : "",
          detail: primary.message,
          others: rest.length ? ` Also: ${rest.map((problem) => problem.message).join("; ")}.` : "",
          // ESLint fixes only the file it lints: a value written elsewhere is named with its fix.
          there: origin && fix?.suggestion !== undefined ? ` Write ${quoted(fix.suggestion)} there.` : "",
        },
        // A suggestion, not an autofix: a different slug opens a different portal.
        suggest:
          origin || fix?.suggestion === undefined
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
    const rangeInside = (part: TSESTree.StringLiteral | TSESTree.TemplateElement, value: string, problems: readonly Problem[]): SourceRange | undefined => {
      const [located] = problems;
      if (located?.index === undefined || located.end === undefined) return undefined;
      const { start, raw } = rawTextOf(sourceCode, part);
      return sourceRangeOf(sourceCode, start, raw, value, located.index, located.end);
    };

    /** Where a value written in another module is reported: at the linted file's expression that leads to it. */
    const placeOf = (ref: Ref): { node: TSESTree.Node; origin?: Origin } | undefined => {
      if (!ref.scope.module) return { node: ref.node };
      return ref.use ? { node: ref.use, origin: { path: ref.scope.module.path, node: ref.node as TSESTree.StringLiteral | TSESTree.TemplateLiteral } } : undefined;
    };

    /** Whether this place was judged already; marks it judged. A typed value's place is its expression and its member. */
    const judgedBefore = (node: TSESTree.Node, origin: Origin | undefined, member = ""): boolean => {
      const key = `${node.range[0]}:${origin ? `${origin.path}:${origin.node.range[0]}` : ""}:${member}`;
      if (judgedPlaces.has(key)) return true;
      judgedPlaces.add(key);
      return false;
    };

    const check = (candidate: StaticString, accepts: Accepts): void => {
      if (candidate.kind === "type") {
        if (judgedBefore(candidate.node, undefined, candidate.value)) return;
        report({ node: candidate.node, value: candidate.value, accepts, problems: judge(candidate.value, accepts).problems });
        return;
      }
      const place = placeOf(candidate.ref);
      if (!place || judgedBefore(place.node, place.origin)) return;
      const { node, origin } = place;
      if (candidate.kind === "literal") {
        const judged = judge(candidate.value, accepts);
        const { suggestion } = judged;
        const problems = locatedFirst(judged.problems);
        const literal = candidate.ref.node;
        const part = literal.type === "Literal" ? literal : literal.quasis[0];
        const range = !origin && part && problems.length ? rangeInside(part, candidate.value, problems) : undefined;
        const quote = literal.type === "Literal" ? (literal.raw[0] ?? '"') : "`";
        report({ node, value: candidate.value, accepts, problems, range, fix: { suggestion, quote }, origin });
        return;
      }
      const template = candidate.ref;
      const { quasis } = template.node;
      // `pc_${id}` is an ID, whose variable part this rule cannot see.
      if (accepts === "ref" && mayBeId(template)) return;
      for (const [i, quasi] of quasis.entries()) {
        const value = quasi.value.cooked;
        if (value == null) continue;
        const problems = locatedFirst(templatePartProblems(value, i === 0, i === quasis.length - 1));
        if (problems.length) {
          report({ node, value, accepts, problems, range: origin ? undefined : rangeInside(quasi, value, problems), origin });
          return;
        }
      }
    };

    const visit = (call: TSESTree.CallExpression | TSESTree.NewExpression): void => {
      for (const { ref, accepts } of callSites(call)) {
        for (const candidate of staticStrings(ref, literalTypes)) check(candidate, accepts);
      }
    };
    return { CallExpression: visit, NewExpression: visit } satisfies TSESLint.RuleListener;
  },
});
