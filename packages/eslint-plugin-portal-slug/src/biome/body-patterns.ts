// biome/: the Biome plugin, a GritQL file written at build time from the core's description of Unkey's API and its words.
/**
 * The GritQL patterns that judge the members of a createSession body Biome can read: the portal
 * field's literal (by the slug rules, or the ID rule), a key that is another spelling of a field,
 * an entry of a list of scopes that is none, and the older body where the server refuses it.
 * Which fields there are, of which kind, and what a permission stands for, is read from the
 * core's description of Unkey's API; what to write instead is carried as a rewrite only where
 * the core names it.
 */
import { CREATE_SESSION_API, CREATE_SESSION_FACTS, PORTAL_ID_PREFIX, checkCreateSessionField, type FieldKind } from "portal-slug";
import { REFUSED_OVER_HTTP } from "../rules/valid-session-body.js";
import { misspeltKeyBesideWords, misspeltKeyWords, scopeWords } from "./core-words.js";
import { anyCaseRegex, grit, snippetOf, literalRegex, snippetText } from "./grit-syntax.js";

/**
 * The two passes over a body's members, as `body_member`'s `$pass` names them: Biome shows all of
 * a file's rewrites as one fix under the report registered first, so the reports that carry a
 * rewrite are registered before the others.
 */
export const REWRITES = "rewrites";
/** The pass of the reports without a rewrite, after {@link REWRITES}. */
export const REPORTS = "reports";

/** The fields of either generation that hold a value of one of `kinds`. */
const fieldsOf = (...kinds: readonly FieldKind[]): string[] =>
  CREATE_SESSION_FACTS.fields.filter((name) => kinds.includes(CREATE_SESSION_FACTS.field(name)?.kind as FieldKind));

/** A field and its twin of the other generation, which does the same job (`portal` and `slug`). */
const namesOfJob = (field: string): string[] => {
  const twin = CREATE_SESSION_FACTS.counterpart(field);
  return twin === undefined ? [field] : [field, twin];
};

/**
 * The report of a misspelt key in a body that sends what it stands for already, naming the one
 * sent (the field, else its twin), as the core names it; no rewrite, which would write it twice.
 */
const besideReports = (field: string): string => {
  const report = (sent: string) =>
    `register_diagnostic(span = $key, message = \`${misspeltKeyBesideWords(field, sent)}\`, severity = "error", fix_kind = "safe")`;
  const [named, twin] = namesOfJob(field) as [string, string | undefined];
  return twin === undefined ? report(named) : `if ($props <: some member_named_${named}()) { ${report(named)} } else { ${report(twin)} }`;
};

/** A regex alternation of names, each matched as written. */
const namesRegex = (names: readonly string[]): string => `(?:${names.map(literalRegex).join("|")})`;

/** How the core squashes a key before it compares it with a field: lowercase, letters only. */
const squash = (name: string): string => name.toLowerCase().replace(/[^a-z]/g, "");

/**
 * The keys the core reads as another spelling of `field` (see `checkCreateSessionKeys`): the
 * field's letters in any case, with anything but a letter between them, and a plural, a singular
 * or an "Id" too many. A typo (`extrnalId`) is the core's guess, not another spelling: it is
 * left to the lint rule, which offers it as a suggestion, not a rewrite.
 */
function spellingsRegex(field: string): string {
  const known = squash(field);
  const spellings = [known, `${known}s`, `${known}id`, ...(known.endsWith("s") ? [known.slice(0, -1)] : [])];
  return `(?:${spellings.map((spelling) => `[^A-Za-z]*${[...spelling].map(anyCaseRegex).join("[^A-Za-z]*")}[^A-Za-z]*`).join("|")})`;
}

/**
 * Longest entry the core guesses a scope for, found by asking it: past this length an entry is
 * only said to be no scope.
 */
function longestGuessedEntry(): number {
  const [scope] = CREATE_SESSION_API.scopes;
  const [resource, action] = (scope ?? "").split(":");
  const guessed = (length: number) =>
    checkCreateSessionField("scopes", [`${resource}${"-".repeat(length - `${resource}${action}`.length)}${action}`])[0]?.suggestion !== undefined;
  let [low, high] = [`${resource}-${action}`.length, 100_000];
  if (!guessed(low) || guessed(high)) throw new Error("The core no longer guesses a scope the way the Biome plugin asks it");
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (guessed(middle)) low = middle;
    else high = middle;
  }
  return low;
}

/** The patterns that report a key that is another spelling of a field, one a field, tried in the order the core tries them. */
function misspeltKeyPatterns(): string {
  return CREATE_SESSION_FACTS.fields
    .map(
      (field) => grit`
// A member whose key is "${field}".
pattern member_named_${field}() {
  $member where { $member <: member_key($_, $_, $name), $name <: r"^${literalRegex(field)}$" }
}

// A key that is another spelling of "${field}": reported, and renamed where the body has no
// ${namesOfJob(field)
        .map((key) => `"${key}"`)
        .join(" or ")} yet (a second key of one job, which JSON keeps, might name another
// portal), in the pass ($pass) of the reports that carry a rewrite or of those that do not.
pattern misspelt_${field}($props, $pass) {
  $member where {
    $member <: member_key($key, $quote, $name),
    $name <: r"^${spellingsRegex(field)}$",
    $shown = \`"$name"\`,
    if (not $props <: some or { ${namesOfJob(field)
      .map((key) => `member_named_${key}()`)
      .join(", ")} }) {
      if ($pass <: \`${REWRITES}\`) {
        register_diagnostic(span = $key, message = \`${misspeltKeyWords(field)}\`, severity = "error", fix_kind = "safe"),
        if ($member <: JsShorthandPropertyObjectMember()) { $member => \`${snippetText(field)}: $member\` }
        else { $to = ${snippetOf(field)}, $key => \`$quote$to$quote\` }
      }
    } else if ($pass <: \`${REPORTS}\`) {
      ${besideReports(field)}
    }
  }
}
`,
    )
    .join("");
}

/** The pattern that reports the entries of one list of scopes that are none. */
function scopeEntryPattern(field: string): string {
  const words = scopeWords(field);
  const scopes = namesRegex(CREATE_SESSION_API.scopes);
  const longest = longestGuessedEntry();
  /**
   * Reports the entry in `template` in the pass of the reports without a rewrite; with `scope` (a
   * GritQL value), in the pass of those with one, and rewrites it as that scope in its quotes.
   */
  const report = (template: string, scope?: string) => {
    const diagnostic = grit`register_diagnostic(span = $entry, message = \`$path: ${template}\`, severity = "error", fix_kind = "safe")`;
    return scope === undefined
      ? grit`if ($pass <: \`${REPORTS}\`) { ${diagnostic} }`
      : grit`if ($pass <: \`${REWRITES}\`) {
            ${diagnostic},
            $to = ${scope}, $entry => \`$quote$to$quote\`
          }`;
  };
  const legacy = words.legacy
    .map(
      ({ action, scope, words: template }) =>
        grit`if ($action <: r"^${literalRegex(action)}$") { ${report(template, scope === undefined ? undefined : snippetOf(scope))} }`,
    )
    .join(" else ");
  return grit`
// Reports an entry of "${field}" that is no scope, at index $index: a root-key permission, a scope
// written otherwise (rewritten as the scope), or anything else, each in the core's words, in the
// pass ($pass) of the reports that carry a rewrite or of those that do not.
pattern ${field}_entry($index, $pass) {
  $entry where {
    if ($entry <: plain_string($quote, $inner)) {
      if (and { not $inner <: r"^${scopes}$", $inner <: r"^[\x20-\x7E]*$" }) {
        $inner <: shown_value($shown),
        $path = \`${snippetText(field)}[$index]\`,
        if ($inner <: r"^.{${longest + 1},}$") { ${report(words.unknown)} }
        else if ($inner <: r"^[A-Za-z_]+\.[^.\s]+\.([A-Za-z_]+)$"($written_action)) {
          $action = lowercase($written_action),
          ${legacy} else { ${report(words.legacyUnknown)} }
        } else if ($inner <: r"^[^A-Za-z]*([A-Za-z]+)[^A-Za-z]+([A-Za-z]+)[^A-Za-z]*$"($first, $second)) {
          $one = lowercase($first),
          $other = lowercase($second),
          $forward = \`$one:$other\`,
          $backward = \`$other:$one\`,
          if ($forward <: r"^${scopes}$") { $near = $forward, ${report(words.near, "$near")} }
          else if ($backward <: r"^${scopes}$") { $near = $backward, ${report(words.near, "$near")} }
          else { ${report(words.unknown)} }
        } else { ${report(words.unknown)} }
      }
    },
    $index += 1
  }
}
`;
}

/** Every pattern a body member is judged with, and `body_member`, which judges one. */
export function bodyPatterns(): string {
  const portalFields = fieldsOf("slug");
  const refFields = fieldsOf("portal");
  const listFields = fieldsOf("scopes");
  const interesting = [...CREATE_SESSION_FACTS.fields.map(spellingsRegex)].join("|");
  return grit`
// A member's key, its quote ("" when bare) and its name, for a member written "key: value" or
// as a shorthand; a computed key has none.
pattern member_key($key, $quote, $name) {
  or {
    \`$key: $_\` where {
      $key <: or {
        r"^()([A-Za-z_$][A-Za-z0-9_$]*)$"($quote, $name),
        r"^(\")([\x20-\x21\x23-\x5B\x5D-\x7E]*)\"$"($quote, $name),
        r"^(')([\x20-\x26\x28-\x5B\x5D-\x7E]*)'$"($quote, $name)
      }
    },
    JsShorthandPropertyObjectMember() as $key where { $key <: r"^()([A-Za-z_$][A-Za-z0-9_$]*)$"($quote, $name) }
  }
}

// A member that can change what the body sends beyond its literal keys: a spread, a computed
// key, a method (toJSON() rewrites the JSON), a getter or a setter. A body with one is not judged.
pattern opaque_member() {
  or {
    r"(?s)^\.\.\..*",
    r"(?s)^\[.*",
    JsMethodObjectMember(),
    JsGetterObjectMember(),
    JsSetterObjectMember()
  }
}

// A value that is one of two written ones, each of which may be sent: \`a ?? b\`, \`a || b\`, \`c ? a : b\`.
pattern either_side($left, $right) {
  or { \`$left ?? $right\`, \`$left || $right\`, \`$_ ? $left : $right\` }
}

// A string written where only a slug goes (the older body's slug): judged by the slug rules, or as an ID.
pattern slug_value() {
  $value where {
    if ($value <: r"^[\"'\`]${literalRegex(PORTAL_ID_PREFIX)}.*") { $value <: maybe portal_id_as_slug() }
    else { $value <: maybe invalid_slug() }
  }
}

// A string written where a slug or an ID goes (the newer body's portal): judged by the rule its prefix chooses.
pattern ref_value() {
  $value where {
    if ($value <: r"^[\"'\`]${literalRegex(PORTAL_ID_PREFIX)}.*") { $value <: maybe invalid_portal_id() }
    else { $value <: maybe invalid_slug() }
  }
}

// A member this plugin has something to say of, for the cheap test before a costlier one.
pattern member_of_interest() {
  $member where { $member <: member_key($_, $_, $name), $name <: r"^(?:${interesting})$" }
}
${misspeltKeyPatterns()}${listFields.map(scopeEntryPattern).join("")}
// Every check of one member of a session body ($props, all of them) that gives a report of the
// pass $pass: "${REWRITES}", the reports that carry a rewrite, or "${REPORTS}", the others.
pattern body_member($props, $pass) {
  $member where {
    if ($member <: \`$key: $value\`) {
      $member <: member_key($_, $_, $name),
      if (and { $pass <: \`${REPORTS}\`, $name <: r"^${namesRegex(portalFields)}$" }) {
        if ($value <: either_side($left, $right)) { $left <: maybe slug_value(), $right <: maybe slug_value() }
        else { $value <: maybe slug_value() }
      }
      else if (and { $pass <: \`${REPORTS}\`, $name <: r"^${namesRegex(refFields)}$" }) {
        if ($value <: either_side($left, $right)) { $left <: maybe ref_value(), $right <: maybe ref_value() }
        else { $value <: maybe ref_value() }
      } else if ($name <: r"^(${namesRegex(listFields)})$"($list)) {
        if ($value <: \`[$entries]\`) {
          $index = 0,
${listFields.map((field) => `          if ($list <: r"^${literalRegex(field)}$") { $entries <: every ${field}_entry($index, $pass) }`).join(",\n")}
        }
      }
    },
    if ($member <: member_key($_, $_, $any_name)) {
      if (not $any_name <: r"^${namesRegex(CREATE_SESSION_FACTS.fields)}$") {
        $member <: maybe or { ${CREATE_SESSION_FACTS.fields.map((field) => `misspelt_${field}($props, $pass)`).join(", ")} }
      }
    }
  }
}

// The older body sent as raw HTTP, which the current server refuses: reported once, at its first
// older key, when no key of the newer body is there.
pattern older_body($reported) {
  $member where {
    if (and { $reported <: \`no\`, $member <: member_key($key, $_, $name), $name <: r"^${namesRegex(CREATE_SESSION_FACTS.only.older)}$" }) {
      $reported = \`yes\`,
      register_diagnostic(span = $key, message = \`${snippetText(REFUSED_OVER_HTTP)}\`, severity = "error", fix_kind = "safe")
    }
  }
}

// A member of the newer body only.
pattern newer_member() {
  $member where { $member <: member_key($_, $_, $name), $name <: r"^${namesRegex(CREATE_SESSION_FACTS.only.newer)}$" }
}
`;
}
