// The pages the docs harness holds to the code, and the fenced blocks and markers in them.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Block, PageItem } from "./model.js";

/**
 * Every page whose blocks the suite runs, relative to the repository root: the READMEs (root and
 * each package's), docs/*.md and the rules' pages.
 */
export function docPages(root: string): string[] {
  const markdownIn = (folder: string) =>
    readdirSync(join(root, folder))
      .filter((file) => file.endsWith(".md"))
      .sort()
      .map((file) => `${folder}/${file}`);
  const packages = readdirSync(join(root, "packages")).sort();
  return [
    "README.md",
    ...packages.map((name) => `packages/${name}/README.md`),
    ...markdownIn("docs"),
    ...markdownIn("packages/eslint-plugin-portal-slug/docs/rules"),
  ];
}

const FRESH_PROJECT = /^\s*<!--\s*docs-test:\s*fresh project\s*-->\s*$/;

/** An info string's words: the language, `key="value"` attributes and bare flags. */
function readInfo(info: string): { lang: string; attributes: Map<string, string>; flags: Set<string>; rest: string[] } {
  const words = info.match(/[\w-]+="[^"]*"|\S+/g) ?? [];
  const [lang = "", ...others] = words;
  const attributes = new Map<string, string>();
  const flags = new Set<string>();
  const rest: string[] = [];
  for (const word of others) {
    const attribute = /^([\w-]+)="([^"]*)"$/.exec(word);
    if (attribute) attributes.set(attribute[1] as string, attribute[2] as string);
    else if (/^[\w-]+$/.test(word)) flags.add(word);
    else rest.push(word);
  }
  return { lang: lang.toLowerCase(), attributes, flags, rest };
}

/**
 * The blocks and markers of a page, in order. A fence is three or more backticks or tildes,
 * indented up to the depth of a list item; the block ends at a fence of the same character, at
 * least as long, with nothing after it. Attributes other than `title` are refused, so that a typo
 * in one cannot turn a block into something the harness silently skips.
 */
export function readPage(text: string): { items: PageItem[]; errors: { line: number; message: string }[] } {
  const items: PageItem[] = [];
  const errors: { line: number; message: string }[] = [];
  const lines = text.split("\n");
  let offset = 0;
  const offsets = lines.map((line) => {
    const at = offset;
    offset += line.length + 1;
    return at;
  });
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    if (FRESH_PROJECT.test(line)) {
      items.push({ kind: "fresh-project", line: index + 1 });
      continue;
    }
    const open = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(line);
    if (!open) continue;
    const [, indent = "", fence = "", info = ""] = open;
    const close = new RegExp(`^\\s*${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
    let last = index + 1;
    while (last < lines.length && !close.test(lines[last] as string)) last++;
    if (last >= lines.length) {
      errors.push({ line: index + 1, message: "a code block is never closed" });
      break;
    }
    const { lang, attributes, flags, rest } = readInfo(info.trim());
    const unknown = [...attributes.keys()].filter((key) => key !== "title");
    if (unknown.length > 0 || rest.length > 0)
      errors.push({ line: index + 1, message: `unknown words in the info string: ${[...unknown, ...rest].join(", ")}` });
    const body = lines.slice(index + 1, last);
    const code = body.map((text) => (text.startsWith(indent) ? text.slice(indent.length) : text.trimStart())).join("\n");
    const block: Block = {
      lang,
      title: attributes.get("title"),
      flags,
      code,
      line: index + 1,
      start: offsets[index + 1] as number,
      end: offsets[last] as number,
      indent,
    };
    items.push({ kind: "block", ...block });
    index = last;
  }
  return { items, errors };
}

/** The page with the given blocks' code replaced, each line indented as its fence is. */
export function rewriteBlocks(text: string, replacements: readonly { block: Block; code: string }[]): string {
  let result = text;
  for (const { block, code } of [...replacements].sort((a, b) => b.block.start - a.block.start)) {
    const body = code
      .split("\n")
      .map((line) => (line === "" ? "" : block.indent + line))
      .join("\n");
    result = result.slice(0, block.start) + body + "\n" + result.slice(block.end);
  }
  return result;
}
