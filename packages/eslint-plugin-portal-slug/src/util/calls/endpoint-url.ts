/**
 * Whether a `fetch`, `new Request` or HTTP client's URL is certainly Unkey's createSession
 * endpoint. Every value the URL can have must have the endpoint's path: `cond ? ENDPOINT : other`
 * may be any URL. A query or a fragment after the path keeps it the endpoint
 * (`…/portal.createSession?trace=1`); the path named only inside one
 * (`https://x.example/?next=/v2/portal.createSession`) does not.
 */
import { refTo, type Ref } from "../values/scope.js";
import { MAX_HOPS, resolveValue } from "../values/static-values.js";
import { everyStaticString } from "../values/static-strings.js";
import { unwrap } from "../syntax.js";
import { ENDPOINT_PATH } from "./unkey-calls.js";

/** Where the query or fragment of a URL's text starts: the path ends there. */
const pathEnd = (text: string): number => {
  const end = text.search(/[?#]/);
  return end < 0 ? text.length : end;
};

/** A piece of a URL built with a template or `+`: text written in place, or an expression to follow. */
type Piece = string | Ref;

/** The pieces of a template or a `+` chain, in order; anything else is one piece. */
function pieces(ref: Ref, out: Piece[] = []): Piece[] {
  const node = unwrap(ref.node);
  if (node.type === "BinaryExpression" && node.operator === "+") {
    pieces(refTo(ref, node.left), out);
    pieces(refTo(ref, node.right), out);
  } else if (node.type === "TemplateLiteral") {
    node.quasis.forEach((quasi, i) => {
      out.push(quasi.value.cooked ?? "");
      const expression = node.expressions[i];
      if (expression) pieces(refTo(ref, expression), out);
    });
  } else if (node.type === "Literal" && typeof node.value === "string") out.push(node.value);
  else out.push(ref);
  return out;
}

/** The one string an expression statically is, or `undefined`. */
function onlyString(ref: Ref): string | undefined {
  const [only, ...more] = everyStaticString(ref);
  return only?.kind === "literal" && !more.length ? only.value : undefined;
}

/**
 * Whether a URL built from pieces certainly has the endpoint's path: the path ends at the first
 * "?" or "#" written in place (expressions are taken for a base URL or a value, not for a query's
 * start), and the text before it, through expressions that are one known string each
 * (`${BASE}${ENDPOINT}` with const parts), ends in the endpoint's path.
 */
function piecesEndInEndpoint(parts: readonly Piece[]): boolean {
  let last = parts.findIndex((part) => typeof part === "string" && pathEnd(part) < part.length);
  if (last < 0) last = parts.length - 1;
  let tail = "";
  for (let i = last; i >= 0 && tail.length < ENDPOINT_PATH.length; i--) {
    const part = parts[i] as Piece;
    const text = typeof part === "string" ? part : onlyString(part);
    if (text === undefined) return false;
    tail = (i === last ? text.slice(0, pathEnd(text)) : text) + tail;
    // `…/v2/keys.verifyKey` ends otherwise already: no piece before it can change that.
    if (tail.length < ENDPOINT_PATH.length && !ENDPOINT_PATH.endsWith(tail)) return false;
  }
  return tail.endsWith(ENDPOINT_PATH);
}

/** Whether a URL is written as a path alone (`"/v2/portal.createSession"`, `` `/v2/${name}` ``). */
function writtenAsPath(url: Ref): boolean {
  const value = resolveValue(url);
  if (value.kind === "module") return false;
  const [first] = pieces(value.ref);
  return typeof first === "string" && first.startsWith("/");
}

/**
 * Whether an HTTP client's URL (`post(url, …)`, `axios({ url })`) is certainly the endpoint: as
 * {@link isEndpointUrl} says, and not written as a path alone, which a server's route, a test's
 * mock (`nock(base).post(path, …)`) or a client made with a base URL write, none of which this file
 * can tell is a request to Unkey.
 */
export const isClientEndpointUrl = (url: Ref): boolean => !writtenAsPath(url) && isEndpointUrl(url);

/** True when every value `url` can have is the endpoint: literals, consts, templates, `+`, `new URL(path, base)`, `?:`. */
export function isEndpointUrl(url: Ref, hops = 0): boolean {
  if (hops > MAX_HOPS) return false;
  const value = resolveValue(url);
  if (value.kind === "module") return false;
  const { ref } = value;
  const node = ref.node;
  switch (node.type) {
    case "ConditionalExpression":
      return isEndpointUrl(refTo(ref, node.consequent), hops + 1) && isEndpointUrl(refTo(ref, node.alternate), hops + 1);
    case "NewExpression": {
      // `new URL("/v2/portal.createSession", base)` names the endpoint in its first argument.
      const [path] = node.arguments;
      const callee = node.callee;
      return (
        callee.type === "Identifier" &&
        callee.name === "URL" &&
        path !== undefined &&
        path.type !== "SpreadElement" &&
        isEndpointUrl(refTo(ref, path), hops + 1)
      );
    }
    case "BinaryExpression":
      return node.operator === "+" && piecesEndInEndpoint(pieces(ref));
    case "TemplateLiteral":
      return piecesEndInEndpoint(pieces(ref));
    default: {
      // A name or member whose every value is the endpoint (`cond ? URL_A : URL_B` behind a const).
      const candidates = everyStaticString(ref);
      return (
        candidates.length > 0 &&
        candidates.every((candidate) =>
          candidate.kind === "literal" || candidate.kind === "composed"
            ? piecesEndInEndpoint([candidate.value])
            : candidate.kind === "template" && isEndpointUrl(candidate.ref, hops + 1),
        )
      );
    }
  }
}
