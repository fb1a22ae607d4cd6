// Every portal this backend opens, in one place: the services import them from here.

export type Region = "eu" | "us";

/** The billing portal of each region. */
export const BILLING_PORTALS = {
  eu: "billing-eu",
  us: "billing--us",
} satisfies Record<Region, string>;

/** Overridable per deployment; the fallback is what most deployments send. */
export const SUPPORT_PORTAL = process.env["SUPPORT_PORTAL"] ?? "Support";

export enum DocsPortal {
  Public = "docs",
  Partners = "partner_docs",
}
