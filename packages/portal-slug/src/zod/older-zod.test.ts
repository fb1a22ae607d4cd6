// The subpath under zod 3, which npm installs beside it with --legacy-peer-deps: a clear error at
// the import, not schemas whose messages zod 3 drops, from either of its modules.
import { describe, expect, it, vi } from "vitest";

vi.mock("zod", async () => await import("zod3"));

describe("portal-slug/zod under zod 3", () => {
  it.each([["./index.js"], ["./request.js"]])("refuses to load %s, naming the zod it needs", async (module) => {
    await expect(import(module)).rejects.toThrow('portal-slug/zod needs zod 4 ("zod": "^4.0.0"): the zod installed is older');
  });
});
