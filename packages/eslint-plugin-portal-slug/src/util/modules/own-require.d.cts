/** The plugin's own `require` (see own-require.cjs). */
declare const ownRequire: NodeJS.Require;
export = ownRequire;
