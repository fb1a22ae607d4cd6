/**
 * Whether a `fetch` or `new Request` URL is certainly Unkey's createSession endpoint. Every value
 * the URL can have must end in the endpoint's path, as a path: `cond ? ENDPOINT : other` may be
 * any URL, and `https://x.example/?next=/v2/portal.createSession` is another one.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { MAX_HOPS, resolveValue } from "./const-binding.js";
import { everyStaticString } from "./static-strings.js";

const ENDPOINT = "/v2/portal.createSession";

/** `text` ends in the endpoint's path, and no `?` or `#` before it makes that a query or a fragment. */
const endsInEndpoint = (text: string): boolean => text.endsWith(ENDPOINT) && !/[?#]/.test(text.slice(0, -ENDPOINT.length));

/**
 * The text a template certainly ends with: its last static part, and before it the values of
 * the expressions while each is one known string (`${BASE}${ENDPOINT}` with const parts).
 */
function trailingText(sourceCode: Readonly<TSESLint.SourceCode>, template: TSESTree.TemplateLiteral): string {
  let text = template.quasis.at(-1)?.value.cooked ?? "";
  for (let i = template.expressions.length - 1; i >= 0 && text.length < ENDPOINT.length; i--) {
    const [only, ...more] = everyStaticString(sourceCode, template.expressions[i] as TSESTree.Expression);
    if (only?.kind !== "literal" || more.length) break;
    text = only.value + (template.quasis[i]?.value.cooked ?? "") + text;
  }
  return text;
}

/** True when every value `url` can have is the endpoint: literals, consts, templates, `+`, `new URL(path, base)`, `?:`. */
export function isEndpointUrl(sourceCode: Readonly<TSESLint.SourceCode>, url: TSESTree.Node, hops = 0): boolean {
  if (hops > MAX_HOPS) return false;
  const value = resolveValue(sourceCode, url);
  switch (value.type) {
    case "ConditionalExpression":
      return isEndpointUrl(sourceCode, value.consequent, hops + 1) && isEndpointUrl(sourceCode, value.alternate, hops + 1);
    case "BinaryExpression":
      // `BASE + "/v2/portal.createSession"`: the end is the right side's.
      return value.operator === "+" && isEndpointUrl(sourceCode, value.right, hops + 1);
    case "NewExpression": {
      // `new URL("/v2/portal.createSession", base)` names the endpoint in its first argument.
      const [path] = value.arguments;
      const callee = value.callee;
      return callee.type === "Identifier" && callee.name === "URL" && path !== undefined && path.type !== "SpreadElement" && isEndpointUrl(sourceCode, path, hops + 1);
    }
    default: {
      const candidates = everyStaticString(sourceCode, value);
      return (
        candidates.length > 0 &&
        candidates.every((candidate) => endsInEndpoint(candidate.kind === "template" ? trailingText(sourceCode, candidate.node) : candidate.value))
      );
    }
  }
}
