/**
 * The project's own ESLint, found from the working directory as `npx eslint` finds it, with the
 * config it would use: the core depends on nothing, so `fix` lints with what the user installed
 * (ESLint 8.57 and later, through `loadESLint`, which picks flat config or eslintrc as the
 * `eslint` command does). Only the few members of ESLint's API that `fix` uses are named here.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { visible } from "../text.js";
import { Failure, firstLine } from "./failure.js";

/** One of ESLint's messages, as much of it as `fix` reads. */
export interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly fatal?: boolean | undefined;
  readonly suggestions?:
    readonly { readonly messageId?: string | undefined; readonly fix: { readonly range: readonly [number, number]; readonly text: string } }[] | undefined;
}

/** One file's result of `lintFiles`. */
export interface LintResult {
  readonly filePath: string;
  readonly messages: readonly LintMessage[];
  /** The text linted, which ESLint gives when it has something to say of it. */
  readonly source?: string | undefined;
}

/** The project's ESLint, as `fix` uses it. */
export interface ProjectEslint {
  /** Its version, as ESLint says it. */
  readonly version: string;
  /** Lints the files `patterns` name, as the `eslint` command would; a config that cannot be loaded is a {@link Failure}. */
  lintFiles(patterns: readonly string[]): Promise<readonly LintResult[]>;
  /** Lints `text` as the file at `filePath` would be, with that file's config. */
  lintText(text: string, filePath: string): Promise<readonly LintMessage[]>;
  /**
   * What the config does for the file at `filePath`: turns on one of the plugin's rules (`on`),
   * none of them (`off`), or has no block for the file at all (`none`), which ESLint lints with
   * no rule, warning that no configuration matched it.
   */
  portalSlugFor(filePath: string): Promise<"on" | "off" | "none">;
}

/** The members of ESLint's `ESLint` class that `fix` calls. */
interface EslintInstance {
  lintFiles(patterns: string[]): Promise<LintResult[]>;
  lintText(text: string, options: { filePath: string; warnIgnored: boolean }): Promise<LintResult[]>;
  calculateConfigForFile(filePath: string): Promise<{ rules?: Record<string, unknown> } | undefined>;
}

/** The `ESLint` class, and `loadESLint`, which answers the class the `eslint` command would use. */
interface EslintModule {
  readonly ESLint?: (new (options: { cwd: string }) => EslintInstance) & { readonly version?: string };
  readonly loadESLint?: (options: { cwd: string }) => Promise<NonNullable<EslintModule["ESLint"]>>;
}

/** What to install, said once wherever something is missing. */
const INSTALL = "npm install --save-dev eslint eslint-plugin-portal-slug";

/** Whether a rule's setting, in flat config's form or eslintrc's, turns it on. */
const isOn = (setting: unknown): boolean => {
  const severity = Array.isArray(setting) ? (setting[0] as unknown) : setting;
  return severity !== 0 && severity !== "off" && severity !== undefined;
};

/**
 * The ESLint installed where `cwd` is, ready to lint with the project's config. No ESLint there
 * is a {@link Failure} that says what to install.
 */
export async function projectEslint(cwd: string): Promise<ProjectEslint> {
  let entry: string;
  try {
    // Resolved as from a file in `cwd`, so that node_modules folders above it count too.
    entry = createRequire(join(cwd, "noop.js")).resolve("eslint");
  } catch {
    throw new Failure([`Missing ESLint: fix lints with the project's own ESLint, and none is installed here; install it with ${INSTALL}`]);
  }
  const module = (await import(pathToFileURL(entry).href)) as EslintModule & { readonly default?: EslintModule };
  const api = module.loadESLint || module.ESLint ? module : (module.default ?? {});
  const Eslint = api.loadESLint ? await api.loadESLint({ cwd }) : api.ESLint;
  if (!Eslint) throw new Failure([`the ESLint at ${visible(entry)} has no ESLint class: fix needs ESLint 8.57 or later; install it with ${INSTALL}`]);
  const eslint = new Eslint({ cwd });
  return {
    version: Eslint.version ?? "unknown",
    lintFiles: async (patterns) => {
      try {
        return await eslint.lintFiles([...patterns]);
      } catch (error) {
        throw new Failure([configProblem(error)]);
      }
    },
    lintText: async (text, filePath) => (await eslint.lintText(text, { filePath, warnIgnored: false }))[0]?.messages ?? [],
    portalSlugFor: async (filePath) => {
      const config = await eslint.calculateConfigForFile(filePath);
      if (config === undefined) return "none";
      return Object.entries(config.rules ?? {}).some(([rule, setting]) => rule.startsWith("portal-slug/") && isOn(setting)) ? "on" : "off";
    },
  };
}

/**
 * Whether ESLint left the file of `result` unlinted because one of its config's ignore patterns
 * matches it, as its own warning on the file says (the same words from ESLint 8.57 to 10): told
 * apart from a file no block of the config matches, which ESLint also ignores.
 */
export function ignoredByPattern(result: LintResult): boolean {
  return result.messages.some(({ message }) => message.startsWith("File ignored because of a matching ignore pattern"));
}

/** What went wrong when ESLint could not lint at all, in one line: the plugin missing, or ESLint's own words. */
function configProblem(error: unknown): string {
  const said = firstLine(error);
  if (/eslint-plugin-portal-slug/.test(said) && /cannot find|not found/i.test(said)) {
    return `Missing eslint-plugin-portal-slug: the ESLint config imports it, and it is not installed; install it with ${INSTALL}`;
  }
  return `ESLint cannot lint: ${said}`;
}
