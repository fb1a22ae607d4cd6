// The subpath under zod 3, which npm installs beside it with --legacy-peer-deps: a clear error at
// the import, not schemas whose messages zod 3 drops.
import { describe, expect, it, vi } from "vitest";

vi.mock("zod", async () => await import("zod3"));

describe("portal-slug/zod under zod 3", () => {
  it("refuses to load, naming the zod it needs", async () => {
    await expect(import("./index.js")).rejects.toThrow('portal-slug/zod needs zod 4 ("zod": "^4.0.0"): the zod installed is older');
  });
});
