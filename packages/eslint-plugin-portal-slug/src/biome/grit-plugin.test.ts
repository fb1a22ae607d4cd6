// The plugin file the package ships must be the one the generator writes today: a change of the
// core's words, of its description of Unkey's API or of the generator shows here as a stale
// file, with the command that writes it anew.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { GRIT_PLUGIN_COMMAND, GRIT_PLUGIN_PATH, gritPlugin } from "./grit-plugin.js";

const shipped = fileURLToPath(new URL(`../../${GRIT_PLUGIN_PATH}`, import.meta.url));

describe(GRIT_PLUGIN_PATH, () => {
  it("is what the generator writes today, byte for byte", () => {
    const generated = gritPlugin();
    const written = readFileSync(shipped, "utf8");
    // Forty kilobytes printed twice would hide where they part: the first line that differs says it.
    const lines = written.split("\n");
    const differs = generated.split("\n").findIndex((line, i) => line !== lines[i]);
    expect(written === generated, `${GRIT_PLUGIN_PATH} is stale from line ${differs + 1}: run \`${GRIT_PLUGIN_COMMAND}\` and commit it`).toBe(true);
  });

  it("says it is generated, by what, and how to write it anew", () => {
    const header = gritPlugin().split("\n").slice(0, 3).join(" ");
    expect(header).toContain("src/biome/grit-plugin.ts");
    expect(header).toContain("do not edit");
    expect(header).toContain(GRIT_PLUGIN_COMMAND);
  });
});
