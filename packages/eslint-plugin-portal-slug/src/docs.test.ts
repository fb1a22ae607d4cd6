// Every rule has its doc page, the URL in its meta points at that page, and the package's
// metadata agrees with the plugin's.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import plugin, { configs, rules } from "./index.js";
import { DOCS_BASE } from "./util/create-rule.js";

/** The text of a page's `## title` section, up to the next section of its level. */
function section(page: string, title: string): string {
  const start = page.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`no "## ${title}" section`);
  const end = page.indexOf("\n## ", start + 1);
  return page.slice(start, end < 0 ? undefined : end);
}

/** Every property name of a rule's options, at every depth of its schema, and every value an enum of it allows. */
function optionsOf(schema: unknown): { properties: string[]; values: unknown[] } {
  const properties: string[] = [];
  const values: unknown[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== "object" || node === null) return;
    const { properties: own, items, enum: allowed } = node as { properties?: Record<string, unknown>; items?: unknown; enum?: unknown[] };
    for (const [key, value] of Object.entries(own ?? {})) {
      properties.push(key);
      walk(value);
    }
    walk(items);
    values.push(...(allowed ?? []));
  };
  walk(schema);
  return { properties, values };
}

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const manifest = JSON.parse(readFileSync(`${packageDir}package.json`, "utf8")) as { name: string; version: string };
const readme = readFileSync(fileURLToPath(new URL("../../../README.md", import.meta.url)), "utf8");

describe.each(Object.entries(rules))("rule %s", (name, rule) => {
  const page = `${packageDir}docs/rules/${name}.md`;

  it("has a doc page, named by meta.docs.url", () => {
    expect(existsSync(page)).toBe(true);
    expect(rule.meta?.docs?.url).toBe(`${DOCS_BASE}${name}.md`);
  });

  it("opens its doc page with its description", () => {
    const text = readFileSync(page, "utf8");
    expect(text.split("\n")[0]).toBe(`# ${rule.meta?.docs?.description} (\`portal-slug/${name}\`)`);
  });

  it("declares every option of its schema in the page's Options type, each value an option can take, and the defaults", () => {
    // The first TypeScript block of the Options section: `type Options = …` and `defaultOptions`.
    const options = /```ts\n([\s\S]*?)```/.exec(section(readFileSync(page, "utf8"), "Options"))?.[1] ?? "";
    const { properties, values } = optionsOf(rule.meta?.schema);
    expect(properties.length).toBeGreaterThan(0);
    for (const property of properties) expect(options, `option ${property}`).toMatch(new RegExp(`\\b${property}\\??: `));
    for (const value of values) expect(options, `value ${JSON.stringify(value)}`).toContain(JSON.stringify(value));
    const written = /const defaultOptions: Options = (.*);/.exec(options)?.[1];
    expect(written && JSON.parse(written.replace(/([{,]\s*)(\w+):/g, '$1"$2":'))).toEqual(rule.meta?.defaultOptions);
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
