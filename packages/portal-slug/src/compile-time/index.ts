/**
 * The slug rules once more, this time for the compiler: a literal slug is checked where it is
 * written, and a wrong one is a type error that names its first problem the way the runtime would.
 * Strings the compiler cannot read to the end (`string`, `` `my-${string}` ``) are left to the
 * runtime check, which `portalSlug` always runs. One concept a file: the characters told apart
 * (`characters.ts`), how a message shows them (`shown.ts`), the quick path that proves a valid
 * literal (`quick.ts`), the walk that explains an invalid one (`explain.ts`), the workspace's
 * declared portals (`known-portals.ts`) and what `portalSlug` accepts (`argument.ts`).
 */
export type { InvalidPortalSlug, ValidatePortalSlug } from "./explain.js";
export type { KnownPortal, Register, ValidateKnownPortal } from "./known-portals.js";
export type { PortalSlugArgument, PortalSlugInput } from "./argument.js";
