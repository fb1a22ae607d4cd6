/**
 * The plugin's shared settings, `settings["portal-slug"]` in an ESLint config: read once per
 * file, and checked, since ESLint checks rule options against a schema but not settings. A
 * setting of the wrong type is a configuration mistake, said as one, naming the setting.
 */

/** What `settings["portal-slug"]` may hold. */
export interface PortalSlugSettings {
  /**
   * Whether values imported from other modules of the project are followed (default `true`):
   * `false` keeps every rule to the linted file, without reading any other.
   */
  readonly followImports?: boolean;
}

/** The settings with their defaults in place. */
export interface ResolvedSettings {
  readonly followImports: boolean;
}

const KEY = "portal-slug";
const KNOWN = new Set(["followImports"]);

/** A setting ESLint passed through unchecked and this plugin cannot use. */
export class SettingsError extends TypeError {
  override readonly name = "SettingsError";
}

const cache = new WeakMap<object, ResolvedSettings>();

/** What a config without `settings["portal-slug"]` gets. */
const DEFAULTS: ResolvedSettings = Object.freeze({ followImports: true });

/** The plugin's settings from a rule context's `settings`, checked and with defaults; throws {@link SettingsError}. */
export function readSettings(settings: Readonly<Record<string, unknown>> | undefined): ResolvedSettings {
  const own = settings?.[KEY];
  if (own === undefined) return DEFAULTS;
  if (typeof own !== "object" || own === null || Array.isArray(own)) {
    throw new SettingsError(`settings["${KEY}"] must be an object, such as { followImports: false }`);
  }
  const cached = cache.get(own);
  if (cached) return cached;
  for (const key of Object.keys(own)) {
    if (!KNOWN.has(key)) throw new SettingsError(`settings["${KEY}"].${key} is not a setting of eslint-plugin-portal-slug; it knows ${[...KNOWN].join(", ")}`);
  }
  const { followImports = true } = own as PortalSlugSettings;
  if (typeof followImports !== "boolean") throw new SettingsError(`settings["${KEY}"].followImports must be true or false`);
  const resolved = { followImports };
  cache.set(own, resolved);
  return resolved;
}
