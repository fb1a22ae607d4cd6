import { unkey } from "../unkey.js";

/**
 * Pasted from the Unkey dashboard's "How to integrate" dialog. The current server rejects this
 * body: it has no `portalId` field, refuses unknown fields, and spells its scopes `keys:read`.
 */
export async function openOnboarding(user: { id: string }) {
  return unkey.portal.createSession({ portalId: "pc_3Kd9xQ2", externalId: user.id, permissions: ["keys.read", "keys.create"] });
}
