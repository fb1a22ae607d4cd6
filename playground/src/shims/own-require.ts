/**
 * The plugin's `own-require.cjs` in the page, for any module that still asks it: nothing can be
 * loaded on demand, so the plugin takes the road it takes where a dependency is missing.
 */
export default function ownRequire(id: string): never {
  throw new Error(`Cannot load ${id} in the playground`);
}
