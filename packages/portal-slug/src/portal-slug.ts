/**
 * `portalSlug("…")`: the compile-time check of a literal slug (`compile-time/`) as a function a
 * program calls, with the runtime check behind it for any string the compiler cannot read.
 */
import type { PortalSlug } from "./contract.js";
import type { PortalSlugArgument, PortalSlugInput } from "./compile-time/index.js";
import { assertPortalSlug } from "./validate.js";

/**
 * A portal slug checked twice: at compile time when it is a literal, so that a typo fails the
 * build with its first problem named, and always at runtime, so that a `string` from anywhere is
 * held to the same rules.
 *
 * @example
 * const slug = portalSlug("my-portal"); // PortalSlug
 * portalSlug("My-Portal"); // type error: "'M' at index 0 is uppercase: slugs are lowercase"
 * portalSlug(process.env.PORTAL as string); // checked when it runs
 *
 * @throws {PortalSlugError} When the slug breaks a rule; with a literal argument the compiler has
 * already said so.
 */
export function portalSlug<const S extends PortalSlugInput>(slug: PortalSlugArgument<S>): PortalSlug {
  assertPortalSlug(slug);
  return slug;
}
