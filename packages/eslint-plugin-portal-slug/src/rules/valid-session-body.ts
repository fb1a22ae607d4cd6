// rules/: one file a rule, each with its messages and the reports it words beside its meta; what one rule alone uses is in rules/<rule>-utils/.
/**
 * `portal-slug/valid-session-body`: everything else a createSession body sends, checked where it
 * is written, in the guard's own words. The rule reads as four questions: which calls
 * (`call-sites.ts`, shared with valid-slug, and the `callees` option), which keys and values the
 * body statically holds (`body-shape.ts`), what the core says of them (`body-judgement.ts`; a
 * body that spreads objects and writes keys of its own in two parts, `split-judgement.ts`), and
 * where each is reported (`body-places.ts`). How a report is worded, and what its suggestion
 * edits (`body-fixes.ts`), is said here, beside the messages. The slug itself is valid-slug's.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { CREATE_SESSION_FACTS } from "portal-slug";
import { judgeBody, type BodyCode, type BodyContext, type BodyFinding, type BodyFix, type OlderBodyPolicy } from "./valid-session-body-utils/body-judgement.js";
import { migrationFix, renameFix, replaceFix } from "./valid-session-body-utils/body-fixes.js";
import { createBodyPlaces, type BodyPlace } from "./valid-session-body-utils/body-places.js";
import { createSplitJudge } from "./valid-session-body-utils/split-judgement.js";
import { readBody, type BodyShape, type BodySplit } from "../util/values/body-shape.js";
import { argumentAt, indexCallees, matchingCallees, type Call, type Via } from "../util/calls/call-sites.js";
import { calleesSchema, type Callee } from "../util/calls/callees-option.js";
import { createCache, type Cache } from "../util/cache.js";
import { createRule } from "../util/create-rule.js";
import { fileAnalysis } from "../util/file/file-analysis.js";
import { whereMayCallPortal } from "../util/file/may-call-portal.js";
import { installedSdkVersion, sendsNewerBodyOnly } from "./valid-session-body-utils/sdk-version.js";
import { quoted } from "../util/report/report-place.js";
import type { Ref } from "../util/values/scope.js";
import { readSettings } from "../util/settings.js";

/** One message a finding's code, and one each suggestion. */
export type MessageId = BodyCode | "renameField" | "replaceValue" | "migrateBody";

/** When the older body (`slug`, `permissions`) is reported. */
export type OlderBody = "when-refused" | "always" | "never";

export type Options = [{ callees?: Callee[]; olderBody?: OlderBody }];

/**
 * Every finding's message, in the one voice of docs/messages.md: the field it is about and where
 * the value is written, then the core's words, which name what to write instead last.
 */
const MESSAGE = "{{ place }}{{ message }}{{ there }}";

/**
 * Every code a finding can have, each a message ID of its own. The core's codes have no list at
 * run time, so they are listed here and checked against its types both ways: a code the core
 * adds or drops fails the type check until it is listed or struck here.
 */
const CODES = {
  unknown_field: true,
  mixed_generations: true,
  missing_field: true,
  wrong_type: true,
  unknown_scope: true,
  legacy_permission: true,
  duplicate_scope: true,
  invalid_url: true,
  too_short: true,
  too_long: true,
  not_a_string: true,
  unreadable: true,
  older_body: true,
  more_issues: true,
} satisfies Record<BodyCode, true>;

const { only, renamed, description } = CREATE_SESSION_FACTS;

/** Field names as a message quotes them. */
const quotedNames = (names: readonly string[], joiner: string): string => names.map((name) => JSON.stringify(name)).join(joiner);

/** The older body, named by its own fields: `("slug", "permissions")`. */
const OLDER = `(${quotedNames(only.older, ", ")})`;

/** The newer body, named by the fields the older ones became: `"portal" with "scopes"`. */
const NEWER_FIELDS = quotedNames(
  only.older.flatMap((name) => renamed(name) ?? []),
  " with ",
);

/** How the newer body is named when the older one is refused. */
const NEWER = `send ${NEWER_FIELDS} instead`;

/** The first `@unkey/api` that sends the newer body only. */
const NEWER_SDK = description.generations.newer.sdk.since;

/** What is said of the older body sent as raw HTTP, which the current server refuses; the Biome plugin says it in the same words. */
export const REFUSED_OVER_HTTP = `This is the older body ${OLDER}, which the current server refuses: ${NEWER}`;

/** A body's findings as kept: those about the object literal it was judged for, and those about the keys and values it sends. */
interface Judged {
  readonly object: Ref<TSESTree.ObjectExpression>;
  readonly ofObject: readonly BodyFinding[];
  readonly ofFields: readonly BodyFinding[];
}

/** Sorts the findings of the body `object` into those about the object itself and the rest. */
const judgedApart = (object: Judged["object"], findings: readonly BodyFinding[]): Judged => ({
  object,
  ofObject: findings.filter((finding) => finding.target === object),
  ofFields: findings.filter((finding) => finding.target !== object),
});

/**
 * How bodies are judged: `split`, a body told apart (`BodySplit`) by its spread fields once for
 * all its bodies and its own keys at each (`split-judgement.ts`), the rest whole; `whole`, every
 * body whole (`judgeBody`), which the split judgement must equal, and is tested against;
 * `shared`, the rule's own: a body told apart once an earlier body of the file has spread the
 * same fields, the first of them whole. Telling apart pays only from the second body: a spread
 * sent once costs less judged whole, and costs its fields either way.
 */
type Judgement = "shared" | "split" | "whole";

/** The rule, judging bodies as `judgement` says. */
const sessionBodyRule = (judgement: Judgement) =>
  createRule<Options, MessageId>({
    name: "valid-session-body",
    meta: {
      type: "problem",
      docs: {
        description: "Require the createSession bodies sent to Unkey to have only known fields, valid scopes and values the server accepts",
        recommended: true,
      },
      hasSuggestions: true,
      messages: {
        ...(Object.fromEntries(Object.keys(CODES).map((code) => [code, MESSAGE])) as Record<BodyCode, string>),
        renameField: "Rename the field to {{ to }}",
        replaceValue: "Replace with {{ to }}",
        migrateBody: `Rewrite the older fields as the newer ones: ${description.renames
          .map(([older, newer]) => `${JSON.stringify(newer)} for ${JSON.stringify(older)}`)
          .join(", ")}, each permission mapped where the mapping is certain`,
      },
      schema: [
        {
          type: "object",
          properties: {
            callees: calleesSchema("Your own functions that send a createSession body.", "Which argument (from 0) is the body"),
            olderBody: {
              type: "string",
              enum: ["when-refused", "always", "never"],
              description: `When the older body ${OLDER.replace(/"/g, "")} is reported: where it is refused (raw HTTP to the current server, or an installed @unkey/api ${NEWER_SDK} or later), always, or never`,
            },
          },
          additionalProperties: false,
        },
      ],
      defaultOptions: [{ callees: [], olderBody: "when-refused" }],
    },
    // Most files hold no portal call: they cost this question, which also says a mistaken setting.
    gate: whereMayCallPortal,
    create(context, [{ callees = [], olderBody = "when-refused" }]) {
      const settings = readSettings(context.settings);
      const { sourceCode } = context;
      const { scope, literalTypes, sessionBody, bodyShape } = fileAnalysis(context, settings);
      const wrappers = indexCallees(callees);
      const placesOf = createBodyPlaces(sourceCode, context.cwd);
      let sdk: { readonly version: string | undefined } | undefined;
      /** The `@unkey/api` the linted file imports, looked for on first need. */
      const installed = (): string | undefined => (sdk ??= { version: installedSdkVersion(context.filename) }).version;

      /** How the older body is judged when sent this way: who refuses it, and which keys are odd in a mixed body. */
      const olderPolicy = (via: Via | "callee"): OlderBodyPolicy => ({
        refusedBy: () => {
          if (olderBody === "never") return undefined;
          if (via === "http") return REFUSED_OVER_HTTP;
          const version = installed();
          if (sendsNewerBodyOnly(version)) return `This is the older body ${OLDER}, which @unkey/api ${version}, installed here, no longer sends: ${NEWER}`;
          return olderBody === "always"
            ? `This is the older body ${OLDER}; @unkey/api ${NEWER_SDK} and the current server take ${NEWER_FIELDS} instead`
            : undefined;
        },
        // Only an SDK known to be older sends the older body: everywhere else its keys are the odd ones.
        expected: () => (via !== "http" && installed() !== undefined && !sendsNewerBodyOnly(installed()) ? "older" : "newer"),
      });

      // Which findings: a body written once and sent by many calls is judged once a way of sending
      // it, and so is one that spreads the same objects at every call (its fields are one map):
      // what is found of the object literal itself (a missing field, at its brace) is said of each.
      const judged = createCache<BodyShape["fields"], Cache<string, Judged>>("file");
      const file: BodyContext = { scope, literalTypes };
      // A body that spreads objects and writes keys of its own is one object at each call: judged
      // whole, the spread fields would be judged again at every call.
      const judgeSplit = createSplitJudge(file);
      const judgedSplit = createCache<BodyShape, Cache<string, readonly (readonly BodyFinding[])[]>>("file");
      /** The first body of the file that spreads each map of spread fields. */
      const firstToSpread = createCache<BodySplit["spread"], BodyShape>("file");
      /** Whether to judge `shape` told apart: always under `split`, else once another body spreads the same fields. */
      const splitPays = (shape: BodyShape, split: BodySplit): boolean =>
        judgement === "split" || (firstToSpread.get(split.spread) ?? firstToSpread.set(split.spread, shape)) !== shape;
      const findingsOf = (shape: BodyShape, via: Via | "callee"): readonly (readonly BodyFinding[])[] => {
        const { object } = shape;
        // A module's body is reported at each use that leads to it; one of this file, once.
        const key = `${via}:${object.use ? object.use.range.join("-") : ""}`;
        const split = judgement === "whole" ? undefined : shape.split;
        if (split && splitPays(shape, split)) {
          const byWay = judgedSplit.get(shape) ?? judgedSplit.set(shape, createCache("file"));
          return byWay.get(key) ?? byWay.set(key, judgeSplit(shape, split, olderPolicy(via)));
        }
        const byWay = judged.get(shape.fields) ?? judged.set(shape.fields, createCache("file"));
        const kept = byWay.get(key) ?? byWay.set(key, judgedApart(object, judgeBody(shape, file, olderPolicy(via))));
        return [kept.object === object ? kept.ofObject : kept.ofObject.map((finding) => ({ ...finding, target: object })), kept.ofFields];
      };

      /** A finding's fix as a suggestion, when what it edits is written in the linted file. */
      const suggestionsOf = (fix: BodyFix | undefined): TSESLint.SuggestionReportDescriptor<MessageId>[] => {
        switch (fix?.kind) {
          case "rename":
            return fix.property.scope.module
              ? []
              : [{ messageId: "renameField", data: { to: quoted(fix.to) }, fix: renameFix(fix.property.node, fix.to, sourceCode) }];
          case "replace":
            return fix.literal.scope.module
              ? []
              : [{ messageId: "replaceValue", data: { to: quoted(fix.to) }, fix: replaceFix(fix.literal.node, fix.to, sourceCode) }];
          case "migrate": {
            const edit = migrationFix(fix.shape, sourceCode);
            return edit ? [{ messageId: "migrateBody", fix: edit }] : [];
          }
          default:
            return [];
        }
      };

      /** Reports one finding where it stands, worded in the one voice. */
      const report = ({ finding, node, loc, where, more }: BodyPlace): void => {
        const others = more ? ` (and ${more} more value${more === 1 ? "" : "s"} of its type)` : "";
        context.report({
          node,
          loc,
          messageId: finding.code,
          data: {
            // Where, before what: the field's path, how many more values share the problem, and
            // the module the value is written in; a whole-body problem is "in the body".
            place: finding.path || others || where ? `${finding.path || "In the body"}${others}${where}: ` : "",
            message: finding.message,
            // The core names the suggestion last; ESLint edits only the file it lints, so a value
            // written elsewhere is to be written there.
            there: where && finding.suggestion !== undefined ? " there" : "",
          },
          suggest: where ? [] : suggestionsOf(finding.fix),
        });
      };

      const visit = (call: Call): void => {
        // Which calls: the body of a built-in shape, and the body each matching wrapper names.
        const builtIn = sessionBody(call);
        const body = builtIn && bodyShape(call);
        if (body) for (const findings of findingsOf(body, builtIn.via)) placesOf(findings).forEach(report);
        for (const callee of matchingCallees(call, wrappers)) {
          const node = argumentAt(call, callee.argument ?? 0);
          if (!node || node === builtIn?.ref.node) continue;
          const sent = readBody({ node, scope });
          if (sent) for (const findings of findingsOf(sent, "callee")) placesOf(findings).forEach(report);
        }
      };
      return { CallExpression: visit, NewExpression: visit } satisfies TSESLint.RuleListener;
    },
  });

export default sessionBodyRule("shared");

/**
 * The rule judging every body whole: the oracle the split judgement is tested against, which no
 * config uses. @internal
 */
export const wholeJudgementRule = sessionBodyRule("whole");

/**
 * The rule telling apart every body it can, from the first that spreads given fields: what the
 * property tests hold to the whole judgement, so that the split judgement is tried on bodies
 * the rule itself would judge whole. @internal
 */
export const splitJudgementRule = sessionBodyRule("split");
