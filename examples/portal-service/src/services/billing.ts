import { BILLING_PORTALS, type Region } from "../config/index.js";
import { unkey } from "../unkey.js";

/** Opens the billing portal of the customer's region. */
export async function openBilling(customerId: string, region: Region) {
  const session = await unkey.portal.createSession({
    portal: region === "eu" ? BILLING_PORTALS.eu : BILLING_PORTALS.us,
    externalId: customerId,
    scopes: ["keys:read", "analytics:read"],
  });
  return session.url;
}
