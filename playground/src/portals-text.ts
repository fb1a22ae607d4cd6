/** The known portals as text, one a line: how the portals box and a link's `portals=` both spell them. */

/** The portals `text` declares: one a line, trimmed, blank lines and repeats left out. */
export function parsePortals(text: string): string[] {
  return [...new Set(text.split(/\r?\n/).map((line) => line.trim()))].filter((line) => line !== "");
}
