// Every rule has its doc page, the URL in its meta points at that page, and the package's
// metadata agrees with the plugin's.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import plugin, { configs, rules } from "./index.js";
import { DOCS_BASE } from "./util/create-rule.js";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const manifest = JSON.parse(readFileSync(`${packageDir}package.json`, "utf8")) as { name: string; version: string };
const readme = readFileSync(fileURLToPath(new URL("../../../README.md", import.meta.url)), "utf8");

describe.each(Object.entries(rules))("rule %s", (name, rule) => {
  const page = `${packageDir}docs/rules/${name}.md`;

  it("has a doc page, named by meta.docs.url", () => {
    expect(existsSync(page)).toBe(true);
    expect(rule.meta?.docs?.url).toBe(`${DOCS_BASE}${name}.md`);
  });

  it("opens its doc page with its description and documents every option", () => {
    const text = readFileSync(page, "utf8");
    expect(text.split("\n")[0]).toBe(`# ${rule.meta?.docs?.description} (\`portal-slug/${name}\`)`);
    const schema = JSON.stringify(rule.meta?.schema);
    for (const option of ["callees", "name", "argument", "property"]) {
      if (schema.includes(`"${option}"`)) expect(text).toContain(option);
    }
  });

  it("is listed in the README's table of rules", () => {
    expect(readme).toMatch(
      new RegExp(`\\| \\[\`portal-slug/${name}\`\\]\\(${`packages/eslint-plugin-portal-slug/docs/rules/${name}.md`.replace(/[.]/g, "\\.")}\\)`),
    );
  });
});

describe("the plugin object", () => {
  it("carries the package's name and version, and the namespace its rules and configs go by", () => {
    expect(plugin.meta).toEqual({ name: manifest.name, version: manifest.version, namespace: "portal-slug" });
    expect(Object.keys(configs.recommended.rules ?? {}).every((rule) => rule.startsWith(`${plugin.meta.namespace}/`))).toBe(true);
  });

  it("names every flat config for the config inspector, after the namespace", () => {
    const flat = Object.entries(configs).filter(([key]) => key !== "recommended-legacy");
    expect(flat.length).toBeGreaterThan(0);
    // recommended-legacy is eslintrc's, whose schema rejects a name.
    for (const [key, config] of flat) expect((config as { name?: string }).name, key).toBe("portal-slug/recommended");
  });

  it("turns on every recommended rule in every recommended config", () => {
    const recommended = Object.entries(rules)
      .filter(([, rule]) => rule.meta?.docs?.recommended)
      .map(([name]) => `portal-slug/${name}`);
    for (const config of [configs.recommended, configs["flat/recommended"], configs["recommended-legacy"]]) {
      expect(Object.keys(config.rules ?? {})).toEqual(recommended);
    }
    expect(configs.recommended.plugins?.["portal-slug"]).toBe(plugin);
    expect(configs["recommended-legacy"].plugins).toEqual(["portal-slug"]);
  });
});
