// The plugin's build step after the compile: writes biome/portal-slug.grit from the generator just
// built, so that the file the package ships is the one the core's description and words make
// today. The file is committed too, and a test regenerates it to tell when it is stale.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { GRIT_PLUGIN_PATH, gritPlugin } from "../dist/esm/biome/grit-plugin.js";

mkdirSync(dirname(GRIT_PLUGIN_PATH), { recursive: true });
writeFileSync(GRIT_PLUGIN_PATH, gritPlugin());
