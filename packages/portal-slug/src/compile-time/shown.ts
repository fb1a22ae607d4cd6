/**
 * How the compiler's messages show text: a character by name or in single quotes, a value cut
 * as the runtime's messages cut it, names listed. Single quotes, not the runtime's double ones:
 * the compiler prints an error type inside double quotes and would escape every inner one.
 */
import type { Ascii, Named } from "./characters.js";

/**
 * A character as a message shows it. Single quotes, not the runtime's double ones: the compiler
 * prints an error type inside double quotes and would escape every inner one.
 */
export type Shown<C extends string> = C extends keyof Named ? Named[C] : C extends Ascii ? `'${C}'` : `'${C}' (not ASCII)`;
/** `S` with its double quotes made single, as {@link Shown} quotes characters. */
export type SingleQuoted<S extends string> = S extends `${infer Before}"${infer After}` ? `${Before}'${SingleQuoted<After>}` : S;
/**
 * `T` as the runtime's messages quote a value: its first 40 characters (the contract's
 * `QUOTED_VALUE`), then "…" where it was cut.
 */
export type Shortened<T extends string> =
  T extends `${infer C0}${infer C1}${infer C2}${infer C3}${infer C4}${infer C5}${infer C6}${infer C7}${infer C8}${infer C9}${infer Rest}`
    ? Rest extends `${infer C10}${infer C11}${infer C12}${infer C13}${infer C14}${infer C15}${infer C16}${infer C17}${infer C18}${infer C19}${infer Rest2}`
      ? Rest2 extends `${infer C20}${infer C21}${infer C22}${infer C23}${infer C24}${infer C25}${infer C26}${infer C27}${infer C28}${infer C29}${infer Rest3}`
        ? Rest3 extends `${infer C30}${infer C31}${infer C32}${infer C33}${infer C34}${infer C35}${infer C36}${infer C37}${infer C38}${infer C39}${infer Rest4}`
          ? Rest4 extends ""
            ? T
            : `${C0}${C1}${C2}${C3}${C4}${C5}${C6}${C7}${C8}${C9}${C10}${C11}${C12}${C13}${C14}${C15}${C16}${C17}${C18}${C19}${C20}${C21}${C22}${C23}${C24}${C25}${C26}${C27}${C28}${C29}${C30}${C31}${C32}${C33}${C34}${C35}${C36}${C37}${C38}${C39}…`
          : T
        : T
      : T
    : T;

/** Names in single quotes, joined by commas. */
export type Quoted<Names extends string[]> = Names extends [infer First extends string, ...infer Rest extends string[]]
  ? `'${First}'${Rest extends [] ? "" : `, ${Quoted<Rest>}`}`
  : "";
