// The types of bundle.mjs, for the TypeScript tests that import it.
import type { Metafile } from "esbuild";

/** Node.js modules and the file that stands in for each in the page. */
export declare const NODE_STAND_INS: Readonly<Record<string, string>>;

/** Bundles `entry` (a file, or code written in place) as the page is bundled: one minified script, and esbuild's metafile. */
export declare function bundle(
  entry: string | { readonly contents: string; readonly resolveDir: string },
): Promise<{ readonly code: string; readonly metafile: Metafile }>;
