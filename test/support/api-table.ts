// Unkey's createSession API as the docs show it, made from the core's one description
// (`CREATE_SESSION_API`): a row a field, a column a generation, then the scopes and the 404s, so
// that docs/request-guard.md cannot state the API otherwise than the code knows it.
import { CREATE_SESSION_API, CREATE_SESSION_FACTS, type ApiDescription, type FieldDescription } from "portal-slug";
import { markdownTable } from "./generated-section.js";

/** What a field of a kind holds, in a few words, with its limits. */
function holds(field: FieldDescription, scopes: readonly string[]): string {
  const length =
    field.minLength !== undefined && field.maxLength !== undefined
      ? `, ${field.minLength} to ${field.maxLength} characters`
      : field.maxLength !== undefined
        ? `, at most ${field.maxLength} characters`
        : "";
  const kind = {
    slug: "a portal slug",
    portal: "a portal ID (`pc_…`) or slug",
    text: "text",
    url: "an absolute http or https URL",
    boolean: "`true` or `false`",
    scopes: `${field.minItems ? `at least ${field.minItems} of` : "any of"} the ${scopes.length} scopes`,
  }[field.kind];
  return `${field.required ? "required" : "optional"}: ${kind}${field.kind === "portal" || field.kind === "slug" ? "" : length}`;
}

/** The table of a description's fields, by generation, with its scopes and each generation's 404. */
export function apiTable(description: ApiDescription = CREATE_SESSION_API): string {
  const { older, newer } = description.generations;
  // In the order the core's facts write a body (each older field beside the newer one it became), then any other.
  const all = new Set([...Object.keys(older.fields), ...Object.keys(newer.fields)]);
  const names = [...new Set([...CREATE_SESSION_FACTS.fields.filter((name) => all.has(name)), ...all])];
  const cell = (fields: ApiDescription["generations"]["older"]["fields"], name: string) => {
    const field = Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : undefined;
    return field ? holds(field, description.scopes) : "—";
  };
  const sdk = ({ since, until }: { readonly since?: string; readonly until?: string }) =>
    since !== undefined ? `\`@unkey/api\` ${since} and later` : `\`@unkey/api\` up to ${until}`;
  return markdownTable(
    ["", `older: ${older.sentBy}`, `newer: ${newer.sentBy}`],
    [
      ...names.map((name) => [`\`${name}\``, cell(older.fields, name), cell(newer.fields, name)]),
      ["sent by", sdk(older.sdk), sdk(newer.sdk)],
      ["the scopes", description.scopes.map((scope) => `\`${scope}\``).join(", "), "the same"],
      ["a portal it does not have", `404 \`${older.notFound}\``, `404 \`${newer.notFound}\``],
    ],
  );
}
