/**
 * From offsets in a decoded string to offsets in the source that spells it. A report belongs on
 * the characters the user typed: in `"my\u005Fportal"` the underscore is six source characters
 * wide, and in a template quasi the text starts after `` ` `` or `}`.
 */
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

/** Where each decoded UTF-16 unit comes from in the raw text between the delimiters. */
interface RawMap {
  readonly decoded: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const SIMPLE_ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", v: "\v" };

/**
 * Decodes the raw text of a string literal or template quasi, remembering each unit's origin.
 * `undefined` for what it does not read with certainty (legacy octal escapes), so that the
 * caller falls back to reporting the whole literal rather than the wrong characters.
 */
export function mapRawText(raw: string): RawMap | undefined {
  let decoded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (text: string, start: number, end: number): void => {
    decoded += text;
    for (let unit = 0; unit < text.length; unit++) {
      starts.push(start);
      ends.push(end);
    }
  };
  let i = 0;
  while (i < raw.length) {
    if (raw[i] === "\r") {
      // Only a template holds a bare line break, and its value reads CRLF and CR as "\n".
      const end = raw[i + 1] === "\n" ? i + 2 : i + 1;
      emit("\n", i, end);
      i = end;
      continue;
    }
    if (raw[i] !== "\\") {
      emit(raw[i] as string, i, i + 1);
      i++;
      continue;
    }
    const next = raw[i + 1] ?? "";
    let end = i + 2;
    let text: string;
    if (next === "x") {
      end = i + 4;
      text = String.fromCharCode(parseInt(raw.slice(i + 2, end), 16));
    } else if (next === "u" && raw[i + 2] === "{") {
      end = raw.indexOf("}", i) + 1;
      const point = parseInt(raw.slice(i + 3, end - 1), 16);
      if (!(point <= 0x10ffff)) return undefined;
      text = String.fromCodePoint(point);
    } else if (next === "u") {
      end = i + 6;
      text = String.fromCharCode(parseInt(raw.slice(i + 2, end), 16));
    } else if (next === "\r" || next === "\n" || next === "\u2028" || next === "\u2029") {
      // A line continuation adds nothing to the value.
      if (next === "\r" && raw[i + 2] === "\n") end++;
      text = "";
    } else if (next === "0" && !/[0-9]/.test(raw[i + 2] ?? "")) {
      text = "\0";
    } else if (/[0-9]/.test(next)) {
      return undefined;
    } else {
      // Any other escaped character stands for itself, a surrogate pair included.
      const point = raw.codePointAt(i + 1) ?? 0;
      text = SIMPLE_ESCAPES[next] ?? String.fromCodePoint(point);
      end = i + 1 + (point > 0xffff ? 2 : 1);
    }
    if (end <= i) return undefined;
    emit(text, i, end);
    i = end;
  }
  return { decoded, starts, ends };
}

/** A source range `[start, end)` in the file's text. */
export type SourceRange = readonly [number, number];

/**
 * The source range of decoded units `[index, end)` of `text`, whose raw spelling starts at
 * `rawStart` in the file; `undefined` when the source does not read back as `text`.
 */
export function sourceRangeOf(
  sourceCode: Readonly<TSESLint.SourceCode>,
  rawStart: number,
  raw: string,
  text: string,
  index: number,
  end: number,
): SourceRange | undefined {
  if (sourceCode.text.slice(rawStart, rawStart + raw.length) !== raw) return undefined;
  const map = mapRawText(raw);
  if (!map || map.decoded !== text || end <= index) return undefined;
  const first = map.starts[index];
  const last = map.ends[end - 1];
  return first === undefined || last === undefined ? undefined : [rawStart + first, rawStart + last];
}

/**
 * Where a string literal's or a template quasi's raw text begins, after its opening delimiter,
 * and that text as the file spells it: a quasi's `value.raw` has its line breaks made "\n",
 * which would not read back from a file with CRLF endings.
 */
export function rawTextOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.StringLiteral | TSESTree.TemplateElement): { start: number; raw: string } {
  if (node.type === "Literal") return { start: node.range[0] + 1, raw: node.raw.slice(1, -1) };
  // A quasi's range holds its delimiters: "`" or "}" before, "`" or "${" after.
  const start = node.range[0] + 1;
  return { start, raw: sourceCode.text.slice(start, node.range[1] - (node.tail ? 1 : 2)) };
}
