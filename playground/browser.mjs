// The built page in a real browser, as the browser test and the measurements open it: served by
// `npm run playground`'s own server on a free port of 127.0.0.1, in Debian's Chromium driven by
// playwright-core. No browser is downloaded (none can be here): `.ci/run` installs the
// `chromium` package when /usr/bin/chromium is missing.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

/** Where Debian's `chromium` package puts the browser. */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Chromium without a sandbox (CI runs as root in a container), a GPU, or any traffic of its own
 * (updates, sync, safe browsing), so that every request seen is the page's.
 */
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Launches Chromium; throws, saying how to install it, when it is missing. */
export async function launchChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get update && apt-get install -y chromium), as .ci/run does`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** Starts `serve.mjs` on a free port and answers the page's address and a way to stop the server. */
export function servePlayground() {
  const server = spawn(process.execPath, [fileURLToPath(new URL("serve.mjs", import.meta.url)), "--port=0"], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((resolve, reject) => {
    const failed = (why) => {
      server.kill();
      reject(new Error(`the playground's server did not start: ${why}${output ? `\n${output}` : ""}`));
    };
    server.stderr.on("data", (chunk) => (output += chunk));
    server.on("error", (error) => failed(error.message));
    server.on("exit", (code) => failed(`it exited with ${code}`));
    server.stdout.on("data", (chunk) => {
      output += chunk;
      const url = /^http:\/\/127\.0\.0\.1:\d+\/$/m.exec(output)?.[0];
      if (!url) return;
      server.removeAllListeners("exit");
      resolve({
        url,
        stop: () =>
          new Promise((stopped) => {
            if (server.exitCode !== null) return stopped();
            server.once("exit", () => stopped());
            server.kill();
          }),
      });
    });
  });
}
