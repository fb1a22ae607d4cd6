// Which templates sent as `portal` may be a portal ID, and are left to the runtime.
import type { TSESTree } from "@typescript-eslint/utils";
import { describe, expect, it } from "vitest";
import { mayBePortalId } from "./portal-id-template.js";
import { analyse } from "../../testing/analyse.js";

/** Whether the last template of `code` may be a portal ID. */
function mayBeId(code: string): boolean {
  const file = analyse(code);
  return mayBePortalId(file.ref(file.all<TSESTree.TemplateLiteral>("TemplateLiteral").at(-1) as TSESTree.TemplateLiteral));
}

describe("mayBePortalId", () => {
  it.each([
    "`pc_${id}`;",
    "`${prefix}${id}`;",
    'const PREFIX = "pc_"; `${PREFIX}${id}`;',
    '`${live ? "pc_live" : "pc_test"}${id}`;',
    "`${kind}_${id}`;",
    'const P = "p"; const C = "c_"; `${P}${C}${id}`;',
  ])("%s may be an ID", (code) => {
    expect(mayBeId(code)).toBe(true);
  });

  it.each([
    "`team-${id}`;",
    "`${region}--portal`;",
    "`${team}-`;",
    'const PART = "team"; `${PART}_${id}`;',
    "`portal${id}`;",
    '`${"ab"}${id}`;',
    "`pc_${id}_x`;",
    "`pc_a_${id}`;",
    'const PREFIX = "pc_"; `${PREFIX}${id}_${n}`;',
  ])("%s is a slug", (code) => {
    expect(mayBeId(code)).toBe(false);
  });
});
