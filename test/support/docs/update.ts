// Update mode: `DOCS_UPDATE=1` makes the docs test write what the tools answered into the pages
// (console outputs, `// →` results, `// type →` types, carets and tildes), formatted by Prettier
// as `npm run format` would, so that a deliberate change of a message is one command.
import { writeFileSync } from "node:fs";
import * as prettier from "prettier";

/** Whether this run rewrites the pages' expectations. */
export const updating = process.env["DOCS_UPDATE"] === "1";

/** Writes a page's new text, formatted as the repository formats it, and answers what was written. */
export async function writePage(path: string, text: string): Promise<string> {
  const options = await prettier.resolveConfig(path);
  const formatted = await prettier.format(text, { ...options, filepath: path });
  writeFileSync(path, formatted);
  return formatted;
}
