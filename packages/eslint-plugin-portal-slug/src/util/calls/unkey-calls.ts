/**
 * How a createSession call is spelled, read from the core's description of Unkey's API: the SDK
 * client's method and the receiver it is called on, the standalone function and the module it
 * is imported from, and the endpoint's path. Nothing here is written down a second time, so that
 * a change of Unkey's API reaches the call sites with the core's one edit.
 */
import { CREATE_SESSION_API } from "portal-slug";

const { sdk, path } = CREATE_SESSION_API;

/** The client's method (`createSession`) and the member it is called on (`portal`), the end of the SDK's dotted name. */
export const [SDK_RECEIVER, SDK_METHOD] = sdk.method.split(".").slice(-2) as [string, string];

/** The SDK's standalone function (`portalCreateSession`). */
export const STANDALONE_FUNCTION = sdk.function;

/** The module that exports it, as it may be imported: with its `.js` and without. */
export const STANDALONE_MODULES: readonly string[] = [...new Set([sdk.functionModule, sdk.functionModule.replace(/\.js$/, "")])];

/**
 * A package's specifier as Node writes it, from one written as Deno and some bundlers write it:
 * `npm:` before it and a version after the package's name (`npm:@unkey/api@^2.5/funcs/…` is
 * `@unkey/api/funcs/…`). Any other specifier is given back as it is.
 */
export function plainSpecifier(specifier: string): string {
  const bare = specifier.startsWith("npm:") ? specifier.slice("npm:".length) : specifier;
  const versioned = /^((?:@[^/@]+\/)?[^/@]+)@[^/]*/.exec(bare);
  return versioned ? `${versioned[1]}${bare.slice(versioned[0].length)}` : bare;
}

/** The module's own name, the end of its path (`portalCreateSession`), which every spelling of its specifier holds. */
export const STANDALONE_MODULE_NAME = sdk.functionModule.replace(/\.js$/, "").split("/").at(-1) as string;

/** Whether a specifier names the module of the standalone function, however it is spelled. */
export const isStandaloneModule = (specifier: string): boolean => STANDALONE_MODULES.includes(plainSpecifier(specifier));

/** The endpoint's path (`/v2/portal.createSession`), which a raw HTTP call's URL ends in. */
export const ENDPOINT_PATH = path;

/** The longest text every one of `names` ends with. */
function commonEnd(names: readonly string[]): string {
  let end = names[0] ?? "";
  for (const name of names) while (!name.endsWith(end)) end = end.slice(1);
  return end;
}

/**
 * What every built-in call shape spells (`reateSession`, of `createSession`, `portalCreateSession`
 * and `/v2/portal.createSession`): a file whose text lacks it holds none of them. Empty, and so
 * found in every file, should Unkey's names ever share no ending.
 */
export const SPELLED_BY_EVERY_SHAPE = commonEnd([SDK_METHOD, STANDALONE_FUNCTION, ENDPOINT_PATH]);
