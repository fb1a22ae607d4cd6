// How the benches read their options: `--name=value` on the command line.

/** The value of `--name=value` in `argv`, or `undefined` when it is not given. */
export function flag(name, argv = process.argv) {
  return argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}
