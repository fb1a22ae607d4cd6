/**
 * The rules of docs/messages.md that a program can check, as one checker every test of a message
 * uses: the core's issues, the lint reports, the thrown errors, the compile-time messages, the
 * CLI's lines. What it cannot check (that a reason is helpful, that the words are plain) is the
 * reviewer's; what it can, no message escapes.
 */

/** How a message is checked: the suggestion it must name last, and the quote its values are shown in. */
export interface MessageStyleOptions {
  /** The value the message must name last (`; write "x"`, or `; write "x" there`), when its issue carries one. */
  readonly suggestion?: string | undefined;
  /** The compile-time messages quote with `'`, since the compiler escapes `"`; everything else with `"`. */
  readonly quote?: '"' | "'" | undefined;
}

/**
 * A field path said before what is wrong there (`scopes[1]: `, `settings["portal-slug"].portals: `),
 * the CLI's option or file (`--portals-file p.js: `, `src/a.ts: `, `src/a.ts:3:7: `), with what a
 * report adds about the place in parentheses (`(and 2 more values of its type)`,
 * `(written at src/config/portals.ts:8:7)`).
 */
const PATH = /^(?:(?:[A-Za-z_$][\w$]*(?:\[[^\]]*\]|\.[\w$]+)*|--[a-z-]+(?: [^\s:]+)?|[\w./-]+\.[a-z]+(?::\d+:\d+)?)(?: \([^)]*\))*: )+/;

/** The suggestion clause a message ends with, and what may follow one: the end, or the next field's problems. */
const writeClause = (quote: string): RegExp => new RegExp(`; write ${quote}[^${quote}]*${quote}(?: there)?(?=$|; also )`, "g");

/** `message` with every quoted value taken out, so that what is checked is the message's own words. */
function ownWords(message: string, quote: string): string {
  const quoted = quote === '"' ? /"(?:[^"\\]|\\.)*"/g : /'[^']*'/g;
  return message.replace(quoted, quote + quote);
}

/** Every rule of docs/messages.md that `message` breaks, each said in a line; empty when it keeps them all. */
export function messageStyleProblems(message: string, options: MessageStyleOptions = {}): string[] {
  const quote = options.quote ?? '"';
  const problems: string[] = [];
  if (typeof message !== "string" || !message.trim()) return ["is empty"];
  const words = ownWords(message, quote);
  const subject = message.replace(PATH, "");
  // What it is about first: the quoted value or characters, else a capital letter.
  if (!subject.startsWith(quote) && !/^[A-Z]/.test(subject))
    problems.push(`starts with neither a quoted value nor a capital letter: ${JSON.stringify(subject.slice(0, 20))}`);
  // ESLint's stylish formatter drops a final full stop, oxlint keeps it: neither is written.
  if (/[.?!]$/.test(message)) problems.push(`ends with ${JSON.stringify(message.slice(-1))}`);
  if (/\s$/.test(message)) problems.push("ends with whitespace");
  // One sentence: parts joined with ":" and ";", never a full stop or a question.
  if (/[.?!]\s/.test(words)) problems.push(`joins sentences with ${JSON.stringify(/[.?!]\s/.exec(words)?.[0])}`);
  if (/[\n\r]/.test(words)) problems.push("breaks the line");
  // Where: "at index N", from 0; never "at N", never a span "N-M", never the end.
  if (/\bat (?!index )\d/.test(words)) problems.push(`says a position without "index": ${JSON.stringify(/\bat \d+\S*/.exec(words)?.[0])}`);
  if (/\bat (?:index )?\d+\s*[-–]\s*\d/.test(words)) problems.push(`says a span: ${JSON.stringify(/\bat (?:index )?\d+\s*[-–]\s*\d+/.exec(words)?.[0])}`);
  if (/did you mean|probably /i.test(words)) problems.push("asks or guesses instead of naming what to write");
  // What to write: always last, after "; write"; a list of fields' problems ends each with its own.
  const clauses = message.match(writeClause(quote)) ?? [];
  if ((message.match(/; write /g) ?? []).length !== clauses.length) problems.push('has a "; write" clause that is not last');
  if (options.suggestion !== undefined) {
    const named = `; write ${quote}${options.suggestion}${quote}`;
    if (!message.endsWith(named) && !message.endsWith(`${named} there`)) problems.push(`does not end by naming its suggestion: ${named}`);
  }
  return problems;
}

/** Throws, naming the message and every rule it breaks, when `message` does not keep docs/messages.md. */
export function expectMessageStyle(message: string, options: MessageStyleOptions = {}): void {
  const problems = messageStyleProblems(message, options);
  if (problems.length) throw new Error(`${JSON.stringify(message)}\n  breaks docs/messages.md:\n  - ${problems.join("\n  - ")}`);
}
