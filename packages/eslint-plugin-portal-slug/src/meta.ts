/** The plugin's name and version, as ESLint's `meta` and caches read them; a test keeps the version equal to package.json's. */
export const PLUGIN_NAME = "eslint-plugin-portal-slug";
export const PLUGIN_VERSION = "0.1.0";
/** The prefix of the plugin's rules and configs, which `meta.namespace` declares. */
export const PLUGIN_NAMESPACE = "portal-slug";
