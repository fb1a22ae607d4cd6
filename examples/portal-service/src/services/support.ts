import * as config from "../config/index.js";
import { unkey } from "../unkey.js";

/** Support staff see the customer's keys, read-only. */
export async function openSupport(customerId: string) {
  return unkey.portal.createSession({ portal: config.HELP_DESK, externalId: customerId, scopes: ["keys:read"] });
}

/** Analytics for the customer, from the JavaScript module the config re-exports. */
export async function openAnalytics(customerId: string) {
  return unkey.portal.createSession({ portal: config.ANALYTICS_PORTAL, externalId: customerId, scopes: ["analytics:read"] });
}
