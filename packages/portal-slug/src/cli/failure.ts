/**
 * A problem the command cannot get past that is not in how it was called: a file that cannot be
 * read or holds no list, a missing ESLint. Each is said in one line, without the usage, and the
 * command exits 2.
 */
export class Failure extends Error {
  /** `lines` are said one a line, each after `portal-slug: `. */
  constructor(readonly lines: readonly string[]) {
    super(lines.join("\n"));
    this.name = "Failure";
  }
}
