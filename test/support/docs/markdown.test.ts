// How the docs harness reads a page: every fenced block with its language, title and flags, where
// it stands, and the markers between blocks; and how it writes a block's code back.
import { describe, expect, it } from "vitest";
import { readPage, rewriteBlocks } from "./markdown.js";
import type { Block } from "./model.js";

const page = [
  "# Title", // 1
  "", // 2
  '```js title="eslint.config.js"', // 3
  "export default [];", // 4
  "```", // 5
  "", // 6
  "1. A step:", // 7
  "", // 8
  "   ```ts lint", // 9
  '   call("x");', // 10
  "", // 11
  "   more();", // 12
  "   ```", // 13
  "", // 14
  "<!-- docs-test: fresh project -->", // 15
  "", // 16
  "````md fragment", // 17
  "```ts", // 18
  "inside();", // 19
  "```", // 20
  "````", // 21
  "~~~console", // 22
  "$ npx eslint .", // 23
  "~~~", // 24
  "",
].join("\n");

const blocks = (text: string) => readPage(text).items.filter((item): item is { kind: "block" } & Block => item.kind === "block");

describe("readPage", () => {
  it("reads each block's language, title, flags, line and code, and the markers between them", () => {
    const { items, errors } = readPage(page);
    expect(errors).toEqual([]);
    expect(items.map((item) => (item.kind === "block" ? [item.line, item.lang, item.title, [...item.flags], item.code] : [item.line, item.kind]))).toEqual([
      [3, "js", "eslint.config.js", [], "export default [];"],
      [9, "ts", undefined, ["lint"], 'call("x");\n\nmore();'],
      [15, "fresh-project"],
      [17, "md", undefined, ["fragment"], "```ts\ninside();\n```"],
      [22, "console", undefined, [], "$ npx eslint ."],
    ]);
  });

  it("refuses a word it does not know in an info string, and a block never closed", () => {
    expect(readPage('```js titel="x.js"\nx;\n```\n').errors).toEqual([{ line: 1, message: "unknown words in the info string: titel" }]);
    expect(readPage("text\n```ts\nopen();\n").errors).toEqual([{ line: 2, message: "a code block is never closed" }]);
  });
});

describe("rewriteBlocks", () => {
  it("replaces a block's code, indented as its fence is, and leaves the rest of the page as it was", () => {
    const found = blocks(page);
    const first = found[0] as Block;
    const second = found[1] as Block;
    const rewritten = rewriteBlocks(page, [
      { block: second, code: 'call("x");\n// a note\n\nmore();' },
      { block: first, code: "export default [1];" },
    ]);
    expect(rewritten).toBe(page.replace("export default [];", "export default [1];").replace('   call("x");\n', '   call("x");\n   // a note\n'));
    expect(blocks(rewritten).map((block) => block.code)).toEqual([
      "export default [1];",
      'call("x");\n// a note\n\nmore();',
      "```ts\ninside();\n```",
      "$ npx eslint .",
    ]);
  });
});
