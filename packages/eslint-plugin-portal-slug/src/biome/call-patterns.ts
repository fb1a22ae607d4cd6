/**
 * Which calls the Biome plugin judges, as GritQL: the SDK method on any receiver, the standalone
 * function under the name its module's import gives it, and `fetch` to the endpoint with a body
 * written in place, each spelled as the core's description of Unkey's API spells it. GritQL sees
 * text, not values: a call is judged only where its text leaves no doubt (no name followed, no
 * spread that might overwrite a key), so that each report is one the lint rules give too.
 */
import { ENDPOINT_PATH, SDK_METHOD, SDK_RECEIVER, STANDALONE_FUNCTION, STANDALONE_MODULES } from "../util/calls/unkey-calls.js";
import { REPORTS, REWRITES } from "./body-patterns.js";
import { grit, literalRegex } from "./grit-syntax.js";

/** Judges every member of a body, the reports that carry a rewrite first (see {@link REWRITES}). */
const judgeBody = `$pass = \`${REWRITES}\`, $props <: every body_member($props, $pass), $pass = \`${REPORTS}\`, $props <: every body_member($props, $pass)`;

/** The names the global object goes by, before `fetch` or `JSON`. */
const GLOBAL_OBJECT = String.raw`(?:(?:globalThis|window|self|global)\s*\.\s*)?`;

/** A string literal or a template that ends in the endpoint's path, before a query or a fragment. */
const endpointLiteral = (quote: string): string => {
  // Inside a GritQL string a double quote is escaped.
  const written = quote === '"' ? '\\"' : quote;
  return `${written}[^${written}\\\\?#]*${literalRegex(ENDPOINT_PATH)}(?:[?#][^${written}\\\\]*)?${written}`;
};

/**
 * The patterns of the calls, and the top of the file: an `or` of code snippets written in place,
 * so that Biome visits only the calls (a named pattern at the top made it visit every node),
 * with the cheap tests before the costly ones.
 */
export function callPatterns(): { readonly patterns: string; readonly top: string } {
  const module = `(?:${STANDALONE_MODULES.map(literalRegex).join("|")})`;
  const patterns = grit`
// A module that imports the SDK's standalone function as $fn, read from its text: the first or
// the last import of its module at the start of a line. (A snippet walks the whole module again
// for every call it is asked of; a regex reads it once.)
pattern imports_standalone($fn) {
  $module where {
    or {
      and { $module <: r"(?s)^(?:.*?\n)??[ \t]*import\s*\{([^}]*)\}\s*from\s*[\"']${module}[\"'].*$"($first), $first <: names_standalone($fn) },
      and { $module <: r"(?s)^(?:.*\n)?[ \t]*import\s*\{([^}]*)\}\s*from\s*[\"']${module}[\"'].*$"($last), $last <: names_standalone($fn) }
    }
  }
}

// Import specifiers, the text between an import's braces, that bring the standalone function in as $fn.
pattern names_standalone($fn) {
  $specifiers where {
    or {
      and { $specifiers <: r"(?s)^(?:.*[,\s])?${literalRegex(STANDALONE_FUNCTION)}\s+as\s+([A-Za-z_$][A-Za-z0-9_$]*)(?:[\s,].*)?$"($alias), $fn <: $alias },
      and {
        $specifiers <: r"(?s)^(?:.*[,\s])?${literalRegex(STANDALONE_FUNCTION)}(?:[\s,].*)?$",
        not $specifiers <: r"(?s)^(?:.*[,\s])?${literalRegex(STANDALONE_FUNCTION)}\s+as\s.*$",
        $fn <: r"^${literalRegex(STANDALONE_FUNCTION)}$"
      }
    }
  }
}

// A URL that is certainly the endpoint: a string or template ending in its path (before a query
// or a fragment), the same after "+", or new URL(path, base). Nothing with "?" or "#" before the
// path, which would make the path part of a query, or one branch of a condition.
pattern endpoint_url() {
  or {
    r"^(?:${endpointLiteral('"')}|${endpointLiteral("'")}|${endpointLiteral("`")})$",
    r"^[A-Za-z0-9_$.\s\"'/:+-]*\+\s*(?:${endpointLiteral('"')}|${endpointLiteral("'")})$",
    r"^new\s+URL\s*\(\s*(?:${endpointLiteral('"')}|${endpointLiteral("'")})\s*(?:,[^()]*)?\)$"
  }
}

// A body written in place, with nothing that may change what it sends beyond what is written.
pattern readable_body($props) {
  \`{ $props }\` where { not $props <: some opaque_member() }
}
`;
  const top = grit`
or {
  // unkey.portal.createSession({ … }) on any receiver: this.unkey.portal, ctx.unkey?.portal,
  // getClient(region).portal, unkey.portal!, unkey["portal"].
  \`$callee($body, $...)\` where {
    $callee <: r"(?s)^(?:[^()]|\([^()]*\))*[.\[]\s*[\"']?${literalRegex(SDK_RECEIVER)}[\"']?\s*\]?\s*!?\s*\??\.\s*${literalRegex(SDK_METHOD)}$",
    $body <: readable_body($props),
    ${judgeBody}
  },
  // ${STANDALONE_FUNCTION}(core, { … }), under the name this module imports it as, and not where
  // a binding of that name in an enclosing function or block makes it another value.
  \`$fn($core, $body, $...)\` as $call where {
    $fn <: r"^[A-Za-z_$][A-Za-z0-9_$]*$",
    not $core <: r"(?s)^\.\.\..*",
    $body <: readable_body($props),
    $props <: some member_of_interest(),
    $call <: within JsModule() as $module where { $module <: imports_standalone($fn) },
    not $call <: within or {
      JsFunctionDeclaration(),
      JsFunctionExpression(),
      JsArrowFunctionExpression(),
      JsMethodObjectMember(),
      JsMethodClassMember(),
      JsConstructorClassMember(),
      JsBlockStatement(),
      JsCatchClause(),
      JsForStatement(),
      JsForInStatement(),
      JsForOfStatement()
    } as $scope where { $scope <: contains JsIdentifierBinding() as $binding where { $binding <: $fn } },
    ${judgeBody}
  },
  // fetch(".../v2/portal.createSession", { body: JSON.stringify({ … }) })
  \`$fetch($url, $init, $...)\` where {
    $fetch <: r"^${GLOBAL_OBJECT}fetch$",
    $url <: endpoint_url(),
    $init <: readable_body($options),
    $options <: some \`$option: $stringify($sent, $...)\` where {
      $option <: r"^[\"']?body[\"']?$",
      $stringify <: r"^${GLOBAL_OBJECT}JSON\s*\.\s*stringify$",
      $sent <: readable_body($props)
    },
    ${judgeBody},
    if (not $props <: some newer_member()) {
      $reported = \`no\`,
      $props <: every older_body($reported)
    }
  }
}
`;
  return { patterns, top };
}
