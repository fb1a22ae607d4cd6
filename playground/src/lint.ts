/**
 * The plugin in the page: every rule its `rules` export holds, run through ESLint's browser
 * `Linter` on the editor's code, with typescript-eslint's parser for TypeScript and ESLint's own
 * (espree) for JavaScript, and the known portals as the plugin's shared setting. The page adds
 * no rule of its own: what is reported is what `eslint` reports for the same file and config.
 */
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint/universal";
import plugin, { rules } from "eslint-plugin-portal-slug";

/** The language the code is read as. */
export type Language = "ts" | "js";

/** The plugin's name in a config, as its docs write it. */
const PLUGIN = "portal-slug";

/** Every rule of the plugin, as `portal-slug/<name>`, each with its docs link. */
export const RULES: readonly { readonly id: string; readonly url: string | undefined }[] = Object.entries(rules).map(([name, rule]) => ({
  id: `${PLUGIN}/${name}`,
  url: rule.meta?.docs?.url,
}));

/** The file name the snippet is linted as: no folder, as an editor's unsaved buffer has none, so no import is followed. */
export const FILE_NAMES: Readonly<Record<Language, string>> = { ts: "snippet.ts", js: "snippet.js" };

const linter = new Linter({ configType: "flat", cwd: "/" });

/** The config: every rule on, as errors; TypeScript files parsed by typescript-eslint. */
function configFor(settings: Record<string, unknown>): Linter.Config[] {
  return [
    { files: ["**/*.ts"], languageOptions: { parser: tsParser } },
    {
      plugins: { [PLUGIN]: plugin },
      rules: Object.fromEntries(RULES.map(({ id }) => [id, "error"])),
      settings,
    },
  ];
}

/** What one lint gave. */
export interface LintOutcome {
  /** ESLint's messages: rule reports, and a parsing error as a fatal message. */
  readonly messages: readonly Linter.LintMessage[];
  /** How long `verify` took, in milliseconds. */
  readonly milliseconds: number;
  /** The plugin's words when it refused the settings; the lint then ran without them. */
  readonly settingsRefused?: string;
  /** The error when linting failed even without settings (a rule that threw): nothing was reported. */
  readonly failure?: string;
}

/** The first line of an error's message, which is what ESLint's wrapper adds its context after. */
const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";

/**
 * Lints `code` as `language` with `portals` declared. No known portal means no setting at all
 * (an empty list could read as "no portal exists"). A plugin that does not take the setting
 * throws on it; the code is then linted without it and the refusal is said, so the page works
 * with a plugin from before and after the setting.
 */
export function lintSnippet(code: string, language: Language, portals: readonly string[]): LintOutcome {
  const filename = FILE_NAMES[language];
  const withPortals = portals.length ? { [PLUGIN]: { portals: [...portals] } } : undefined;
  const started = performance.now();
  const run = (settings: Record<string, unknown>) => linter.verify(code, configFor(settings), { filename });
  try {
    const messages = run(withPortals ?? {});
    return { messages, milliseconds: performance.now() - started };
  } catch (error) {
    if (!withPortals) return { messages: [], milliseconds: performance.now() - started, failure: reason(error) };
    try {
      const messages = run({});
      return { messages, milliseconds: performance.now() - started, settingsRefused: reason(error) };
    } catch (again) {
      return { messages: [], milliseconds: performance.now() - started, failure: reason(again) };
    }
  }
}
