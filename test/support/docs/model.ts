// What the docs harness reads out of a page, and what it answers: the words every part of it
// shares, so that each checker takes a block and gives back problems and, when asked, new text.

/** One fenced code block of a page, as its info string and its lines say. */
export interface Block {
  /** The language, the info string's first word (`ts`, `console`, `json`…), lowercased. */
  readonly lang: string;
  /** `title="…"`: the file the reader creates, relative to the project. */
  readonly title: string | undefined;
  /** The bare words after the language (`fragment`, `lint`). */
  readonly flags: ReadonlySet<string>;
  /** The code, with the fence's own indentation taken off each line. */
  readonly code: string;
  /** 1-based line of the opening fence in the page. */
  readonly line: number;
  /** Offsets in the page of the code (from the line after the opening fence to the closing fence's line). */
  readonly start: number;
  readonly end: number;
  /** The indentation of the opening fence, put back before each line when the code is rewritten. */
  readonly indent: string;
}

/** `<!-- docs-test: fresh project -->`: what follows starts again from an empty project. */
export interface FreshProject {
  readonly kind: "fresh-project";
  readonly line: number;
}

/** What a page holds, in order. */
export type PageItem = ({ readonly kind: "block" } & Block) | FreshProject;

/** Something a page says that is not so, at a line of the page. */
export interface Problem {
  readonly line: number;
  readonly message: string;
}

/** What checking one block found: its problems, and its code rewritten to what was seen (update mode). */
export interface BlockOutcome {
  readonly problems: readonly Problem[];
  /** The block's code as the tools answered, when it differs and can be written. */
  readonly updated?: string;
}
