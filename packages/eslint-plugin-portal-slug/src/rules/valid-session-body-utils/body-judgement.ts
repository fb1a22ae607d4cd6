/**
 * What the core says of the parts of a createSession body the linted code statically holds: the
 * keys (`checkCreateSessionKeys`) and each known value of a field (`checkCreateSessionField`),
 * in the guard's own words, each finding tied to the expression it is about. The portal field
 * (`slug`, `portal`) is `valid-slug`'s and is not judged here, so that no problem is reported
 * twice. What cannot be known (a value read at run time, a part a spread may overwrite) gives
 * no finding.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import {
  CREATE_SESSION_FACTS,
  checkCreateSessionField,
  checkCreateSessionKeys,
  type CreateSessionIssue,
  type CreateSessionIssueCode,
  type CreateSessionKeysResult,
  type PortalRefIssue,
  type PortalSlugIssueCode,
  type UnknownPortalIssue,
} from "portal-slug";
import { createCache } from "../../util/cache.js";
import type { BodyField, BodyShape } from "../../util/values/body-shape.js";
import { refTo, type Ref, type Scope } from "../../util/values/scope.js";
import type { LiteralTypes } from "../../util/values/literal-types.js";
import { checkable, staticValues, type StaticValue } from "../../util/values/static-strings.js";

/** The slug rules' codes that the value of another field gets too: a text that is no string, too short or too long. */
type SharedWithPortal = Extract<PortalSlugIssueCode, "not_a_string" | "too_short" | "too_long">;

/** Codes of the portal field's value alone, `valid-slug`'s to report: the slug rules' character problems, a portal ID's, an unknown portal. */
type PortalFieldCode = Exclude<PortalRefIssue["code"] | UnknownPortalIssue["code"], SharedWithPortal>;

/** The codes a body finding can have: the core's, less the portal field's own and a body's that is no object (this rule reads object literals), and the older body's. */
export type BodyCode = Exclude<CreateSessionIssueCode, PortalFieldCode | "not_an_object"> | "older_body";

/** What a finding's fix would do, as data: the rule offers it as a suggestion, with the edit of `body-fixes.ts`. */
export type BodyFix =
  | { readonly kind: "rename"; readonly property: Ref<TSESTree.Property>; readonly to: string }
  | { readonly kind: "replace"; readonly literal: Ref; readonly to: string }
  | { readonly kind: "migrate"; readonly shape: BodyShape };

/** One problem of a body, where it is written. */
export interface BodyFinding {
  readonly code: BodyCode;
  /** The core's message (the older body's is the rule's own), which names the suggestion last when there is one. */
  readonly message: string;
  /** The value the core says to write instead, named at the end of the message. */
  readonly suggestion?: string | undefined;
  /** The field path the message is about (`scopes[1]`), empty for a key or a whole-body problem. */
  readonly path: string;
  /** The expression the finding is about: a key, a value, or (for a missing field) the object literal. */
  readonly target: Ref;
  /** For a missing field: the report stands on the object's opening brace, not on all of it. */
  readonly atOpening?: boolean;
  readonly fix?: BodyFix | undefined;
}

/** Whether a field's value is this rule's to judge: every field's but the portal field's (`slug`, `portal`), which is `valid-slug`'s. */
const judgesValueOf = (key: string): boolean => {
  const kind = CREATE_SESSION_FACTS.field(key)?.kind;
  return kind !== undefined && kind !== "slug" && kind !== "portal";
};

/**
 * How many entries of a list literal are judged. A list of scopes has four useful entries; a
 * generated list of a million is judged by its first ones, with no finding guessed for the rest.
 */
export const MAX_LIST_ENTRIES = 256;

/** `scopes[1]` for the path `["scopes", 1]`. */
const pathText = (path: readonly (string | number)[]): string =>
  path.map((part, i) => (typeof part === "number" ? `[${part}]` : i ? `.${part}` : part)).join("");

/** The core's codes for a value of the wrong type: all that a stand-in of the value's type can be judged for. */
const TYPE_CODES: ReadonlySet<string> = new Set<BodyCode>(["wrong_type", "not_a_string"]);

/**
 * The value a check is given for one static value (see {@link checkable}): one known only by its
 * kind is judged for {@link TYPE_CODES} alone. A list's entry that is an array or object is no
 * string whatever it holds, so as an entry (`entry`) it is judged as if it were known.
 */
function given(value: StaticValue): { readonly value: unknown; readonly exact: boolean; readonly entry: boolean } {
  const { value: checked, exact } = checkable(value);
  return { value: checked, exact, entry: exact || value.kind === "array" || value.kind === "object" };
}

/** Whether a field's value is a list, whose entries are judged one by one: `scopes`, `permissions`. */
const isList = (key: string): boolean => CREATE_SESSION_FACTS.field(key)?.kind === "scopes";

/** What judging a body needs to know of the linted file. */
export interface BodyContext {
  /** The linted file's scope: a literal type's member is known at an expression of that file. */
  readonly scope: Scope;
  readonly literalTypes: LiteralTypes | undefined;
}

/** Whether a value is one a memo's text tells apart: no object or function, whose identity the text would lose. */
const isPrimitive = (value: unknown): boolean => value === null || (typeof value !== "object" && typeof value !== "function");

/** The text a primitive is kept under: a string quoted as JSON quotes it, anything else with its type, so that `1` and `"1"` stay apart and no two lists of them join to one text. */
const memoText = (value: unknown): string => (typeof value === "string" ? JSON.stringify(value) : `${typeof value}:${String(value)}`);

/**
 * The core's answers, for the process: the same scopes, URLs and keys are sent from call to call
 * and file to file. Bounded, since their texts are what users write; a long value is judged each
 * time rather than held.
 */
const fieldAnswers = createCache<string, readonly CreateSessionIssue[]>("process", { capacity: 4096, longestKey: 512 });
const keyAnswers = createCache<string, CreateSessionKeysResult>("process", { capacity: 1024, longestKey: 512 });

/** The core's issues for `key` sent as `value`, or as a list of `value` alone; a primitive value's are asked once. */
function check(file: BodyContext, key: string, value: unknown, asEntry: boolean): readonly CreateSessionIssue[] {
  if (!isPrimitive(value)) return checkCreateSessionField(key, asEntry ? [value] : value);
  const memo = `${key}${asEntry ? "[]" : "="}${memoText(value)}`;
  return fieldAnswers.answer(memo, () => checkCreateSessionField(key, asEntry ? [value] : value));
}

/** The core's issues for the list `values` sent as `key`; a list of primitives (the usual scopes) is asked once. */
function checkList(file: BodyContext, key: string, values: readonly unknown[]): readonly CreateSessionIssue[] {
  if (!values.every(isPrimitive)) return checkCreateSessionField(key, values);
  const memo = `${key}[${values.length}]${values.map(memoText).join(",")}`;
  return fieldAnswers.answer(memo, () => checkCreateSessionField(key, values));
}

/** Where a static value is written: a literal type's member, at the linted file's expression that has the type. */
const targetOf = (value: StaticValue, file: BodyContext): Ref => (value.kind === "type" ? { node: value.node, scope: file.scope } : value.ref);

/** A suggestion that replaces a string literal written in the linted file. */
function replacement(target: Ref, issue: CreateSessionIssue): BodyFix | undefined {
  if (issue.suggestion === undefined || target.scope.module) return undefined;
  const { node } = target;
  const isString = (node.type === "Literal" && typeof node.value === "string") || (node.type === "TemplateLiteral" && node.expressions.length === 0);
  return isString ? { kind: "replace", literal: target, to: issue.suggestion } : undefined;
}

/** The finding of one of the core's issues, at `path`, about the value written at `target`. */
const findingOf = (issue: CreateSessionIssue, path: readonly (string | number)[], target: Ref): BodyFinding => ({
  code: issue.code as BodyCode,
  message: issue.message,
  suggestion: issue.suggestion,
  path: pathText(path),
  target,
  fix: replacement(target, issue),
});

/**
 * The findings of a list value (`scopes: [...]`): the whole list when every entry is known (an
 * array or object entry by its type, which is all a list asks of it), else each entry alone.
 */
function listFindings(key: string, list: Ref<TSESTree.ArrayExpression>, file: BodyContext): BodyFinding[] {
  const entries = list.node.elements.slice(0, MAX_LIST_ENTRIES);
  const values: unknown[] = [];
  const targets: Ref[] = [];
  let whole = list.node.elements.length <= MAX_LIST_ENTRIES;
  const single: { index: number; value: StaticValue; target: Ref }[] = [];
  entries.forEach((element, index) => {
    if (!element || element.type === "SpreadElement") {
      whole = false;
      return;
    }
    const { values: possible, complete } = staticValues(refTo(list, element), file.literalTypes);
    const only = possible.length === 1 && complete ? possible[0] : undefined;
    const entry = only && given(only);
    if (only && entry?.entry) {
      values.push(entry.value);
      targets.push(targetOf(only, file));
    } else whole = false;
    for (const each of possible) single.push({ index, value: each, target: targetOf(each, file) });
  });
  if (whole) {
    return checkList(file, key, values).map((issue) => {
      const entry = issue.path[1];
      return findingOf(issue, issue.path, typeof entry === "number" ? (targets[entry] ?? list) : list);
    });
  }
  // Some entry is unknown: an entry's own problems still stand, the list's (empty, duplicates) cannot be said.
  const findings: BodyFinding[] = [];
  for (const { index, value, target } of single) {
    const entry = given(value);
    for (const issue of check(file, key, entry.value, true)) {
      if (issue.path.length < 2 || (!entry.entry && !TYPE_CODES.has(issue.code))) continue;
      findings.push(findingOf(issue, [key, index], target));
    }
  }
  return findings;
}

/** The findings of one field's value: each value it can statically be (`values`), judged by the core. */
function valueFindings(field: BodyField, values: readonly StaticValue[], file: BodyContext): BodyFinding[] {
  const { key, value } = field;
  if (!value || !judgesValueOf(key)) return [];
  const findings: BodyFinding[] = [];
  for (const each of values) {
    // `undefined` is the field left out: JSON drops it, and the keys' check says what that costs.
    if (each.kind === "other" && each.value === undefined) continue;
    if (each.kind === "array" && isList(key)) {
      findings.push(...listFindings(key, each.ref, file));
      continue;
    }
    const target = targetOf(each, file);
    const { value: checked, exact } = given(each);
    for (const issue of check(file, key, checked, false)) {
      // Of a template, an object or a list, only the type is known here.
      if (exact || TYPE_CODES.has(issue.code)) findings.push(findingOf(issue, issue.path, target));
    }
  }
  return findings;
}

/** Whether a field's value is `undefined` and nothing else: JSON leaves the field out. */
const unset = ({ values, complete }: Possible): boolean =>
  complete && values.length > 0 && values.every((each) => each.kind === "other" && each.value === undefined);

/** What nothing is: a field whose value is a getter, or is overwritten by a later unknown part. */
const NOTHING: Possible = { values: [], complete: false };

/** What a value can statically be, and whether that is all. */
type Possible = ReturnType<typeof staticValues>;

/** How the older body is to be judged, decided by the caller: when it is refused, and which generation a mixed body is expected to be. */
export interface OlderBodyPolicy {
  /** Whether the older body is reported: the refusal's words, or `undefined` to let it be. Asked only of an older body. */
  readonly refusedBy: () => string | undefined;
  /** In a body mixing the two, which generation is expected (the other's keys are the odd ones). Asked only of a mixed body. */
  readonly expected: () => "older" | "newer";
}

/**
 * What the findings about a body's keys ask of it: the body (its brace, and what the migration
 * rewrites), where a key is written, and which of a few keys it sends first. A whole body answers
 * from its fields; a body told apart (see `split-judgement.ts`) from its spreads and own keys.
 */
export interface KeyedBody {
  readonly shape: BodyShape;
  /** The field `key` as the body sends it, when it does. */
  field(key: string): BodyField | undefined;
  /** The first field among `keys`, in the order the body's fields are last written. */
  first(keys: readonly string[]): BodyField | undefined;
}

/** The first field among `keys` of `fields`, in their order. */
export const firstOf = (fields: ReadonlyMap<string, BodyField>, keys: readonly string[]): BodyField | undefined =>
  [...fields.values()].find((field) => keys.includes(field.key));

/** The findings of the core's issues about a body's keys (`checkCreateSessionKeys`): mixed generations, missing fields, unknown keys. */
export function keyFindings(issues: readonly CreateSessionIssue[], body: KeyedBody, older: OlderBodyPolicy): BodyFinding[] {
  const findings: BodyFinding[] = [];
  for (const issue of issues) {
    const [key] = issue.path;
    if (issue.code === "mixed_generations") {
      const newer = older.expected() === "newer";
      const odd = body.first(CREATE_SESSION_FACTS.only[newer ? "older" : "newer"]);
      // Where the newer body is expected, its older keys can be rewritten as the older body is.
      if (odd)
        findings.push({
          code: "mixed_generations",
          message: issue.message,
          path: "",
          target: odd.property,
          fix: newer ? { kind: "migrate", shape: body.shape } : undefined,
        });
    } else if (issue.code === "missing_field") {
      findings.push({ code: "missing_field", message: issue.message, path: "", target: body.shape.object, atOpening: true });
    } else if (issue.code === "unknown_field" && typeof key === "string") {
      const field = body.field(key);
      if (field) findings.push(unknownKeyFinding(issue, field));
    }
  }
  return findings;
}

/** The finding of the core's `unknown_field` issue about `field`'s key, with the rename it suggests. */
export function unknownKeyFinding(issue: CreateSessionIssue, field: BodyField): BodyFinding {
  const fix: BodyFix | undefined = issue.suggestion === undefined ? undefined : { kind: "rename", property: field.property, to: issue.suggestion };
  return { code: "unknown_field", message: issue.message, suggestion: issue.suggestion, path: "", target: field.property, fix };
}

/** The finding of a body of the older generation where it is refused, at its first older key; none elsewhere. */
export function olderBodyFindings(generation: CreateSessionKeysResult["generation"], body: KeyedBody, older: OlderBodyPolicy): BodyFinding[] {
  const refusedBy = generation === "older" ? older.refusedBy() : undefined;
  const first = refusedBy === undefined ? undefined : body.first(CREATE_SESSION_FACTS.only.older);
  return first && refusedBy !== undefined
    ? [{ code: "older_body", message: refusedBy, path: "", target: first.property, fix: { kind: "migrate", shape: body.shape } }]
    : [];
}

/** What the values of some fields say: the findings of each, and the keys whose value is `undefined` alone (JSON leaves them out). */
export interface JudgedValues {
  readonly findings: BodyFinding[];
  readonly unset: string[];
}

/** Judges the values of `fields`, each followed once, for the keys' check (is it undefined?) and for its own findings. */
export function judgeValues(fields: Iterable<BodyField>, file: BodyContext): JudgedValues {
  const judged: JudgedValues = { findings: [], unset: [] };
  for (const field of fields) {
    const possible = field.value ? staticValues(field.value, file.literalTypes) : NOTHING;
    if (unset(possible)) judged.unset.push(field.key);
    judged.findings.push(...valueFindings(field, possible.values, file));
  }
  return judged;
}

/** {@link checkCreateSessionKeys}, kept for the keys, their order, completeness and unset ones (as JSON, so no two sets share a text). */
export function checkKeys(keys: readonly string[], options: { readonly complete?: boolean; readonly unset?: readonly string[] } = {}): CreateSessionKeysResult {
  const { complete = true, unset = [] } = options;
  return keyAnswers.answer(JSON.stringify([complete, unset, keys]), () => checkCreateSessionKeys(keys, { complete, unset }));
}

/** Every finding of one body, judged whole: the findings of its keys, of the older body, then of each value. */
export function judgeBody(shape: BodyShape, file: BodyContext, older: OlderBodyPolicy): BodyFinding[] {
  const { fields } = shape;
  const values = judgeValues(fields.values(), file);
  const keys = checkKeys([...fields.keys()], { complete: shape.complete, unset: values.unset });
  const body: KeyedBody = { shape, field: (key) => fields.get(key), first: (keys) => firstOf(fields, keys) };
  return [...keyFindings(keys.issues, body, older), ...olderBodyFindings(keys.generation, body, older), ...values.findings];
}
