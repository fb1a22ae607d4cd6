/**
 * The slug checker: a slug checked as `portal-slug check` checks it, by the core's
 * `validatePortalSlug`, or with known portals declared by `validatePortalRef` against them, as
 * `check --portals` does; shown as the command shows it: the verdict, the slug with the
 * characters each issue names marked, each issue's code and message, and the suggestion.
 */
import { validatePortalRef, validatePortalSlug } from "portal-slug";

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ""): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
};

/** Printable ASCII is shown as itself; anything else (a Cyrillic look-alike, a zero-width space) by its code point, or it could not be seen. */
const PRINTABLE = /^[ -~]$/;

/**
 * The slug with each character inside an issue's span marked: a character shown as a code point
 * is in a box, so an invisible character gets a place in the line.
 */
function markedSlug(input: string, spans: readonly { readonly index: number; readonly end: number }[]): HTMLElement {
  const line = element("span", "slug-line");
  let offset = 0;
  for (const char of input) {
    const marked = spans.some(({ index, end }) => offset < end && offset + char.length > index);
    const printable = PRINTABLE.test(char);
    const shown = printable ? char : `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}`;
    const node = element(marked ? "mark" : "span", printable ? "slug-char" : "slug-char slug-code-point", shown);
    node.dataset["offset"] = String(offset);
    line.append(node);
    offset += char.length;
  }
  return line;
}

/** Shows the verdict on `input` in `output`, with `portals` the known portals (none declared: the slug rules alone). */
export function showSlugCheck(output: HTMLElement, input: string, portals: readonly string[] = []): void {
  if (input === "") {
    output.replaceChildren(element("p", "slug-hint", "Type a slug to check it as portal-slug check does."));
    return;
  }
  const result = portals.length ? validatePortalRef(input, { portals }) : validatePortalSlug(input);
  if (result.valid) {
    output.replaceChildren(element("p", "slug-verdict slug-valid", "valid"), markedSlug(input, []));
    return;
  }
  // An unknown portal's issue names the whole value, no characters.
  const spans = result.issues.flatMap((issue) =>
    "index" in issue && issue.index !== undefined && issue.end !== undefined ? [{ index: issue.index, end: issue.end }] : [],
  );
  const issues = element("ul", "slug-issues");
  for (const issue of result.issues) {
    const item = element("li", "slug-issue");
    item.append(element("code", "slug-issue-code", issue.code), element("span", "slug-issue-message", `: ${issue.message}`));
    issues.append(item);
  }
  const suggestion = element("p", "slug-suggestion", result.suggestion === undefined ? "no suggestion" : "suggestion: ");
  if (result.suggestion !== undefined) suggestion.append(element("code", "slug-suggested", result.suggestion));
  output.replaceChildren(element("p", "slug-verdict slug-invalid", "invalid"), markedSlug(input, spans), issues, suggestion);
}
