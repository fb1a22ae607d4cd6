/**
 * RFC 3986's syntax for an absolute `http:` or `https:` URL, as Unkey's schema checks
 * `returnUrl` (`format: uri`): which characters each part may hold as they are, and where a `%`
 * must start an escape. The WHATWG parser (`new URL`) a browser uses is kinder: it quietly
 * percent-encodes a `|`, a space or an `é`, and lets `%zz` through; the server refuses all of
 * them. One pass, by the grammar's parts, each read once.
 */

/** The parts of a URL after its scheme, each holding its own characters. */
type Part = "authority" | "path" | "query" | "fragment";

/** RFC 3986's `pchar`: unreserved characters, sub-delimiters, `:` and `@`, which every part may hold as they are. */
const PCHAR = /[\w\-.~!$&'()*+,;=:@]/;

/** Whether `part` may hold `char` as it is: a `pchar`, the brackets of an IP literal in the authority, `/` after it, `?` in a query or fragment. */
const holds = (part: Part, char: string): boolean =>
  PCHAR.test(char) || (part === "authority" ? char === "[" || char === "]" : char === "/" || (char === "?" && part !== "path"));

/** The part a character that ends another starts: after the authority a path, a query or a fragment. */
const starts = (part: Part, char: string): Part | undefined =>
  char === "/"
    ? part === "authority"
      ? "path"
      : undefined
    : char === "?"
      ? part === "authority" || part === "path"
        ? "query"
        : undefined
      : char === "#" && part !== "fragment"
        ? "fragment"
        : undefined;

const HEX = /^[0-9A-Fa-f]{2}$/;

/** Whether the code unit at `i` is half of a surrogate pair whose other half is missing. */
const loneSurrogate = (text: string, i: number): boolean => {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff) return !(text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff);
  return unit >= 0xdc00 && unit <= 0xdfff;
};

/**
 * The offset of each character of `url` that the URL cannot hold as it is (a `%` that starts no
 * escape among them), in order; empty for a well-formed URL. `url` starts with `http://` or
 * `https://`; a surrogate pair is one character, at its first unit.
 */
export function misplacedCharacters(url: string): number[] {
  const misplaced: number[] = [];
  let part: Part = "authority";
  for (let i = url.indexOf("//") + 2; i < url.length; i++) {
    const char = url[i] as string;
    const next = starts(part, char);
    if (next) {
      part = next;
      continue;
    }
    if (char === "%") {
      if (!HEX.test(url.slice(i + 1, i + 3))) misplaced.push(i);
    } else if (!holds(part, char)) {
      misplaced.push(i);
      // A character outside the Basic Multilingual Plane is one, though two units long.
      if ((url.codePointAt(i) as number) > 0xffff) i++;
    }
  }
  return misplaced;
}

/**
 * `url` with each of its `misplaced` characters percent-encoded as UTF-8, a lone `%` as `%25`:
 * the URL a browser would have sent, which the server's check takes.
 */
export function percentEncoded(url: string, misplaced: readonly number[]): string {
  let encoded = "";
  let from = 0;
  for (const at of misplaced) {
    const width = (url.codePointAt(at) as number) > 0xffff ? 2 : 1;
    const char = url.slice(at, at + width);
    // Half a surrogate pair has no UTF-8: a browser sends the replacement character for it.
    encoded += url.slice(from, at) + (char === "%" ? "%25" : encodeURIComponent(loneSurrogate(url, at) ? "\ufffd" : char));
    from = at + width;
  }
  return encoded + url.slice(from);
}
