// Which @unkey/api a linted file would import, and from which version on it sends the newer body only.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LINT_RUN_MS, setClock } from "../../util/cache.js";
import { installedSdkVersion, sendsNewerBodyOnly } from "./sdk-version.js";

/** Installs `@unkey/api` at `version` in `folder`'s node_modules. */
function install(folder: string, version: string): void {
  const at = join(folder, "node_modules", "@unkey", "api");
  mkdirSync(at, { recursive: true });
  writeFileSync(join(at, "package.json"), JSON.stringify({ name: "@unkey/api", version }));
}

describe("installedSdkVersion", () => {
  afterEach(() => setClock(undefined));

  it("finds the package in the nearest node_modules, as Node does", () => {
    const root = mkdtempSync(join(tmpdir(), "portal-slug-sdk-"));
    install(root, "2.5.0");
    install(join(root, "apps", "billing"), "2.5.1");
    mkdirSync(join(root, "apps", "billing", "src"), { recursive: true });
    mkdirSync(join(root, "apps", "docs"), { recursive: true });
    expect(installedSdkVersion(join(root, "apps", "billing", "src", "portal.ts"))).toBe("2.5.1");
    expect(installedSdkVersion(join(root, "apps", "docs", "portal.ts"))).toBe("2.5.0");
  });

  it("looks past a file named as a folder, as a processor names a code block (README.md/0.ts)", () => {
    const root = mkdtempSync(join(tmpdir(), "portal-slug-sdk-"));
    install(root, "2.5.1");
    writeFileSync(join(root, "README.md"), "```ts\n```\n");
    expect(installedSdkVersion(join(root, "README.md", "0.ts"))).toBe("2.5.1");
  });

  it("keeps what it found for a lint run's time, and looks again after it", () => {
    let now = Date.now() + 10 * LINT_RUN_MS;
    setClock(() => now);
    const root = mkdtempSync(join(tmpdir(), "portal-slug-sdk-"));
    const file = join(root, "src", "portal.ts");
    expect(installedSdkVersion(file)).toBeUndefined();
    install(root, "2.5.1");
    now += LINT_RUN_MS - 1;
    expect(installedSdkVersion(file)).toBeUndefined();
    now += 1;
    expect(installedSdkVersion(file)).toBe("2.5.1");
  });
});

describe("sendsNewerBodyOnly", () => {
  it.each([
    ["2.5.1", true],
    ["v2.5.1", true],
    ["2.6.0-beta.1", true],
    ["3.0.0", true],
    ["2.5.0", false],
    ["2.4.9", false],
    ["1.99.99", false],
    ["latest", false],
    [undefined, false],
  ])("says %s sends the newer body only: %s", (version, expected) => {
    expect(sendsNewerBodyOnly(version)).toBe(expected);
  });
});
