/**
 * Where in a portal call the slug is written: the `slug` or `portal` field of the body a
 * built-in shape sends, or what one of the user's wrappers (valid-slug's `callees` option)
 * names: an argument that is the slug, or a property of one.
 */
import { CREATE_SESSION_FACTS } from "portal-slug";
import type { BodyShape } from "../../util/values/body-shape.js";
import { argumentAt, matchingCallees, type Call, type CalleeIndex } from "../../util/calls/call-sites.js";
import type { Callee } from "../../util/calls/callees-option.js";
import type { Ref, Scope } from "../../util/values/scope.js";
import { propertyOf } from "../../util/values/static-values.js";

/** How the value of a field is judged: by the slug rules, or as a portal ID or slug. */
export type Accepts = "slug" | "ref";

/** An expression that is sent as a portal slug, and how to judge it. */
export interface SlugValue {
  readonly ref: Ref;
  readonly accepts: Accepts;
  /**
   * The body field that sends it (`portal`, a wrapper's `property`), whose value must be a string
   * whatever it is; absent for a wrapper's argument that is the slug itself, of which only a
   * string is known to be meant as one.
   */
  readonly field?: string | undefined;
}

/** An entry of valid-slug's `callees` option: the argument holds the slug itself, or a body whose `property` holds it. */
export interface SlugCallee extends Callee {
  /** The body property that holds the slug; absent when the argument is the slug. */
  readonly property?: string;
}

/**
 * The portal fields of either body, with how each is judged, as the API's description kinds them:
 * `slug` (older) by the slug rules, `portal` (newer) as a portal ID or slug.
 */
const BODY_FIELDS = CREATE_SESSION_FACTS.fields.flatMap((name): (readonly [string, Accepts])[] => {
  const kind = CREATE_SESSION_FACTS.field(name)?.kind;
  return kind === "slug" ? [[name, "slug"]] : kind === "portal" ? [[name, "ref"]] : [];
});
const ACCEPTS = new Map(BODY_FIELDS);

/** What almost every call sends: nothing. One frozen array for all of them. */
const NONE: readonly SlugValue[] = Object.freeze([]);

/** The portal fields a body sends, from what it statically holds (read once for every rule). */
function bodyFields(body: BodyShape | undefined): readonly SlugValue[] {
  if (!body) return NONE;
  let fields: SlugValue[] | undefined;
  for (const [field, accepts] of BODY_FIELDS) {
    // Looked up alone: a body written at every call is never built whole for its portal field.
    const value = body.field(field)?.value;
    if (value) (fields ??= []).push({ ref: value, accepts, field });
  }
  return fields ?? NONE;
}

/** The values the wrappers a call matches name in it. */
function wrapped(call: Call, callees: readonly SlugCallee[], scope: Scope): SlugValue[] {
  const values: SlugValue[] = [];
  for (const callee of callees) {
    const node = argumentAt(call, callee.argument ?? 0);
    if (!node) continue;
    const sent: Ref = { node, scope };
    // A wrapper's value is judged as the current body's `portal` is, a portal ID or a slug, unless
    // it is the older body's own field by name: a wrapper sends what Unkey takes today.
    if (callee.property === undefined) {
      values.push({ ref: sent, accepts: "ref" });
      continue;
    }
    const ref = propertyOf(sent, callee.property);
    if (ref) values.push({ ref, accepts: ACCEPTS.get(callee.property) ?? "ref", field: callee.property });
  }
  return values;
}

/**
 * The slug values a call sends: its built-in body's portal fields (`body`, as the file's analysis
 * read it), and what the wrappers it matches name, read in the linted file's `scope`. A wrapper
 * may share its name with a built-in shape (`http.fetch`): both are asked, and a value either
 * finds is judged once.
 */
export function slugValuesOf(call: Call, body: BodyShape | undefined, callees: CalleeIndex<SlugCallee>, scope: Scope): readonly SlugValue[] {
  const found = bodyFields(body);
  const matching = matchingCallees(call, callees);
  if (!matching.length) return found;
  const values = [...found];
  for (const value of wrapped(call, matching, scope)) if (!values.some((known) => known.ref.node === value.ref.node)) values.push(value);
  return values;
}
