// A worker that calls the HTTP API directly; JavaScript, importing the TypeScript config.
import { BILLING_PORTALS } from "../config/portals.js";

const UNKEY_API = "https://api.unkey.com";

export async function openFromWebhook(event) {
  const response = await fetch(`${UNKEY_API}/v2/portal.createSession?source=webhook`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.UNKEY_ROOT_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ portal: BILLING_PORTALS.us, externalId: event.customerId, scopes: ["keys:read"] }),
  });
  return response.json();
}
