// Without a registry the docs cannot be tried: the fixture's install then fails, and says why,
// rather than letting any docs test pass without running its blocks.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { installFixture } from "./fixture.js";

it("fails with words that name the registry when npm cannot reach one", async () => {
  // Nothing listens on port 9 of loopback, and an empty cache has nothing to fall back on.
  const cache = mkdtempSync(join(tmpdir(), "portal-slug-empty-cache-"));
  const install = installFixture({ npmArgs: ["--registry", "http://127.0.0.1:9/", "--cache", cache, "--fetch-retries=0"] });
  await expect(install).rejects.toThrow(
    /^The docs' fixture project cannot be installed: `npm install .*` exited 1\. It installs eslint, typescript-eslint, typescript, @types\/node, zod, @unkey\/api, oxlint, deno, @biomejs\/biome from the npm registry .*without a registry no docs page can be tried, so every docs test fails\.\nnpm said:\nnpm error /s,
  );
}, 120_000);
