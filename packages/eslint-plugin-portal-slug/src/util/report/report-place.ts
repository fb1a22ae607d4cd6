// util/report/: where a report about a value stands in the linted file, and how it names a value written elsewhere.
/**
 * Where a report about a value stands. ESLint reports only in the file it lints: a value written
 * there is reported where it is written; a value written in another module is reported at the
 * linted file's expression that leads to it, and its message says where it is written.
 */
import { relative, sep } from "node:path";
import type { TSESTree } from "@typescript-eslint/utils";
import type { Ref } from "../values/scope.js";

/** Where a value written in another module is: its file, and its node there. */
export interface Origin {
  readonly path: string;
  readonly node: TSESTree.Node;
}

/** The linted file's node a report about `ref` stands on, and the origin when it is written elsewhere; `undefined` when no node of the file leads there. */
export function placeOf(ref: Ref): { readonly node: TSESTree.Node; readonly origin?: Origin } | undefined {
  if (!ref.scope.module) return { node: ref.node };
  return ref.use ? { node: ref.use, origin: { path: ref.scope.module.path, node: ref.node } } : undefined;
}

/** " (written at path:line:column)" for a value written elsewhere, relative to ESLint's working folder and with "/"; "" for one of the linted file. */
export function writtenAt(cwd: string, origin: Origin | undefined): string {
  if (!origin) return "";
  const { line, column } = origin.node.loc.start;
  return ` (written at ${relative(cwd, origin.path).split(sep).join("/")}:${line}:${column + 1})`;
}

/** The most characters (whole ones: an emoji is one) of a value a message quotes whole; a longer one is cut to one fewer and "…". */
export const LONGEST_QUOTED = 70;

/**
 * A value for a message: quoted, and cut so that a megabyte literal makes a short message; cut
 * by whole characters, as the Biome plugin's pattern cuts it, so that an emoji is never halved.
 */
export const quoted = (value: string): string => {
  // Two code units a character at most: this slice holds one character more than the most quoted whole, when there is one.
  const head = [...value.slice(0, 2 * (LONGEST_QUOTED + 1))];
  return JSON.stringify(head.length > LONGEST_QUOTED ? `${head.slice(0, LONGEST_QUOTED - 1).join("")}…` : value);
};
