// The plugin's build step after the compile: the ES module entry hands over the CommonJS build's
// plugin rather than a second plugin object of its own (src/index.ts says why). Its declarations
// stay tsc's: they name the same exports. The ES module build of the plugin itself (plugin.js) is
// still there, for the `./deno` entry and the playground's bundler, which never meet the CommonJS
// build.
import { writeFileSync } from "node:fs";

writeFileSync(
  "dist/esm/index.js",
  `// Written by scripts/write-esm-entry.mjs: one plugin object for import and require (src/index.ts).
import cjs from "../cjs/index.js";
// Node hands over module.exports; a bundler that reads __esModule, its default export.
const plugin = cjs.default ?? cjs;
export const { meta, rules, configs } = plugin;
export default plugin;
`,
);
