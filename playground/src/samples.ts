/**
 * The snippets the page offers: each a call shape the plugin knows (SPEC.md), written as a
 * backend would write it, with a slug that is wrong in a way worth seeing.
 */
import type { Language } from "./lint.js";

/** A snippet the examples menu offers. */
export interface Sample {
  readonly title: string;
  readonly language: Language;
  readonly code: string;
}

export const SAMPLES: readonly Sample[] = [
  {
    title: "SDK method (TypeScript)",
    language: "ts",
    code: `import { Unkey } from "@unkey/api";

const unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY! });

export async function openBillingPortal(user: { id: string }): Promise<string> {
  const { data } = await unkey.portal.createSession({
    slug: "Billing_Portal",
    externalId: user.id,
    permissions: ["keys:read", "keys:create"],
  });
  return data.url;
}
`,
  },
  {
    title: "Newer body, portal through a const (TypeScript)",
    language: "ts",
    code: `import { Unkey } from "@unkey/api";

const PORTALS = { us: "billing--us", eu: "billing-eu" } as const;
type Region = keyof typeof PORTALS;

const unkey = new Unkey({ rootKey: process.env.UNKEY_ROOT_KEY! });

export const openPortal = (region: Region, userId: string) =>
  unkey.portal.createSession({ portal: PORTALS.us, externalId: userId, scopes: ["keys:read"] });
`,
  },
  {
    title: "Raw fetch (JavaScript)",
    language: "js",
    code: `const UNKEY_API = "https://api.unkey.com/v2";

export async function createPortalSession(userId) {
  const response = await fetch(\`\${UNKEY_API}/portal.createSession\`, {
    method: "POST",
    headers: { Authorization: \`Bearer \${process.env.UNKEY_ROOT_KEY}\`, "Content-Type": "application/json" },
    body: JSON.stringify({ slug: "-support-portal", externalId: userId }),
  });
  return response.json();
}
`,
  },
];
