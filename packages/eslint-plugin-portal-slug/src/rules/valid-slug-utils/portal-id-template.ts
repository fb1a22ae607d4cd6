// rules/valid-slug-utils/: what valid-slug alone uses: where a call sends the slug, what the core says of it, which characters a report covers.
/**
 * Whether a template sent as `portal` may be a portal ID, whose characters the slug rules must
 * not judge. A written part with a character no ID has (`${region}--portal`) makes it a slug,
 * whatever the expressions are; otherwise it may be an ID when it may start with `pc_`: through
 * a written start, the values of the expressions after it (`${PREFIX}${id}`,
 * `${live ? "pc_live" : "pc_test"}`), or an expression this analysis cannot know.
 */
import type { TSESTree } from "@typescript-eslint/utils";
import { PORTAL_ID_PREFIX } from "portal-slug";
import { refTo, type Ref } from "../../util/values/scope.js";
import { everyStaticString } from "../../util/values/static-strings.js";

/** Characters a portal ID's text can hold: the prefix's underscore, letters and digits. */
const ID_CHARACTERS = /^[A-Za-z0-9_]*$/;

/**
 * How many expressions are read into a template before it says "maybe": each adds its values
 * to the start, and empty values could make that go on.
 */
const MAX_PREFIX_STEPS = 8;

/** True when `template` may be a portal ID (and so is left alone), looking no further than the prefix's characters. */
export function mayBePortalId(template: Ref<TSESTree.TemplateLiteral>): boolean {
  const { quasis, expressions } = template.node;
  if (!quasis.every((quasi) => ID_CHARACTERS.test(quasi.value.cooked ?? ""))) return false;
  let starts = new Set([quasis[0]?.value.cooked ?? ""]);
  for (let i = 0; i < MAX_PREFIX_STEPS; i++) {
    const whole = [...starts].filter((start) => start.startsWith(PORTAL_ID_PREFIX));
    if (whole.length) {
      // After its prefix an ID holds letters and digits only: an underscore written after the
      // prefix (`pc_${id}_x`) rules the ID out, where every start has the whole prefix.
      const later = quasis.slice(i + 1).some((quasi) => (quasi.value.cooked ?? "").includes("_"));
      if (!later && whole.some((start) => !start.includes("_", PORTAL_ID_PREFIX.length))) return true;
      if (whole.length === starts.size) return false;
    }
    const open = [...starts].filter((start) => start.length < PORTAL_ID_PREFIX.length && PORTAL_ID_PREFIX.startsWith(start));
    if (!open.length || i >= expressions.length) return false;
    const values = everyStaticString(refTo(template, expressions[i] as TSESTree.Expression));
    const strings = values.flatMap((value) => (value.kind === "literal" || value.kind === "composed" ? [value.value] : []));
    // Unknown, or a template whose own start is another question: maybe an ID.
    if (!values.length || strings.length < values.length) return true;
    const after = quasis[i + 1]?.value.cooked ?? "";
    starts = new Set(open.flatMap((start) => strings.map((value) => start + value + after)));
  }
  return true;
}
