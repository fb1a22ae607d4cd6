/**
 * The core's words as GritQL message templates. GritQL cannot call the core, so each message is
 * asked of it once, at build time, for a sample value, and what the sample put into it (the
 * value shown, its index, a count) is replaced by the metavariable that holds the same thing in
 * the plugin. A sample whose trace is not found exactly once stops the build: the words changed
 * shape, and the plugin must be looked at, not written wrong.
 */
import {
  CREATE_SESSION_API,
  CREATE_SESSION_FACTS,
  PORTAL_ID_MAX_LENGTH,
  PORTAL_ID_PREFIX,
  PORTAL_SLUG_MAX_LENGTH,
  checkCreateSessionField,
  checkCreateSessionKeys,
  validatePortalRef,
  validatePortalSlug,
  type CreateSessionIssue,
  type PortalSlugIssueCode,
} from "portal-slug";
import { literalRegex, snippetText } from "./grit-syntax.js";

/** How the core shows a sample: quoted, and cut after 40 characters (its samples are plain ASCII, which it writes as they are). */
const QUOTED_VALUE = 40;

/** A sample as the core's messages show it. */
const shown = (sample: string, max = QUOTED_VALUE): string => `"${sample.length > max ? `${sample.slice(0, max)}…` : sample}"`;

/**
 * `message` as a snippet's text, each trace of the sample (`"B"`, `23`) replaced by its
 * metavariable (`$shown`, `$at`); a trace is found as a whole token, exactly once.
 */
export function templateOf(message: string, traces: Readonly<Record<string, string>>): string {
  let template = snippetText(message);
  for (const [trace, metavariable] of Object.entries(traces)) {
    // A number is a whole token: the 2 of "(and 2 more)", not of "at index 23".
    const pattern = new RegExp(`(?<![\\w"])${literalRegex(trace)}(?![\\w"])`, "g");
    const found = template.match(pattern)?.length ?? 0;
    if (found !== 1) throw new Error(`The core's words changed shape: ${JSON.stringify(trace)} is in ${JSON.stringify(message)} ${found} times, not once`);
    template = template.replace(pattern, () => metavariable);
  }
  return template;
}

/** The one issue of `code` the core gives a sample, or the build stops. */
function issueOf<Issue extends { readonly code: string; readonly message: string }>(issues: readonly Issue[] | undefined, code: string, sample: string): Issue {
  const found = issues?.find((issue) => issue.code === code);
  if (!found) throw new Error(`The core no longer gives ${code} for ${JSON.stringify(sample)}`);
  return found;
}

const slugIssue = (sample: string, code: PortalSlugIssueCode) => {
  const result = validatePortalSlug(sample);
  return issueOf(result.valid ? [] : result.issues, code, sample);
};

/** Where the run of a character problem stands in the samples, and how many more there are in the sample that has more. */
const SAMPLE_INDEX = 23;
const SAMPLE_MORE = 5;

/** The codes of the slug rules whose problem is a run of characters, reported with where its first run is and how many more follow. */
export type RunCode = "uppercase" | "underscore" | "whitespace" | "invalid_character" | "consecutive_hyphens";

/** A run problem's words: for one run, and for one with more after it. */
export interface RunWords {
  /** `$shown at index $at …`. */
  readonly once: string;
  /** `$shown at index $at (and $more more) …`. */
  readonly more: string;
}

/**
 * The words of a run problem, from samples that hold `run` after {@link SAMPLE_INDEX} letters,
 * once and then with {@link SAMPLE_MORE} more runs after it.
 */
export function runWords(code: RunCode, run: string): RunWords {
  const before = "a".repeat(SAMPLE_INDEX);
  const once = `${before}${run}a`;
  const more = `${once}${`${run}a`.repeat(SAMPLE_MORE)}`;
  const traces = { [shown(run, 8)]: "$shown", [String(SAMPLE_INDEX)]: "$at" };
  return {
    once: templateOf(slugIssue(once, code).message, traces),
    more: templateOf(slugIssue(more, code).message, { ...traces, [String(SAMPLE_MORE)]: "$more" }),
  };
}

/** The words of the slug rules that are not runs: the length, and a hyphen at either end. */
export function slugWords() {
  const short = (sample: string) => templateOf(slugIssue(sample, "too_short").message, { [shown(sample)]: "$shown", [String(sample.length)]: "$length" });
  const long = "a".repeat(PORTAL_SLUG_MAX_LENGTH + 7);
  const trailing = `${"a".repeat(SAMPLE_INDEX)}-`;
  return {
    /** `$shown is too short: $length characters, …`, for one character and for any other count. */
    tooShort: { one: short("a"), other: short("ab") },
    tooLong: templateOf(slugIssue(long, "too_long").message, { [shown(long)]: "$shown", [String(long.length)]: "$length" }),
    /** The same words for every value: the hyphen is always the first character. */
    leadingHyphen: templateOf(slugIssue("-ab", "leading_hyphen").message, {}),
    trailingHyphen: templateOf(slugIssue(trailing, "trailing_hyphen").message, { [String(SAMPLE_INDEX)]: "$at" }),
  };
}

const idIssue = (sample: string, code: string) => {
  const result = validatePortalRef(sample);
  return issueOf(result.valid ? [] : result.issues, code, sample);
};

/** The words of the portal ID rule: nothing after the prefix, a character it may not have, too long. */
export function idWords() {
  const bad = `${PORTAL_ID_PREFIX}${"a".repeat(SAMPLE_INDEX - PORTAL_ID_PREFIX.length)}-`;
  const long = `${PORTAL_ID_PREFIX}${"a".repeat(PORTAL_ID_MAX_LENGTH + 7)}`;
  return {
    empty: templateOf(idIssue(PORTAL_ID_PREFIX, "invalid_portal_id").message, {}),
    character: templateOf(idIssue(bad, "invalid_portal_id").message, { [shown("-", 8)]: "$shown", [String(SAMPLE_INDEX)]: "$at" }),
    tooLong: templateOf(idIssue(long, "too_long").message, { [shown(long)]: "$shown", [String(long.length)]: "$length" }),
  };
}

/**
 * The words for a key that is no field of either generation but another spelling of `field`
 * (the sample is its name in capitals), with the field named as what to write; `$shown` is the
 * key, quoted.
 */
export function misspeltKeyWords(field: string): string {
  const sample = field.toUpperCase();
  const issue = issueOf(checkCreateSessionKeys([sample]).issues, "unknown_field", sample);
  if (issue.suggestion !== field) throw new Error(`The core no longer reads ${JSON.stringify(sample)} as ${JSON.stringify(field)}`);
  return templateOf(issue.message, { [shown(sample)]: "$shown" });
}

/**
 * The words for such a key in a body that sends `sent` already (`field` or its twin of the other
 * generation): the two named, and nothing to write; `$shown` is the key, quoted.
 */
export function misspeltKeyBesideWords(field: string, sent: string): string {
  const sample = field.toUpperCase();
  const issue = issueOf(checkCreateSessionKeys([sample, sent]).issues, "unknown_field", sample);
  if (issue.suggestion !== undefined || !issue.message.includes(`"${sent}"`))
    throw new Error(`The core no longer names ${JSON.stringify(sent)} beside ${JSON.stringify(sample)}`);
  return templateOf(issue.message, { [shown(sample)]: "$shown" });
}

/** The one issue of a list holding `entry` alone in `field`. */
const entryIssue = (field: string, entry: string): CreateSessionIssue => {
  const [issue, ...more] = checkCreateSessionField(field, [entry]);
  if (!issue || more.length) throw new Error(`The core no longer gives one issue for ${field}: [${JSON.stringify(entry)}]`);
  return issue;
};

/** The words for an entry of a list of scopes (`field`) that is not a scope; `$shown` is the entry, quoted, and `$near` the scope to write. */
export function scopeWords(field: string) {
  const unknown = "zzzz";
  // A scope written with another separator, which the core knows the scope of.
  const [near] = CREATE_SESSION_API.scopes;
  if (near === undefined) throw new Error("The core describes no scopes");
  const misspelt = near.replace(":", ".");
  const nearIssue = entryIssue(field, misspelt);
  if (nearIssue.suggestion !== near) throw new Error(`The core no longer reads ${JSON.stringify(misspelt)} as ${JSON.stringify(near)}`);
  /** A root-key permission of `action`, as the docs page wrote them. */
  const legacy = (action: string) => {
    const sample = `api.*.${action}`;
    const issue = entryIssue(field, sample);
    const [scope] = CREATE_SESSION_FACTS.legacyScopes.get(action) ?? [];
    const single = (CREATE_SESSION_FACTS.legacyScopes.get(action)?.length ?? 0) === 1;
    if (issue.code !== "legacy_permission" || (single && issue.suggestion !== scope))
      throw new Error(`The core no longer reads ${JSON.stringify(sample)} as a root-key permission`);
    return { action, scope: single ? scope : undefined, words: templateOf(issue.message, { [shown(sample)]: "$shown" }) };
  };
  return {
    unknown: templateOf(entryIssue(field, unknown).message, { [shown(unknown)]: "$shown" }),
    near: templateOf(nearIssue.message, { [shown(misspelt)]: "$shown", [`"${near}"`]: '"$near"' }),
    /** Each action the core knows, with the scope to write where it stands on one. */
    legacy: CREATE_SESSION_API.legacyPermissions.map(([action]) => legacy(action)),
    /** An action it does not know. */
    legacyUnknown: legacy("zz_zz").words,
  };
}
