// Where portal-slug's request guard and Unkey's own request schema (test/fixtures/unkey-spec) part,
// each with its reason: the one list the spec tests read, and the docs restate. A difference not
// listed here fails them.
import { CREATE_SESSION_API, detectCreateSessionGeneration, looksLikePortalId, type CreateSessionIssue, type CreateSessionIssueCode } from "portal-slug";
import type { Body } from "./create-session-bodies.js";

/** A rule by which the guard refuses a body that Unkey's schema lets through. */
export interface StricterRule {
  /** The rule, as the docs name it. */
  readonly rule: string;
  /** Why portal-slug refuses what the server's schema lets through. */
  readonly reason: string;
  /** The issue codes the rule gives. */
  readonly codes: readonly CreateSessionIssueCode[];
  /** Whether an error the guard gives on `body` (as written, before JSON) is this rule's. Asked only of an issue with one of `codes`. */
  readonly covers: (issue: CreateSessionIssue, body: Body) => boolean;
}

/** The portal field's value an issue is about, when it is one. */
const portalValue = (issue: CreateSessionIssue, body: Body): unknown =>
  issue.path.length === 1 && (issue.path[0] === "portal" || issue.path[0] === "slug") ? body[issue.path[0]] : undefined;

/** Every rule by which the guard is stricter than Unkey's schema. */
export const STRICTER_THAN_UNKEY: readonly StricterRule[] = [
  {
    rule: "The slug rules on a portal named by its slug",
    reason:
      "The schema checks the portal field only against ^[a-zA-Z0-9_-]{3,255}$; the server then looks the value up, and a slug is lowercase letters, digits and single inner hyphens, at most 64 characters. My-Portal, my_portal, -portal, my--portal or a 65-character value pass the schema and name no portal: the answer is a 404 (portal_not_found) that looks the same as a portal never provisioned.",
    codes: ["uppercase", "underscore", "leading_hyphen", "trailing_hyphen", "consecutive_hyphens", "too_long"],
    // The newer `portal` is a slug unless it starts like an ID; the older `slug` is always one.
    covers: (issue, body) => {
      const value = portalValue(issue, body);
      return typeof value === "string" && (issue.path[0] === "slug" || !looksLikePortalId(value));
    },
  },
  {
    rule: "The portal ID rule on a portal named by its ID",
    reason:
      "A portal ID is pc_ followed by letters and digits. pc_, pc_a-b or pc_a_b pass the schema's pattern but are no ID Unkey mints, so the server answers 404. A value that reads as an ID but for its prefix's case or the whitespace around it (PC_3Kd9xQ2, ' pc_3Kd9xQ2') is an ID mistyped: the server takes it for a slug and answers 404, and the guard names the ID it meant.",
    codes: ["invalid_portal_id"],
    covers: (issue, body) => {
      const value = portalValue(issue, body);
      return issue.path[0] === "portal" && typeof value === "string" && (looksLikePortalId(value) || /^\s*pc_/i.test(value));
    },
  },
  {
    rule: "A return URL is a web address",
    reason:
      "The schema's format: uri takes any absolute URI: mailto:, ftp:, javascript:alert(1), https:example.com, and localhost:3000/back (a URI whose scheme is \"localhost\"). The end user's browser follows the portal's return link, so only an http or https URL written whole, with //, that a browser can parse (not https://host:3000&a=1, whose port is no number), leads back; javascript: would run script from the portal page.",
    codes: ["invalid_url"],
    // Only a URL that is no http(s) URL written whole, or one a browser cannot parse ("https://host:3000&a=1"):
    // within one it can, the guard holds RFC 3986 as the schema does.
    covers: (issue, body) =>
      issue.path.length === 1 && issue.path[0] === "returnUrl" && (!/^https?:\/\//i.test(String(body.returnUrl)) || !URL.canParse(String(body.returnUrl))),
  },
  {
    rule: "A list of scopes is read up to 1000 entries",
    reason:
      "The schema sets no maxItems. The guard reads at most 1000 entries, so that a generated list cannot make a check take unbounded time; there are four scopes, so a longer list is a mistake whatever its entries.",
    codes: ["too_long"],
    covers: (issue, body) => issue.path.length === 1 && (issue.path[0] === "scopes" || issue.path[0] === "permissions") && Array.isArray(body[issue.path[0]]),
  },
  {
    rule: "A key written with the value undefined is judged as written",
    reason:
      "JSON.stringify drops such a key, so the server never sees it; but a key written out shows what its author meant: `portalId: user.portalId` sends nothing today and a field the server rejects once it has a value, and `slug: undefined` beside `portal` says the two bodies are mixed up.",
    codes: ["unknown_field", "mixed_generations"],
    covers: (issue, body) =>
      issue.code === "unknown_field"
        ? typeof issue.path[0] === "string" && body[issue.path[0]] === undefined
        : detectCreateSessionGeneration(JSON.parse(JSON.stringify(body))) !== "mixed",
  },
];

/**
 * The older body (`slug`, `permissions`, the docs page's and `@unkey/api` up to 2.5.0's), which
 * the guard accepts and the current schema refuses as a whole. It is held to the schema under
 * these renames instead, field for field.
 */
export const OLDER_BODY = {
  reason:
    "The guard serves both generations: code written for @unkey/api 2.5.0 or the docs page sends slug and permissions, and the guard judges such a body by the same field rules (the valid-session-body rule says where the current server refuses it). So an older body is held to Unkey's schema with its fields renamed, slug to portal and permissions to scopes.",
  renames: Object.fromEntries(CREATE_SESSION_API.renames) as Readonly<Record<string, string>>,
  /** The one field rule that differs: an empty `permissions` is a warning, as nothing says the older server refused it. */
  emptyPermissions: "An empty permissions list is only warned about: nothing says the older server refused it, though the session shows no portal tab.",
} as const;

/**
 * Bodies the guard accepts and Unkey's schema refuses: bugs of the guard, each kept here until it
 * is fixed, with a body that shows it (the tests fail once it no longer does, so that the entry is
 * removed with the fix).
 */
export interface GuardGap {
  readonly gap: string;
  /** A body the schema refuses and the guard accepts. */
  readonly example: Body;
  /** Whether the schema's complaints about a body (ajv's `instancePath` and `keyword` of each) are all this gap's. */
  readonly covers: (errors: readonly { readonly instancePath: string; readonly keyword: string }[]) => boolean;
}

/** The guard's known gaps, to be fixed in packages/portal-slug/src/request/fields.ts. */
export const GUARD_GAPS: readonly GuardGap[] = [];
