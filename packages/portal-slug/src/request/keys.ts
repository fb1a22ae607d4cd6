/**
 * What a createSession body's keys alone say: which generation it is, whether it mixes the two,
 * which required fields it misses and which keys no generation knows. The guard judges a whole
 * body with these; a tool that knows a body's keys but not all of its values (the lint rule)
 * asks them directly, and so says what the guard would say.
 */
import { REQUEST_WORDS } from "../contract.js";
import { API } from "../api/facts.js";
import { issue, unknownField } from "./fields.js";
import type { CreateSessionGeneration, CreateSessionIssue } from "./types.js";

/** Which generation the keys of a body are: `mixed` for fields of both, `undefined` for neither. @internal */
export function generationOf(sends: (key: string) => boolean): CreateSessionGeneration | "mixed" | undefined {
  const older = API.only.older.some(sends);
  const newer = API.only.newer.some(sends);
  return older ? (newer ? "mixed" : "older") : newer ? "newer" : undefined;
}

/** What {@link checkCreateSessionKeys} answers. */
export interface CreateSessionKeysResult {
  /** The generation the keys show, as {@link detectCreateSessionGeneration} reads it from a body. */
  readonly generation: CreateSessionGeneration | "mixed" | undefined;
  /** `mixed_generations` (empty path), `missing_field` and `unknown_field` issues, as the guard gives them. */
  readonly issues: readonly CreateSessionIssue[];
}

/** Options of {@link checkCreateSessionKeys}. */
export interface CreateSessionKeysOptions {
  /**
   * Whether the keys are all the body sends (default `true`). When some part of the body is
   * not known (a spread of a value the caller cannot read), pass `false`: a field that part
   * might hold is not called missing.
   */
  readonly complete?: boolean;
  /** Keys sent with the value `undefined`: they show the generation, but `JSON.stringify` drops them, so a required one is missing. */
  readonly unset?: readonly string[];
}

/**
 * Judges a createSession body by the keys it sends, as {@link checkCreateSessionRequest} does:
 * a body mixing the generations, a required field missing, a key of neither generation (with
 * the field probably meant as `suggestion`: `portalId` → `portal`, `scope` → `scopes`). A field
 * is not called missing when a misspelt key stands for it: the key's issue says it. The
 * values are not looked at; check each with {@link checkCreateSessionField}. Never throws.
 *
 * @example
 * checkCreateSessionKeys(["portalId", "externalId", "scopes"]).issues;
 * // [ { path: ["portal"], code: "missing_field", … },
 * //   { path: ["portalId"], code: "unknown_field", suggestion: "portal", … } ]
 */
export function checkCreateSessionKeys(keys: readonly string[], options?: CreateSessionKeysOptions): CreateSessionKeysResult {
  try {
    return judgeKeys(keys, options);
  } catch {
    // Only a throwing getter or proxy trap gets here; what it threw may throw again when read.
    return { generation: undefined, issues: [issue([], "unreadable", REQUEST_WORDS.unreadable)] };
  }
}

// Stryker disable next-line ArrayDeclaration: equivalent, the only array here is unset's default, and a name in unset counts only when it is a required field's, which the mutant's placeholder text is not
function judgeKeys(keys: readonly string[], { complete = true, unset = [] }: CreateSessionKeysOptions = {}): CreateSessionKeysResult {
  const sent = new Set(keys);
  const generation = generationOf((key) => sent.has(key));
  const issues: CreateSessionIssue[] = [];
  if (generation === "mixed") {
    const older = API.only.older.filter((key) => sent.has(key));
    const newer = API.only.newer.filter((key) => sent.has(key));
    issues.push(issue([], "mixed_generations", REQUEST_WORDS.mixed(older, newer)));
  }
  const unknown: { key: string; message: string; suggestion?: string }[] = [];
  for (const key of sent) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: equivalent, the generation given decides only for a key of the other generation, and a key here is of neither
    if (!API.fields.includes(key)) unknown.push({ key, ...unknownField(key, generation === "older" ? "older" : "newer", (name) => sent.has(name)) });
  }
  // A misspelt key (`portalId`) is where the field it means is: one problem, said at the key.
  const meant = new Set(
    unknown.flatMap(({ suggestion }) => {
      // Stryker disable next-line ConditionalExpression: equivalent where the test is made false: no field is the counterpart of undefined
      const counterpart = suggestion === undefined ? undefined : API.counterpart(suggestion);
      return suggestion === undefined ? [] : counterpart === undefined ? [suggestion] : [suggestion, counterpart];
    }),
  );
  if (complete) {
    const unsent = new Set(unset);
    for (const names of API.requiredGroups(generation)) {
      if (names.some((name) => (sent.has(name) && !unsent.has(name)) || meant.has(name))) continue;
      const [first, second] = names as [string, string | undefined];
      issues.push(issue([first], "missing_field", REQUEST_WORDS.missing(first, second)));
    }
  }
  for (const { key, message, suggestion } of unknown) issues.push(issue([key], "unknown_field", message, "error", suggestion));
  return { generation, issues };
}
