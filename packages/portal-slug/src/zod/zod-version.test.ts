// The zod these schemas run on, as installed: zod 4 passes the check (zod 3's refusal is in older-zod.test.ts).
import { describe, expect, it } from "vitest";
import { assertZod4 } from "./zod-version.js";

describe("assertZod4", () => {
  it("passes under zod 4", () => {
    expect(() => assertZod4()).not.toThrow();
  });
});
