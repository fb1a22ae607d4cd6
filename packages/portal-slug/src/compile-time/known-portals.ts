/**
 * The workspace's known portals at compile time: what a program declares in `Register`, and the
 * verdict on a well-formed literal that is none of them, naming the closest as the runtime does.
 */
import type { LISTED_PORTALS, PORTAL_ID_PREFIX } from "../contract.js";
import type { NoKeys, Successor, ValidatePortalSlug } from "./explain.js";
import type { Quick } from "./quick.js";
import type { Quoted, Shortened } from "./shown.js";

/**
 * What a program tells the compile-time check about its workspace, by declaring this interface
 * again in its own code (declaration merging). Its only member so far, `portals`, is the union
 * of the workspace's portal slugs and IDs:
 *
 * ```ts
 * declare module "portal-slug" {
 *   interface Register {
 *     portals: "billing-portal" | "dev-docs";
 *   }
 * }
 * ```
 *
 * With it, {@link portalSlug} takes only those literals: a well-formed one that is none of them
 * fails to compile, naming the closest, and the editor offers them as completions. A `string`
 * still compiles, checked at runtime by the slug rules only, since the runtime cannot read types.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a program declares its members
export interface Register {}

/**
 * The names a declared `portals` holds: a union of them, or an array or tuple of them, since a
 * program often has its list as a value (`portals: typeof PORTALS`, the `[number]` forgotten).
 */
type Named<Portals> = Portals extends readonly (infer Each)[] ? Each : Portals;

/** What {@link Register}'s `portals` holds, optional or not; `unknown` when it declares none. */
type Written = Register extends { readonly portals?: infer Portals } ? Named<Exclude<Portals, undefined>> : never;

/**
 * The `portals` a program declared in {@link Register}, as written; `never` when it declared none.
 * A union is taken as it stands: passing it through {@link Written} costs the compiler about a
 * dozen instantiations for each portal declared, once a program (measured, 200 portals).
 */
export type DeclaredPortal = Register extends { readonly portals: infer Portals extends string } ? Portals : Extract<Written, string>;

/** The members {@link Register} declares that portal-slug does not read (a misspelt `portal`, say). */
type Unread = Extract<Exclude<keyof Register, "portals">, string>;

/**
 * What is wrong with the program's {@link Register}, `never` when nothing is: a member portal-slug
 * does not read, or `portals` holding something other than names. Said at every `portalSlug`
 * call, since a mistaken declaration would otherwise turn the check of declared portals off in
 * silence.
 */
export type RegisterMistake = [Unread] extends [never]
  ? "portals" extends keyof Register
    ? // A union of names, as most programs declare, is settled by one comparison (see DeclaredPortal).
      Register extends { readonly portals: string }
      ? never
      : [Exclude<Written, string>] extends [never]
        ? never
        : "Register's 'portals' holds something other than strings: declare the portals' slugs and IDs, as a union ('billing-portal' | 'dev-docs') or an array of them"
    : never
  : `Register declares '${Unread}', which portal-slug does not read: declare the portals as 'portals'`;

/**
 * The portals a program declared in {@link Register} that can be portals: the well-formed slugs,
 * and every `pc_` ID with something after the prefix (its characters are the runtime's to judge).
 * `never` when it declared none, or only `string`, which names no portal in particular.
 */
export type KnownPortal = Portal<DeclaredPortal>;

/** The known portals that are slugs: all that {@link portalSlug} can take. */
export type KnownSlug = Slugs<KnownPortal>;

/** The members of `P` that are slugs, not `pc_` IDs. */
export type Slugs<P extends string> = Exclude<P, `${typeof PORTAL_ID_PREFIX}${string}`>;

/** `P` when it can be a portal, else `never`; member by member over a union. */
export type Portal<P extends string> = P extends unknown
  ? Quick<P> extends ""
    ? P
    : P extends `${typeof PORTAL_ID_PREFIX}${infer Rest}`
      ? NoKeys extends Record<P, unknown>
        ? never
        : Rest extends ""
          ? never
          : P
      : never
  : never;

/** Edits left to spend, as a tuple's length: how {@link Within} counts down without arithmetic. */
export type Budget = [] | [0] | [0, 0] | [0, 0, 0];

/**
 * `true` among its answers when `A` is within `K["length"]` edits of `B`: the optimal string
 * alignment distance the runtime's portal list measures (a character added, dropped or changed,
 * or two neighbours swapped, each one edit). Equal first characters are matched for free, which
 * no alignment beats; each other step tries the four edits, so at most four to the power of the
 * budget ways are walked, and each stops once it has spent the budget.
 */
export type Within<A extends string, B extends string, K extends Budget> = A extends `${infer X}${infer RestA}`
  ? B extends `${infer Y}${infer RestB}`
    ? X extends Y
      ? Within<RestA, RestB, K>
      : K extends [0, ...infer Less extends Budget]
        ? Within<RestA, RestB, Less> | Within<RestA, B, Less> | Within<A, RestB, Less> | Swapped<X, RestA, Y, RestB, Less>
        : false
    : AtMost<A, K>
  : AtMost<B, K>;

/** The swap of two neighbours: `A` starts with `XY`, `B` with `YX`. */
export type Swapped<X extends string, RestA extends string, Y extends string, RestB extends string, K extends Budget> = RestA extends `${Y}${infer A}`
  ? RestB extends `${X}${infer B}`
    ? Within<A, B, K>
    : false
  : false;

/** Whether `S` has at most `K["length"]` characters, all of which the edits left can add. */
export type AtMost<S extends string, K extends Budget> = S extends ""
  ? true
  : K extends [0, ...infer Less extends Budget]
    ? S extends `${string}${infer Rest}`
      ? AtMost<Rest, Less>
      : true
    : false;

/** The `Portals` within `K["length"]` edits of `T`. */
export type Near<T extends string, K extends Budget, Portals extends string> = Portals extends unknown
  ? true extends Within<T, Portals, K>
    ? Portals
    : never
  : never;

/* eslint-disable @typescript-eslint/no-unused-vars -- placeholders that only count characters are never read */
/**
 * The edits a value may be from a known portal and still be offered it, by its length: one up
 * to 7 characters, two from 8, three from 12, the runtime's `nearThreshold`.
 */
export type Threshold<T extends string> = T extends `${infer _0}${infer _1}${infer _2}${infer _3}${infer _4}${infer _5}${infer _6}${infer _7}${infer Rest}`
  ? Rest extends `${infer _8}${infer _9}${infer _10}${infer _11}${string}`
    ? [0, 0, 0]
    : [0, 0]
  : [0];
/* eslint-enable @typescript-eslint/no-unused-vars */

/**
 * The one of `Portals` nearest `T` within its {@link Threshold}, the nearest found by spending
 * one edit, then two, then three; among several equally near, the first in code-unit order, as
 * the runtime picks. `never` when none is near enough. Only slugs are passed: a slug's place
 * takes no ID.
 */
export type Closest<T extends string, Portals extends string, K extends Budget = [0], Limit extends Budget = Threshold<T>> = [Near<T, K, Portals>] extends [
  never,
]
  ? K extends Limit
    ? never
    : Closest<T, Portals, Wider[K["length"]], Limit>
  : Least<Near<T, K, Portals>>;

/** `Wider[K["length"]]` is a budget of one more edit. */
export type Wider = [[0], [0, 0], [0, 0, 0], [0, 0, 0]];

/** The characters known portals are made of, in code-unit order. */
export type Order = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

/** Whether `A` comes before `B` in code-unit order, as `Array.prototype.sort` puts them. */
export type Before<A extends string, B extends string> = A extends `${infer X}${infer RestA}`
  ? B extends `${infer Y}${infer RestB}`
    ? X extends Y
      ? Before<RestA, RestB>
      : Order extends `${string}${X}${string}${Y}${string}`
        ? true
        : false
    : false
  : true;

/** The member of `U` that comes before every other. */
export type Least<U extends string, All extends string = U> = U extends unknown ? (false extends BeforeEach<U, Exclude<All, U>> ? never : U) : never;
export type BeforeEach<A extends string, Others extends string> = Others extends unknown ? Before<A, Others> : never;

/**
 * A member of the union `U`: the last the compiler holds, read off an intersection of functions.
 * Its cost grows faster than the union: it is only taken of short ones.
 */
export type OneOf<U extends string> = (
  (U extends unknown ? (member: () => U) => void : never) extends (member: infer Each) => void ? Each : never
) extends (() => infer One extends string)
  ? One
  : never;

/** The first characters of the members of `U`. */
export type Heads<U extends string> = U extends `${infer Head}${string}` ? Head : never;

/** What follows `Head` in the members of `U` that start with it. */
export type After<U extends string, Head extends string> = U extends `${Head}${infer Rest}` ? Rest : never;

/**
 * `Taken` with a `0` for each member of `U`, or `"many"` once there are more than five (the
 * runtime's `LISTED_PORTALS`). Counted down a tree of first characters: where the members share
 * their next character the count goes on in a loop, and it branches only where they part, which
 * they do at most five times before there are too many. So the cost grows with the union and the
 * length of what its members share, never with its square, as taking members one at a time off
 * a union does.
 */
export type Tally<U extends string, Taken extends 0[] = []> = Taken["length"] extends Successor[typeof LISTED_PORTALS]
  ? "many"
  : [U] extends [never]
    ? Taken
    : "" extends U
      ? Tally<Exclude<U, "">, [...Taken, 0]>
      : [Heads<U>] extends [OneOf<Heads<U>>]
        ? Tally<After<U, Heads<U>>, Taken>
        : TallyHeads<U, Heads<U>, Taken>;

/** {@link Tally} over the members of `U` that start with each of `Left`, one head at a time. */
// `Taken` has no constraint: checking one against a count still being made would never end.
export type TallyHeads<U extends string, Left extends string, Taken> = Taken extends 0[]
  ? [Left] extends [never]
    ? Taken
    : TallyHeads<U, Exclude<Left, OneOf<Left>>, Tally<After<U, OneOf<Left>>, Taken>>
  : "many";

/** The members of a short union in code-unit order. */
export type Sorted<U extends string, Taken extends string[] = []> = [U] extends [never] ? Taken : Sorted<Exclude<U, Least<U>>, [...Taken, Least<U>]>;

/** `Portals` in code-unit order when there are few enough to count and list in a message, `"many"` otherwise. */
export type Listed<Portals extends string> = Tally<Portals> extends "many" ? "many" : Sorted<Portals>;

/**
 * The runtime's words for a well-formed literal that is none of `Portals`
 * (`PORTAL_LIST_WORDS.unknown` in the contract), in single quotes, and without the count when
 * more than five are declared: counting a union costs the compiler more than the message is worth.
 * Every declared portal is counted, and only the slugs are listed, as the runtime lists what the
 * slug's place can take.
 */
export type UnknownPortal<
  T extends string,
  Portals extends string,
  Near extends string = Closest<T, Slugs<Portals>>,
  Names extends string[] | "many" = Listed<Portals>,
  Shown extends string[] = Names extends string[] ? Sorted<Slugs<Portals>> : [],
> = `'${Shortened<T>}' is ${Names extends [string]
  ? "not the portal"
  : Names extends string[]
    ? `none of the ${Names["length"]} portals`
    : "none of the portals"} declared, and Unkey answers 404 for a portal it does not have${[Near] extends [never]
  ? Shown extends []
    ? "; none of them is close"
    : `; none is close: ${Quoted<Shown>}`
  : `; write '${Near}'`}`;

/**
 * {@link ValidatePortalSlug} held to a list of portals as well: `true` when the literal `S` is a
 * valid slug and one of `Portals` (by default the {@link KnownPortal}s a program declared in
 * {@link Register}), otherwise the message of its first problem, a well-formed literal that is
 * none of them naming the closest, as the runtime's `unknown_portal` issue does. Entries of
 * `Portals` that can be no portal are left out, and with none left there is nothing to check.
 * A string the compiler cannot know in full is `true`; a union is checked member by member.
 *
 * @example
 * type Ok = ValidateKnownPortal<"dev-docs", "billing-portal" | "dev-docs">; // true
 * type Typo = ValidateKnownPortal<"biling-portal", "billing-portal" | "dev-docs">;
 * // "'biling-portal' is none of the 2 portals declared, and Unkey answers 404 for a portal it does not have; write 'billing-portal'"
 */
export type ValidateKnownPortal<S extends string, Portals extends string = KnownPortal> = KnownVerdict<S, Portal<Portals>>;

/** {@link ValidateKnownPortal} once `Portals` holds only what can be portals. */
export type KnownVerdict<S extends string, Portals extends string> = [Portals] extends [never]
  ? ValidatePortalSlug<S>
  : S extends unknown
    ? ValidatePortalSlug<S> extends true
      ? [S] extends [Portals]
        ? true
        : NoKeys extends Record<S, unknown>
          ? true
          : UnknownPortal<S, Portals>
      : ValidatePortalSlug<S>
    : never;
