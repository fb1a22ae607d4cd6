/**
 * What `portalSlug` accepts for its argument: the literal itself when it passes, else the message
 * of its first problem, marked so that nothing satisfies it.
 */
import type { Quick } from "./quick.js";
import type { InvalidPortalSlug, Problem, ValidatePortalSlug } from "./explain.js";
import type { KnownPortal, KnownSlug, KnownVerdict, RegisterMistake } from "./known-portals.js";

/** What `portalSlug` accepts when no portals are declared: any valid slug. */
export type SlugArgument<S extends string> =
  Quick<S> extends "" ? S : ValidatePortalSlug<S> extends true ? S : NoInfer<Problem<ValidatePortalSlug<S>>> & InvalidPortalSlug;

/**
 * What it accepts when they are: a declared slug is decided by one look-up, since every one is
 * well-formed. Member by member over a union, unlike {@link SlugArgument}: measured, relating a
 * whole union (`[S] extends [KnownSlug]`) to a long list of portals costs several times more.
 */
export type KnownArgument<S extends string> = S extends KnownSlug
  ? S
  : KnownVerdict<S, KnownPortal> extends true
    ? S
    : NoInfer<Problem<KnownVerdict<S, KnownPortal>>> & InvalidPortalSlug;

/**
 * What {@link portalSlug} accepts for the argument `S`: `S` itself when it passes
 * {@link ValidatePortalSlug} (and, when {@link Register} declares portals, is one of them),
 * otherwise the message of its first problem marked {@link InvalidPortalSlug}, which the
 * compiler then shows in its error; whatever `S` is, the mistake of a mistaken `Register`. A valid literal is decided by the quick check alone. The
 * message is `NoInfer`, so that inferring `S` from the argument looks at `S` and nothing else.
 * Whether portals are declared is settled once, not at each call.
 */
export type PortalSlugArgument<S extends string> = Declared extends "none"
  ? SlugArgument<S>
  : Declared extends "some"
    ? KnownArgument<S>
    : NoInfer<RegisterMistake> & InvalidPortalSlug;

/** What the program declared in `Register`, settled once a program: no portals, some, or a mistake. */
type Declared = [RegisterMistake] extends [never] ? ([KnownPortal] extends [never] ? "none" : "some") : "mistake";

/**
 * What `S` may be: any string, and when portals are declared, their slugs first, so that an
 * editor completes them (`string & {}` keeps a wide string allowed without swallowing them).
 */
export type PortalSlugInput = [KnownSlug] extends [never] ? string : KnownSlug | (string & {});
