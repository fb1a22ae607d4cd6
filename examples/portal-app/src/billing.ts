import { Unkey } from "@unkey/api";

const unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY! });

/** Opens the billing portal for a signed-in customer (SDK up to 2.5.0: `slug` and `permissions`). */
export async function openBillingPortal(customerId: string) {
  const session = await unkey.portal.createSession({
    slug: "Billing_Portal",
    externalId: customerId,
    permissions: ["keys:read", "analytics:read"],
  });
  return session.url;
}

const SUPPORT_PORTAL = "support-portal";

/** The support portal is spelled right: nothing to report. */
export async function openSupportPortal(customerId: string) {
  return unkey.portal.createSession({ slug: SUPPORT_PORTAL, externalId: customerId, permissions: ["keys:read"] });
}
