/**
 * The loader of the modules a linted file imports, as the rules' file scope asks for them:
 * built on the first import that needs following, with the program's resolution when the
 * parser made one and the file's own parser, and none at all when the settings say so.
 */
import { isAbsolute } from "node:path";
import type { TSESLint } from "@typescript-eslint/utils";
import { createModuleGraph, type LoadModule } from "./module-graph.js";
import { createModuleParser, type LanguageOptions } from "./module-parser.js";
import { programResolver } from "./module-resolution.js";
import type { ResolvedSettings } from "../settings.js";

/** What the loader needs of a rule's context. */
type Context = Readonly<Pick<TSESLint.RuleContext<string, readonly unknown[]>, "filename" | "physicalFilename" | "languageOptions" | "sourceCode">>;

/** The loader of the modules the file `context` lints imports. */
export function createModuleLoader(context: Context, { followImports }: ResolvedSettings): LoadModule {
  if (!followImports) return () => undefined;
  let load: LoadModule | undefined;
  const filename = context.physicalFilename;
  return (specifier, at) => {
    // A file with no path (`<input>`, an editor's unsaved buffer) has no neighbours to import.
    if (!isAbsolute(filename)) return undefined;
    load ??= createModuleGraph({
      filename,
      // The parsers are chosen by the name the file is linted under: a code block's (README.md/0.ts)
      // is a script's, though its imports are resolved from the Markdown file's folder.
      parse: createModuleParser(context.languageOptions as LanguageOptions, context.filename),
      resolveInProgram: programResolver(context.sourceCode.parserServices),
    });
    return load(specifier, at);
  };
}
