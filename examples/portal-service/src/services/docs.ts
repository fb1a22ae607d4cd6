import { DocsPortal } from "../config/portals.js";
import { unkey } from "../unkey.js";

/** The body every docs session sends, built in one place. */
function docsSession(externalId: string, portal: DocsPortal) {
  return { portal, externalId, scopes: ["keys:read"] } as const;
}

export async function openPartnerDocs(partnerId: string) {
  return unkey.portal.createSession(docsSession(partnerId, DocsPortal.Partners));
}

export async function openPublicDocs(userId: string) {
  return unkey.portal.createSession({ ...docsSession(userId, DocsPortal.Public), portal: DocsPortal.Partners });
}
