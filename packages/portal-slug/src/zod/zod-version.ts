/**
 * The zod these schemas need. zod 3 (whose root module zod 3.25 still is, installed past npm's
 * peer check with --legacy-peer-deps) takes them without a word and drops every message they give.
 */
import * as z from "zod";

/**
 * Throws, naming the zod needed, when the zod installed is older than 4. Called by each module of
 * the subpath as it loads, so that a bundler that keeps any of its schemas keeps the check too.
 */
export function assertZod4(): void {
  if (!("_zod" in z.string())) {
    throw new Error('portal-slug/zod needs zod 4 ("zod": "^4.0.0"): the zod installed is older, and would drop these schemas\' messages');
  }
}
