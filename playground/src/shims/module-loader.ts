/**
 * The plugin's `module-loader.js` in the page: the loader a rule asks for the modules the
 * linted file imports. The page has one file and no disk, so every import leads nowhere, as an
 * import of a module the plugin cannot read does: the value is unknown and nothing is reported
 * for it.
 */
export function createModuleLoader(): (specifier: unknown, at: unknown) => undefined {
  return () => undefined;
}
