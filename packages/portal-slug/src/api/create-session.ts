/**
 * Unkey's `POST /v2/portal.createSession`, described once, as data: each generation of the
 * request body with its fields, their kinds and limits, the scope vocabulary, the root-key
 * permissions the older body's docs showed and the scopes they stand for, the portal ID's shape,
 * the 404 each generation answers, and which older field became which newer one.
 *
 * Nothing else states these facts. The request guard, the zod schemas, the body's types, the lint
 * rule's body judgement and migration, the Biome plugin and the docs' tables are all derived
 * from this module, and `npm run check:unkey-spec` holds it against Unkey's own OpenAPI schema, so
 * that a change of Unkey's API is one edit here. Words are not facts: how a problem is said lives
 * in the contract.
 *
 * This module imports nothing and computes nothing, so that a bundle keeps only what it reads.
 */

/** What every portal ID starts with. */
export const PORTAL_ID_PREFIX = "pc_";

/** Most characters a portal ID may have: the newer server's limit on the `portal` field. */
export const PORTAL_ID_MAX_LENGTH = 255;

/** The capabilities a portal session can carry: the newer `scopes`, and SDK 2.5.0's `permissions` alike. */
export const PORTAL_SCOPES = ["keys:read", "keys:create", "keys:reroll", "analytics:read"] as const;

/** One of {@link PORTAL_SCOPES}. */
export type PortalScope = (typeof PORTAL_SCOPES)[number];

/**
 * The kinds of value a body's field holds. Each kind has one check in the request guard, one zod
 * schema and one type, so that a new field of a known kind needs nothing but its line here.
 * - `slug`: a portal slug, by the slug rules;
 * - `portal`: a portal ID (see {@link PORTAL_ID_PREFIX}) or a slug;
 * - `text`: any string within the field's length limits;
 * - `scopes`: a list drawn from {@link PORTAL_SCOPES};
 * - `boolean`: `true` or `false`;
 * - `url`: an absolute http or https URL within the field's length limit.
 */
export type FieldKind = "slug" | "portal" | "text" | "scopes" | "boolean" | "url";

/** One field of a body, as the server takes it. */
export interface FieldDescription {
  readonly kind: FieldKind;
  readonly required: boolean;
  /** Fewest characters, for `text` (and what the server's schema states for `portal`). */
  readonly minLength?: number;
  /** Most characters, counted as JSON Schema counts them (a character outside the BMP is one). */
  readonly maxLength?: number;
  /** Fewest entries, for `scopes`. */
  readonly minItems?: number;
  /** The server's own pattern for the value, where it states one. */
  readonly pattern?: string;
  /** What the field holds, for the message that says it is missing. */
  readonly holds: string;
}

/** One generation of the body. */
export interface GenerationDescription {
  /** Who sends this body, as a message names the generation. */
  readonly sentBy: string;
  /** The `@unkey/api` versions that send it: from `since`, up to `until`, both inclusive. */
  readonly sdk: { readonly since?: string; readonly until?: string };
  /** The fields, in the order a body is written. */
  readonly fields: { readonly [name: string]: FieldDescription };
  /** The error code of the 404 for a portal the workspace does not have. */
  readonly notFound: string;
}

/** The whole description: what {@link CREATE_SESSION_API} is, and what a test may build another one as. */
export interface ApiDescription {
  readonly method: string;
  /** The endpoint's path on `https://api.unkey.com`. */
  readonly path: string;
  /** How the SDK spells the call: a method on the client, and a standalone function with its module. */
  readonly sdk: { readonly method: string; readonly function: string; readonly functionModule: string };
  readonly scopes: readonly string[];
  /**
   * Root-key permission actions (`api.*.read_key` is the action `read_key`) and the session
   * scopes that stand on them, as SDK 2.5.1's "Required Permissions" pairs them: a session asks
   * for the scope, the root key holds the action.
   */
  readonly legacyPermissions: readonly (readonly [action: string, scopes: readonly string[]])[];
  readonly portalId: { readonly prefix: string; readonly maxLength: number };
  readonly generations: { readonly older: GenerationDescription; readonly newer: GenerationDescription };
  /** Which field of the older body became which of the newer one. */
  readonly renames: readonly (readonly [older: string, newer: string])[];
}

/** What an `externalId` holds, in both generations alike. */
const EXTERNAL_ID = {
  kind: "text",
  required: true,
  minLength: 1,
  maxLength: 256,
  holds: "the end user's ID in your system, 1 to 256 characters",
} as const;

/** What `preview` is, in both generations alike. */
const PREVIEW = { kind: "boolean", required: false, holds: "whether the session is a preview" } as const;

/** Unkey's `portal.createSession`, as the server and the SDKs take it. */
export const CREATE_SESSION_API = {
  method: "POST",
  path: "/v2/portal.createSession",
  sdk: { method: "portal.createSession", function: "portalCreateSession", functionModule: "@unkey/api/funcs/portalCreateSession.js" },
  scopes: PORTAL_SCOPES,
  legacyPermissions: [
    ["read_key", ["keys:read"]],
    ["read_api", ["keys:read"]],
    ["create_key", ["keys:create", "keys:reroll"]],
    ["read_analytics", ["analytics:read"]],
  ],
  portalId: { prefix: PORTAL_ID_PREFIX, maxLength: PORTAL_ID_MAX_LENGTH },
  generations: {
    older: {
      sentBy: "the docs page, SDK up to 2.5.0",
      sdk: { until: "2.5.0" },
      fields: {
        slug: { kind: "slug", required: true, holds: "the portal's slug" },
        externalId: EXTERNAL_ID,
        // SDK 2.5.0 took the four scopes here; nothing says the older server refused an empty list.
        permissions: { kind: "scopes", required: true, minItems: 0, holds: "the scopes the session grants" },
        preview: PREVIEW,
      },
      notFound: "err:unkey:data:portal_config_not_found",
    },
    newer: {
      sentBy: "SDK 2.5.1, the current server",
      sdk: { since: "2.5.1" },
      fields: {
        portal: {
          kind: "portal",
          required: true,
          minLength: 3,
          maxLength: PORTAL_ID_MAX_LENGTH,
          pattern: "^[a-zA-Z0-9_-]+$",
          holds: "the portal's ID (pc_…) or slug",
        },
        externalId: EXTERNAL_ID,
        scopes: { kind: "scopes", required: true, minItems: 1, holds: "the scopes the session grants, at least one" },
        preview: PREVIEW,
        returnUrl: { kind: "url", required: false, maxLength: 500, holds: "where the end user goes back to, an absolute URL" },
      },
      notFound: "err:unkey:data:portal_not_found",
    },
  },
  renames: [
    ["slug", "portal"],
    ["permissions", "scopes"],
  ],
} as const satisfies ApiDescription;
