/**
 * eslint-plugin-portal-slug: the plugin (plugin.ts), its `meta`, `rules` and `configs`. In the ES
 * module build this file is replaced by one that hands over the CommonJS build's plugin
 * (scripts/write-esm-entry.mjs): a config that imports the plugin and one that requires it (a
 * CommonJS shared config spread into an ES module `eslint.config.js`) then give ESLint one plugin
 * object, where two builds' would be two plugins of one name, which ESLint refuses ("Cannot
 * redefine plugin").
 */
export * from "./plugin.js";
export { default } from "./plugin.js";
