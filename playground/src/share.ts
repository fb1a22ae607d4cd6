/**
 * The playground's state as a link carries it, in the URL's hash: `#code=` and the code as
 * base64url of its UTF-8 bytes, so that a link reproduces a report exactly; `&lang=js` when the
 * code is JavaScript, and `&portals=` (base64url of one portal a line) when portals are declared.
 * A link with `#code=` alone opens TypeScript with no known portals.
 */
import type { Language } from "./lint.js";
import { parsePortals } from "./portals-text.js";

/** What a link restores. */
export interface SharedState {
  readonly code: string;
  readonly language: Language;
  readonly portals: readonly string[];
}

/** base64url (RFC 4648 §5, no padding) of `text`'s UTF-8 bytes. */
export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  // In chunks: spreading a large array into one call would overflow the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The text whose UTF-8 bytes `encoded` holds in base64url (padded or not); `undefined` when it holds none. */
export function decodeBase64Url(encoded: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(encoded)) return undefined;
  try {
    const binary = atob(encoded.replace(/=+$/, "").replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    // The byte order mark kept: a link gives back the very code, which ESLint reads without it.
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The hash for `state`, with its leading `#`. */
export function toHash({ code, language, portals }: SharedState): string {
  let hash = `#code=${encodeBase64Url(code)}`;
  if (language !== "ts") hash += `&lang=${language}`;
  if (portals.length) hash += `&portals=${encodeBase64Url(portals.join("\n"))}`;
  return hash;
}

/**
 * The state a hash holds: each part it holds and can be read, and what could not be read, said
 * for the page to show. A hash without `code=` holds nothing (a plain link to the page).
 */
export function fromHash(hash: string): { state?: SharedState; problem?: string } {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const encoded = params.get("code");
  if (encoded === null) return {};
  const code = decodeBase64Url(encoded);
  if (code === undefined) return { problem: "The link's code is not base64url of UTF-8 text: it may have been cut short. The sample is shown instead." };
  const lang = params.get("lang");
  const language: Language = lang === "js" ? "js" : "ts";
  const portalText = params.has("portals") ? decodeBase64Url(params.get("portals") ?? "") : "";
  // Read as the portals box reads what is typed in it: trimmed, blank lines and repeats left out.
  const portals = portalText ? parsePortals(portalText) : [];
  const problems = [
    lang !== null && lang !== "js" && lang !== "ts" ? `The link's lang=${lang} is neither js nor ts: the code is read as TypeScript.` : "",
    portalText === undefined ? "The link's portals could not be read: none are declared." : "",
  ].filter(Boolean);
  return { state: { code, language, portals }, ...(problems.length ? { problem: problems.join(" ") } : {}) };
}
