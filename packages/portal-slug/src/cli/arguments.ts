/**
 * The command line: where options may stand, which a command takes, and what is an operand.
 * Only "--" starts an option, so that a slug such as "-portal" is checked, not refused.
 */
import { visible } from "../text.js";

/** A problem with the command line itself: exit 2 with the message and the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** What a value option given no value is told, in one place for every option. */
export const missingValue = (name: string): UsageError => new UsageError(`Missing the value of ${name}: give it as ${name} <value> or ${name}=<value>`);

/**
 * The arguments where options may stand, before a bare "--", and those after it, which are all
 * operands: so that "--portal", itself a typo worth checking, can be given.
 */
export function splitAtEnd(args: readonly string[]): [readonly string[], readonly string[]] {
  const end = args.indexOf("--");
  return end < 0 ? [args, []] : [args.slice(0, end), args.slice(end + 1)];
}

/** A command's options: those that stand alone, and those that take a value (`--name value` or `--name=value`). */
export interface OptionSpec {
  /** The command's name, for the messages. */
  readonly command: string;
  readonly flags: readonly string[];
  readonly values: readonly string[];
}

/** A command line split by {@link parseArgs}. */
export interface ParsedArgs {
  /** The flags given. */
  readonly flags: Set<string>;
  /** Each value option given, with its values in the order given. */
  readonly values: Map<string, string[]>;
  /** Everything else, in order: the slugs, texts or paths the command works on. */
  readonly operands: string[];
}

/** What options a command takes, in words. */
function optionsOf({ command, flags, values }: OptionSpec): string {
  const names = [...flags, ...values];
  if (names.length === 0) return `${command} takes none`;
  return `${command} takes ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`}`;
}

/**
 * Splits a command's arguments into its options and its operands. A slug such as "-portal" is an
 * operand: only "--" starts an option, and only before a bare "--". A value option may be given
 * more than once; its values are kept in order.
 */
export function parseArgs(args: readonly string[], spec: OptionSpec): ParsedArgs {
  const [head, tail] = splitAtEnd(args);
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  const operands: string[] = [];
  for (let i = 0; i < head.length; i++) {
    const arg = head[i] as string;
    if (!arg.startsWith("--")) {
      operands.push(arg);
      continue;
    }
    const equals = arg.indexOf("=");
    // Stryker disable next-line EqualityOperator: equivalent, an option starts with "--", so "=" is never its first character
    const name = equals < 0 ? arg : arg.slice(0, equals);
    if (spec.values.includes(name)) {
      // Stryker disable next-line EqualityOperator: equivalent, an option starts with "--", so "=" is never its first character
      const value = equals < 0 ? head[++i] : arg.slice(equals + 1);
      if (value === undefined) throw missingValue(name);
      values.set(name, [...(values.get(name) ?? []), value]);
    } else if (equals < 0 && spec.flags.includes(arg)) flags.add(arg);
    // Escaped: an "option" can carry a terminal escape sequence as easily as a slug can.
    else throw new UsageError(`"${visible(arg)}" is not an option: ${optionsOf(spec)}; put "--" before an argument that starts with "--"`);
  }
  return { flags, values, operands: [...operands, ...tail] };
}
