// A worker that calls the HTTP API directly, without the SDK.
const UNKEY_API = "https://api.unkey.com";

export async function openPortal(externalId) {
  const response = await fetch(`${UNKEY_API}/v2/portal.createSession`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ portal: "-developer-portal", externalId, scopes: ["keys:read"] }),
  });
  return response.json();
}

/** The team's own helper, named in the rule's `callees` option. */
export function portalLink(slug) {
  return `/portal/${slug}`;
}

export const DOCS_LINK = portalLink("Dev Docs");
export const TEAM_LINK = portalLink(`team-${Date.now()}`);
