import { expectTypeOf, test } from "vitest";
import type { KnownPortalsOptions, PortalsOption } from "./portal-list.js";

test("the option takes an array, a Set, any other iterable of names or a built list, and no string", () => {
  function* generated(): Generator<string, void, unknown> {
    yield "dev-docs";
  }
  expectTypeOf<readonly string[]>().toExtend<PortalsOption>();
  expectTypeOf<Set<string>>().toExtend<PortalsOption>();
  expectTypeOf(generated()).toExtend<PortalsOption>();
  expectTypeOf<string>().not.toExtend<PortalsOption>();
  expectTypeOf<readonly number[]>().not.toExtend<PortalsOption>();
  expectTypeOf<{ portals: "billing-portal" }>().not.toExtend<KnownPortalsOptions>();
});
