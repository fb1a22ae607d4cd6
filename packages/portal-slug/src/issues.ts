/**
 * The issues the checks report beside the slug's own (`PortalSlugIssue`, in the contract): a
 * portal ID's, the newer `portal` field's, and a value none of the known portals is. Shapes only,
 * importing nothing of the checks, so that every check, the thrown error and the request body's
 * types can name them without importing one another.
 */
import type { PortalSlugIssue } from "./contract.js";

/** An issue of a portal ID: a bad character or nothing after `pc_`, or more than 255 characters. */
export type PortalIdIssue =
  | { readonly code: "invalid_portal_id"; readonly message: string; readonly index: number; readonly end: number }
  | { readonly code: "too_long"; readonly message: string; readonly index: number; readonly end: number };

/**
 * A slug issue, or what can be wrong with an ID: a bad character or nothing after `pc_`
 * (`invalid_portal_id`), and more than 255 characters (`too_long`).
 */
export type PortalRefIssue = PortalSlugIssue | PortalIdIssue;

/** A value that is not among the known portals, as every layer words it. */
export interface UnknownPortalIssue {
  readonly code: "unknown_portal";
  readonly message: string;
  /** The closest known portal, when one is near enough. */
  readonly suggestion?: string;
}
