/**
 * The plugin's shared settings, `settings["portal-slug"]` in an ESLint config: read once per
 * settings object (a config holds one for all its files), and checked, since ESLint checks rule
 * options against a schema but not settings. A setting of the wrong type is a configuration
 * mistake, said as one, naming the setting. A portals list is built into the core's index once,
 * so that a lookup costs the same for ten portals as for a hundred thousand.
 */
import { createPortalList, kindOf, type PortalList } from "portal-slug";
import { createCache } from "./cache.js";

/** What `settings["portal-slug"]` may hold. */
interface PortalSlugSettings {
  /**
   * Whether values imported from other modules of the project are followed (default `true`):
   * `false` keeps every rule to the linted file, without reading any other.
   */
  readonly followImports?: boolean;
  /**
   * The workspace's portals, slugs and `pc_` IDs: a well-formed value none of them is, is an
   * `unknown_portal` problem, with the closest one as the suggestion. Unset, only the form is checked.
   */
  readonly portals?: readonly string[];
}

/** The settings with their defaults in place. */
export interface ResolvedSettings {
  readonly followImports: boolean;
  /** The declared portals, indexed; `undefined` when none is declared. */
  readonly portals: PortalList | undefined;
}

const KEY = "portal-slug";
const KNOWN = new Set(["followImports", "portals"]);

/**
 * A setting ESLint passed through unchecked and this plugin cannot use. Its stack is its first
 * line alone: the mistake is in the user's config, the plugin's frames under it say nothing to
 * change, and oxlint prints the stack again for every file it lints.
 */
class SettingsError extends TypeError {
  override readonly name = "SettingsError";

  constructor(message: string) {
    super(message);
    // Read when printed, so that what a linter adds to the message (ESLint: the rule, the file) is in it.
    Object.defineProperty(this, "stack", { get: () => `${this.name}: ${this.message}`, configurable: true });
  }
}

/** Each config's settings, read once: a config holds one settings object for all its files. */
const resolvedOf = createCache<object, ResolvedSettings>("config");

/** What a config without `settings["portal-slug"]` gets. */
const DEFAULTS: ResolvedSettings = Object.freeze({ followImports: true, portals: undefined });

/** What was said already about a portals list: a lint run reads the same settings for every file, and says it once. */
const warned = createCache<string, true>("process");

/** Says `message` once a process, on the console, as ESLint plugins say what is not worth stopping a run for. */
function warnOnce(message: string): void {
  if (warned.get(message)) return;
  warned.set(message, true);
  console.warn(`eslint-plugin-portal-slug: ${message}`);
}

/**
 * What a setting's name is said after, in what is said of it: ESLint's `settings["portal-slug"].`
 * (`settings["portal-slug"].portals[1]: …`), or another host's place for the same settings.
 */
const ESLINT_SETTINGS = `settings["${KEY}"].`;

/** The portals setting, indexed; throws {@link SettingsError} for what is no list of strings, warns once of malformed entries. */
function portalsOf(portals: unknown, at: string): PortalList | undefined {
  if (portals === undefined) return undefined;
  if (!Array.isArray(portals)) {
    // The core takes a Set; ESLint's settings cannot: its --cache hashes them as JSON, where a Set is `{}`.
    const set =
      portals instanceof Set && at === ESLINT_SETTINGS
        ? ", not a Set: spread it ([...portals]), since ESLint's --cache reads a Set as {} and would miss its changes"
        : "";
    throw new SettingsError(`${at}portals: Expected an array of portal slugs and IDs, such as ["billing-portal", "pc_3Kd9xQ2"]${set}`);
  }
  const index = portals.findIndex((entry) => typeof entry !== "string");
  if (index >= 0) {
    const entry: unknown = portals[index];
    throw new SettingsError(`${at}portals[${index}]: Expected a string, a portal slug or ID, got ${kindOf(entry)}`);
  }
  const list = createPortalList(portals);
  // The core says an entry's problem at its index (`portals[2]: …`), the list's own as a sentence.
  for (const problem of list.problems) {
    warnOnce(problem.index === undefined ? `${at}portals: ${problem.message}` : `${at}${problem.message}; the entry is left out`);
  }
  if (!list.size) {
    warnOnce(`${at}portals: No portal declared, so values are checked by their form only`);
    return undefined;
  }
  return list;
}

/**
 * The plugin's settings from a rule context's `settings`, checked and with defaults; throws
 * {@link SettingsError}. `at` is what a setting's name is said after: a host without ESLint's
 * settings (Deno's) passes them on from where its users write them, and names that place.
 */
export function readSettings(settings: Readonly<Record<string, unknown>> | undefined, at: string = ESLINT_SETTINGS): ResolvedSettings {
  const own = settings?.[KEY];
  if (own === undefined) return DEFAULTS;
  if (typeof own !== "object" || own === null || Array.isArray(own)) {
    throw new SettingsError(`settings["${KEY}"]: Expected an object, such as { followImports: false }`);
  }
  return resolvedOf.get(own) ?? resolvedOf.set(own, resolve(own, at));
}

/** The settings of one config's `settings["portal-slug"]` object, checked and with defaults; throws {@link SettingsError}. */
function resolve(own: object, at: string): ResolvedSettings {
  for (const key of Object.keys(own)) {
    if (!KNOWN.has(key)) throw new SettingsError(`${at}${key}: Not a setting of eslint-plugin-portal-slug, which knows ${[...KNOWN].join(" and ")}`);
  }
  const { followImports = true, portals } = own as PortalSlugSettings;
  if (typeof followImports !== "boolean") throw new SettingsError(`${at}followImports: Expected true or false, got ${kindOf(followImports)}`);
  return { followImports, portals: portalsOf(portals, at) };
}
