/**
 * `portal-slug suggest`: the slug each text most likely meant, one line an input, so that the
 * output lines stay in step with the input lines.
 */
import { suggestPortalSlug } from "../suggest.js";
import { visible } from "../text.js";
import { UsageError, parseArgs } from "./arguments.js";
import type { CliIo } from "./io.js";
import { ECHOED } from "./render.js";
import { cut, inputs, type Output } from "./streams.js";

/** Runs `suggest` with its arguments: status 1 when some text gives no slug. */
export async function suggest(args: readonly string[], io: CliIo, output: Output, status: { code: number }): Promise<void> {
  const { operands } = parseArgs(args, { command: "suggest", flags: [], values: [] });
  if (operands.length === 0) throw new UsageError('Missing the texts to make slugs of: give them as arguments, or "-" to read them from stdin');
  let count = 0;
  for await (const batch of inputs(operands, io.stdin, output, "keep")) {
    // What stderr says of the batch, written at once and waited for, as stdout's lines are.
    let said = "";
    for (const { text } of batch) {
      // Stryker disable next-line UpdateOperator: equivalent, count is only compared with 0, which counting down from 0 never reaches either
      count++;
      const suggestion = suggestPortalSlug(text);
      // One line an input, an empty one where there is no answer, so that the lines stay in step.
      output.write(`${suggestion ?? ""}\n`);
      if (suggestion !== undefined) continue;
      status.code = 1;
      said += `"${visible(cut(text, ECHOED))}${text.length > ECHOED ? "…" : ""}" makes no slug: fewer than 3 of its characters can be written with a-z and 0-9\n`;
    }
    // Stryker disable next-line ConditionalExpression: equivalent, writing nothing to stderr says nothing: the test only spares the write
    if (said) await io.stderr(said);
  }
  if (count === 0) throw new UsageError("stdin held no text: one a line");
}
