import { portalCreateSession as createPortalSession } from "@unkey/api/funcs/portalCreateSession.js";
import { UnkeyCore } from "@unkey/api/core.js";

const core = new UnkeyCore({ rootKey: process.env.UNKEY_ROOT_KEY! });

const PORTALS = {
  eu: "keys-eu",
  us: "keys--us",
} as const;

/** SDK 2.5.1 and later: `portal` takes a portal ID or a slug, and `scopes` replaces `permissions`. */
export async function openRegionalPortal(region: keyof typeof PORTALS, externalId: string) {
  const result = await createPortalSession(core, {
    portal: region === "eu" ? PORTALS.eu : PORTALS.us,
    externalId,
    scopes: ["keys:read", "keys:create"],
  });
  return result.ok ? result.value.url : undefined;
}
