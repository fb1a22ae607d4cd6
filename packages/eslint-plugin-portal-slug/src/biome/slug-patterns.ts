/**
 * The GritQL patterns that judge a string literal by the slug rules and the portal ID rule, and
 * report it in the words valid-slug gives: which characters each rule forbids (written out from
 * the tests the core makes of a character), and the core's words for each problem. GritQL has no
 * loop but a list's `every`, and no comparison but a regex: a length is counted by walking the
 * characters of a `split`, a bound is a regex over the count's digits.
 */
import { PORTAL_ID_MAX_LENGTH, PORTAL_ID_PREFIX, PORTAL_SLUG_MAX_LENGTH, PORTAL_SLUG_MIN_LENGTH } from "portal-slug";
import { ID_AS_SLUG, INVALID } from "../rules/valid-slug.js";
import { LONGEST_QUOTED } from "../util/report/report-place.js";
import { idWords, runWords, slugWords, type RunCode, type RunWords } from "./core-words.js";
import { classOf, codePointsOf, grit, snippetOf, literalRegex, numberAbove } from "./grit-syntax.js";

/** Whitespace as the core's scan tells it: `\p{White_Space}`, the characters its message shows escaped. */
const isWhitespace = (char: string): boolean => /\p{White_Space}/u.test(char);

/** The characters a slug is made of, and the hyphen, which joins them. */
const SLUG_CLASS = "a-z0-9";

/** A run problem: the characters it is about, as a class, and one of them for the core's sample. */
interface Run {
  readonly class: string;
  readonly sample: string;
}

/** The characters of each character problem, as the core's scan sorts a character into one. */
const RUNS: { readonly [code in Exclude<RunCode, "consecutive_hyphens">]: Run } = {
  uppercase: { class: "A-Z", sample: "B" },
  underscore: { class: "_", sample: "_" },
  whitespace: { class: classOf(isWhitespace), sample: " " },
  // Everything no other rule names: not a slug's own, not "-", not an uppercase letter, an underscore or whitespace.
  invalid_character: { class: `^${SLUG_CLASS}\\-A-Z_${classOf(isWhitespace)}`, sample: "!" },
};

/** The GritQL of a metavariable holding the words `template`, for a part of the message. */
const part = (template: string): string => `\`${template}\``;

/** Adds the words of a run problem to `$parts`: once, or with the count of the runs after it. */
const addRunPart = (words: RunWords): string => grit`if ($more <: \`0\`) { $parts += ${part(words.once)} } else { $parts += ${part(words.more)} }`;

/**
 * The patterns a run problem needs: one that adds its words to `$parts` when `$text` has it,
 * and one that counts the runs of it in what follows the first.
 */
function runPatterns(code: Exclude<RunCode, "consecutive_hyphens">, run: Run): string {
  const words = runWords(code, run.sample);
  const negated = run.class.startsWith("^") ? run.class.slice(1) : `^${run.class}`;
  return grit`
// Counts the runs of ${code} characters among the characters walked.
pattern ${code}_runs($runs, $inside) {
  $char where {
    if ($char <: r"^[${run.class}]$") {
      if ($inside <: \`no\`) { $runs += 1 },
      $inside = \`yes\`
    } else { $inside = \`no\` }
  }
}

// Adds the ${code} problem of $text to $parts: its first run, where it starts, how many follow.
pattern ${code}_part($parts) {
  $text where {
    if ($text <: r"(?s)^([${negated}]*)([${run.class}]+)(.*)$"($before, $run, $after)) {
      $at = 0,
      $before <: utf16_length($at),
      $run <: shown_run($shown),
      $more = 0,
      $inside = \`no\`,
      if ($after <: r"(?s)^.*[${run.class}].*$") {
        $after_chars = split($after, ""),
        $after_chars <: every ${code}_runs($more, $inside)
      },
      ${addRunPart(words)}
    }
  }
}
`;
}

/** The patterns of the double hyphen: its first run of two or more, and the count of the runs after it. */
function doubleHyphenPatterns(): string {
  const words = runWords("consecutive_hyphens", "--");
  return grit`
// Counts the runs of two hyphens or more among the characters walked.
pattern consecutive_hyphens_runs($runs, $hyphens) {
  $char where {
    if ($char <: "-") {
      $hyphens += 1,
      if ($hyphens <: \`2\`) { $runs += 1 }
    } else { $hyphens = 0 }
  }
}

// Adds the consecutive_hyphens problem of $text to $parts.
pattern consecutive_hyphens_part($parts) {
  $text where {
    if ($text <: r"(?s)^(.*?)(--+)(.*)$"($before, $run, $after)) {
      $at = 0,
      $before <: utf16_length($at),
      $run <: shown_run($shown),
      $more = 0,
      $hyphens = 0,
      if ($after <: r"(?s)^.*--.*$") {
        $after_chars = split($after, ""),
        $after_chars <: every consecutive_hyphens_runs($more, $hyphens)
      },
      ${addRunPart(words)}
    }
  }
}
`;
}

/**
 * How a character is shown: as it is in printable ASCII, as the core's `\u{…}` escape where the
 * escape is known here (whitespace, which Biome cannot tell from a space otherwise), and
 * otherwise not at all: GritQL has no way to write a code point's number.
 */
function shownCharacter(): string {
  const escapes = codePointsOf((char) => isWhitespace(char) && !/[ -~]/.test(char))
    .map((codePoint) => grit`else if ($char <: r"^\x{${codePoint.toString(16)}}$") { $written += ${snippetOf(`\\u{${codePoint.toString(16)}}`)} }`)
    .join("\n      ");
  return grit`
// Adds $char to $written as a message shows it, while every character before it could be shown.
pattern shown_character($written, $showable) {
  $char where {
    if ($showable <: \`yes\`) {
      if ($char <: r"^[\x20-\x7E]$") { $written += $char }
      ${escapes}
      else if ($char <: r"(?s)^.$") { $showable = \`no\` }
    }
  }
}
`;
}

/** The pattern that writes a character as `JSON.stringify` writes it in a string, which is how a report quotes the value. */
function jsonCharacter(): string {
  const asItIs = (char: string): boolean => JSON.stringify(char) === `"${char}"`;
  const escapes = codePointsOf((char) => char <= "\x7f" && !asItIs(char))
    .map(
      (codePoint) =>
        grit`else if ($char <: r"^\x{${codePoint.toString(16)}}$") { $written += ${snippetOf(JSON.stringify(String.fromCodePoint(codePoint)).slice(1, -1))} }`,
    )
    .join("\n    ");
  return grit`
// Adds $char to $written as JSON.stringify writes it in a string.
pattern json_character($written) {
  $char where {
    if ($char <: r"^[${classOf(asItIs)}]$") { $written += $char }
    ${escapes}
  }
}

// Adds $text to $written as JSON.stringify writes it in a string.
pattern json_text($written) {
  $text where {
    if ($text <: r"(?s)^[${classOf(asItIs)}]*$") { $written += $text }
    else {
      $chars = split($text, ""),
      $chars <: every json_character($written)
    }
  }
}
`;
}

/**
 * A pattern that sets `$shown` to `$text` as the core shows it (quoted, cut after `max`
 * characters with "…"); where a character cannot be shown, the characters before it and "…",
 * or `fallback` when there are none.
 */
const shownPattern = (name: string, max: number, fallback: string): string => grit`
// $text as a message shows it: quoted, cut after ${max} characters.
pattern ${name}($shown) {
  $text where {
    $text <: r"(?s)^(.{0,${max}})(.*)$"($head, $cut),
    $written = "",
    $showable = \`yes\`,
    if ($head <: r"(?s)^[\x20-\x7E]*$") { $written = $head }
    else {
      $head_chars = split($head, ""),
      $head_chars <: every shown_character($written, $showable)
    },
    if (and { $showable <: \`yes\`, $cut <: "" }) { $shown = \`"$written"\` }
    else if ($written <: "") { $shown = \`${fallback}\` }
    else { $shown = \`"$written…"\` }
  }
}
`;

/** The patterns that judge a value by the slug rules, and by the portal ID rule. */
export function slugPatterns(): string {
  const words = slugWords();
  const id = idWords();
  const invalid = (kind: string, words: Readonly<Record<string, string>> = { detail: "$joined" }) =>
    INVALID.replace(/\{\{ (\w+) \}\}/g, (_, name: string) => ({ kind, slug: `$header`, ...words })[name] ?? "");
  const tooShort = grit`if ($units <: \`1\`) { $parts += ${part(words.tooShort.one)} } else { $parts += ${part(words.tooShort.other)} }`;
  return grit`
// A string literal whose value is its text: "…", '…', or a template without substitutions,
// none with an escape (what "\u0041" stands for is not what is written). $quote is its quote.
pattern plain_string($quote, $inner) {
  or {
    r"^(\")([^\"\\]*)\"$"($quote, $inner),
    r"^(')([^'\\]*)'$"($quote, $inner),
    r"^(\`)([^\`\\$\r]*)\`$"($quote, $inner)
  }
}

// Counts the UTF-16 code units of the characters walked, as JavaScript's offsets count them.
pattern utf16_units($units) {
  $char where {
    if ($char <: r"^[\x{10000}-\x{10FFFF}]$") { $units += 2 } else if ($char <: r"(?s)^.$") { $units += 1 }
  }
}

// Sets $units to the UTF-16 code units of $text: its length in bytes when it is ASCII, else
// counted character by character.
pattern utf16_length($units) {
  $text where {
    if ($text <: r"(?s)^[\x00-\x7F]*$") { $units = length($text) }
    else {
      $chars = split($text, ""),
      $chars <: every utf16_units($units)
    }
  }
}
${shownCharacter()}${jsonCharacter()}${shownPattern("shown_run", 8, "a character outside printable ASCII")}${shownPattern("shown_value", 40, "it")}
// The value as a report names it, in JSON's quotes and escapes: cut to ${LONGEST_QUOTED - 1} characters and "…" past ${LONGEST_QUOTED}, counted as whole characters, as the rule counts them.
pattern header($header) {
  $text where {
    $written = "",
    if ($text <: r"(?s)^(.{${LONGEST_QUOTED - 1}}).{2,}$"($head)) {
      $head <: json_text($written),
      $header = \`"$written…"\`
    } else {
      $text <: json_text($written),
      $header = \`"$written"\`
    }
  }
}

// Adds too_short to $parts when $text has fewer than ${PORTAL_SLUG_MIN_LENGTH} characters ($units).
pattern too_short_part($parts, $units) {
  $text where {
    if (not $units <: r"^${numberAbove(PORTAL_SLUG_MIN_LENGTH - 1)}$") {
      $text <: shown_value($shown),
      $length = $units,
      ${tooShort}
    }
  }
}

// Adds too_long to $parts when $text has more than ${PORTAL_SLUG_MAX_LENGTH} characters ($units).
pattern too_long_part($parts, $units) {
  $text where {
    if ($units <: r"^${numberAbove(PORTAL_SLUG_MAX_LENGTH)}$") {
      $text <: shown_value($shown),
      $length = $units,
      $parts += ${part(words.tooLong)}
    }
  }
}
${Object.entries(RUNS)
  .map(([code, run]) => runPatterns(code as keyof typeof RUNS, run))
  .join("")}${doubleHyphenPatterns()}
// Adds leading_hyphen to $parts when $text starts with "-".
pattern leading_hyphen_part($parts) {
  $text where {
    if ($text <: r"(?s)^-.*") { $parts += ${part(words.leadingHyphen)} }
  }
}

// Adds trailing_hyphen to $parts when $text ends with "-".
pattern trailing_hyphen_part($parts, $units) {
  $text where {
    if ($text <: r"(?s)^.*-$") {
      $at = $units - 1,
      $parts += ${part(words.trailingHyphen)}
    }
  }
}

// Reports a string literal that breaks the slug rules, naming every problem in the contract's
// order, at the whole literal (Biome's span is a node).
pattern invalid_slug() {
  $value where {
    $value <: plain_string($quote, $inner),
    or { not $inner <: r"^[${SLUG_CLASS}]+(?:-[${SLUG_CLASS}]+)*$", not $inner <: r"^.{${PORTAL_SLUG_MIN_LENGTH},${PORTAL_SLUG_MAX_LENGTH}}$" },
    $units = 0,
    $inner <: utf16_length($units),
    $parts = [],
    $inner <: too_short_part($parts, $units),
    $inner <: too_long_part($parts, $units),
${Object.keys(RUNS)
  .map((code) => `    $inner <: ${code}_part($parts),`)
  .join("\n")}
    $inner <: leading_hyphen_part($parts),
    $inner <: trailing_hyphen_part($parts, $units),
    $inner <: consecutive_hyphens_part($parts),
    not $parts <: [],
    $inner <: header($header),
    $joined = join(list = $parts, separator = "; also "),
    register_diagnostic(span = $value, message = \`${invalid("slug")}\`, severity = "error", fix_kind = "safe")
  }
}

// Reports a string literal that starts like a portal ID where only a slug goes (the older body's
// slug): whole, as an ID, whatever its characters, as valid-slug does.
pattern portal_id_as_slug() {
  $value where {
    $value <: plain_string($quote, $inner),
    $inner <: r"^${literalRegex(PORTAL_ID_PREFIX)}.*",
    $inner <: header($header),
    register_diagnostic(span = $value, message = \`${invalid("ID", ID_AS_SLUG)}\`, severity = "error", fix_kind = "safe")
  }
}

// Reports a string literal that starts like a portal ID and breaks the ID rule.
pattern invalid_portal_id() {
  $value where {
    $value <: plain_string($quote, $inner),
    $units = 0,
    $inner <: utf16_length($units),
    $parts = [],
    if ($inner <: r"^${literalRegex(PORTAL_ID_PREFIX)}$") { $parts += ${part(id.empty)} }
    else if ($inner <: r"(?s)^(${literalRegex(PORTAL_ID_PREFIX)}[A-Za-z0-9]*)([^A-Za-z0-9]).*$"($before, $run)) {
      $at = 0,
      $before <: utf16_length($at),
      $run <: shown_run($shown),
      $parts += ${part(id.character)}
    },
    if ($units <: r"^${numberAbove(PORTAL_ID_MAX_LENGTH)}$") {
      $inner <: shown_value($shown_long),
      $parts += ${part(id.tooLong.replace("$shown", "$shown_long").replace("$length", "$units"))}
    },
    not $parts <: [],
    $inner <: header($header),
    $joined = join(list = $parts, separator = "; also "),
    register_diagnostic(span = $value, message = \`${invalid("ID")}\`, severity = "error", fix_kind = "safe")
  }
}
`;
}
