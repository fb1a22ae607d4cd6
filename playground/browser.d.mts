// The types of browser.mjs, for the TypeScript test that imports it.
import type { Browser } from "playwright-core";

/** Where Debian's `chromium` package puts the browser. */
export declare const CHROMIUM: string;

/** Launches Chromium; throws, saying how to install it, when it is missing. */
export declare function launchChromium(): Promise<Browser>;

/** Starts `serve.mjs` on a free port and answers the page's address and a way to stop the server. */
export declare function servePlayground(): Promise<{ readonly url: string; readonly stop: () => Promise<void> }>;
