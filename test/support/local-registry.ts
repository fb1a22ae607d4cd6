// A real npm registry on loopback (Verdaccio, from npm), so that a test can publish the packed
// packages and install them by name as a user will once they are published.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { createInterface } from "node:readline";

/** A running registry: its URL, an npm user config that publishes to it, and how to stop it. */
export interface LocalRegistry {
  readonly url: string;
  /** An npmrc whose `registry` is this one, with a token that may publish. */
  readonly userconfig: string;
  readonly stop: () => void;
}

const verdaccio = createRequire(import.meta.url).resolve("verdaccio");

/**
 * Starts Verdaccio on 127.0.0.1 (a free port) with its storage in `folder`. `ours` are the
 * package names published to it; every other name is fetched through `uplink` (a registry URL),
 * as a user's registry would serve them.
 */
export async function startLocalRegistry(folder: string, ours: readonly string[], uplink: string): Promise<LocalRegistry> {
  mkdirSync(join(folder, "storage"), { recursive: true });
  const config = join(folder, "config.yaml");
  // YAML takes JSON as it is.
  const packages: Record<string, Record<string, string>> = {};
  for (const name of ours) packages[name] = { access: "$all", publish: "$authenticated" };
  packages["**"] = { access: "$all", proxy: "upstream" };
  writeFileSync(
    config,
    JSON.stringify({
      storage: join(folder, "storage"),
      auth: { htpasswd: { file: join(folder, "htpasswd"), max_users: 1 } },
      uplinks: { upstream: { url: uplink, timeout: "60s" } },
      packages,
      log: { type: "stdout", format: "json", level: "error" },
    }),
  );
  // A process of its own, so that a test may wait on npm synchronously while it answers.
  const script = `import { runServer } from ${JSON.stringify(verdaccio)};
const app = await runServer(${JSON.stringify(config)});
const server = app.listen(0, "127.0.0.1", () => console.log("listening " + server.address().port));`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "pipe"] });
  const stop = () => {
    if (child.exitCode === null) child.kill();
  };
  try {
    const port = await listeningPort(child);
    const url = `http://127.0.0.1:${port}/`;
    const token = await addUser(url);
    const userconfig = join(folder, "npmrc");
    writeFileSync(userconfig, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
    return { url, userconfig, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/** The port the child says it listens on, or the reason it never did. */
function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let stderr = "";
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on("line", (line) => {
      const port = /^listening (\d+)$/.exec(line)?.[1];
      if (port) resolve(Number(port));
    });
    child.on("exit", (code) => reject(new Error(`Verdaccio stopped before it listened (exit ${code}):\n${stderr}`)));
  });
}

/** Creates the one user the registry allows, as `npm adduser` does, and answers its token. */
async function addUser(url: string): Promise<string> {
  const name = "portal-slug-tests";
  const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, password: "loopback-only" }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) throw new Error(`Verdaccio refused a user (${response.status}): ${JSON.stringify(body)}`);
  return body.token;
}
