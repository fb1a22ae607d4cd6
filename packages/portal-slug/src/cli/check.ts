/**
 * `portal-slug check`: each slug (or, with known portals, each `portal` value) judged by the
 * library's own functions and reported, a line of input at a time.
 */
import type { PortalList } from "../portals/portal-list.js";
import { validatePortalRef } from "../ref.js";
import { validatePortalSlug } from "../validate.js";
import { UsageError, parseArgs } from "./arguments.js";
import type { CliIo } from "./io.js";
import { portalsOption } from "./portals-option.js";
import { ECHOED, asciiJson, describe, type Verdict } from "./render.js";
import { cut, inputs, type Input, type Output } from "./streams.js";

/**
 * The verdict on one input: its form, and when portals are known, whether it is one of them, as
 * the library gives it (a malformed value's suggestion the declared portal it is near).
 */
function judge(text: string, portals: PortalList | undefined): Verdict & { readonly kind?: string | undefined } {
  // The known portals are slugs and IDs, so a value is judged as the `portal` field would be.
  return portals ? validatePortalRef(text, { portals }) : validatePortalSlug(text);
}

/**
 * The verdict on `input` as {@link judge} gives it, a line cut to its judged part saying its
 * whole length where it is too long, as the line above the messages says it.
 */
function verdictOn(input: Input, portals: PortalList | undefined): ReturnType<typeof judge> {
  const result = judge(input.text, portals);
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: equivalent, a fast path: a line judged whole is as long as the core counts it (both count code units)
  if (input.length <= input.text.length || !result.issues) return result;
  const whole = `: ${input.length} characters, at most`;
  return {
    ...result,
    issues: result.issues.map((found) =>
      // Stryker disable next-line ConditionalExpression: equivalent, only the too_long message says ": N characters, at most"
      found.code === "too_long" ? { ...found, message: found.message.replace(/: \d+ characters, at most/, whole) } : found,
    ),
  };
}

/** Runs `check` with its arguments: status 1 when any input is invalid or unknown. */
export async function check(args: readonly string[], io: CliIo, output: Output, status: { code: number }): Promise<void> {
  const { flags, values, operands } = parseArgs(args, { command: "check", flags: ["--json"], values: ["--portals", "--portals-file"] });
  const json = flags.has("--json");
  if (operands.length === 0) throw new UsageError('Missing the slugs to check: give them as arguments, or "-" to read them from stdin');
  const portals = await portalsOption(values, io);
  let count = 0;
  // Stryker disable next-line StringLiteral: equivalent, the reader asks only whether blank lines are kept ("keep"): any other word skips them
  for await (const batch of inputs(operands, io.stdin, output, "skip")) {
    for (const input of batch) {
      const result = verdictOn(input, portals);
      if (!result.valid) status.code = 1;
      if (json) {
        // The array is written as it grows, in the layout JSON.stringify(results, null, 2) gives.
        const long = input.text.length > ECHOED;
        const entry = { input: long ? `${cut(input.text, ECHOED)}…` : input.text, ...(long && { inputLength: input.length }), ...result };
        output.write(`${count ? ",\n" : "[\n"}${asciiJson(entry).replace(/^/gm, "  ")}`);
      } else output.write(describe(input, result, io.color));
      // Stryker disable next-line UpdateOperator: equivalent, count is only tested for 0, which counting down from 0 never reaches either
      count++;
    }
  }
  if (count === 0) throw new UsageError("stdin held no slugs: one a line, blank lines skipped");
  if (json) output.write("\n]\n");
}
