// `npm run playground`: serves the built page (playground/dist) on this machine only, at
// http://127.0.0.1:5178/ by default (`--port=N`; `--port=0` takes a free port). The first line
// printed is the page's address, for a person or a test to open. A static server of any kind
// does as well: the page is one file that asks for nothing.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("dist/", import.meta.url));
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".png": "image/png" };

const portArg = process.argv.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 5178;

if (!existsSync(join(ROOT, "index.html"))) {
  console.error(`playground: ${join(ROOT, "index.html")} is missing: run npm run playground:build first`);
  process.exit(1);
}

/** The file a request path names inside dist/, or `undefined` for one outside it or missing. */
function fileFor(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const path = normalize(join(ROOT, decoded.endsWith("/") ? `${decoded}index.html` : decoded));
  if (!path.startsWith(ROOT.endsWith(sep) ? ROOT : ROOT + sep)) return undefined;
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

const server = createServer((request, response) => {
  const path = request.method === "GET" || request.method === "HEAD" ? fileFor(new URL(request.url ?? "/", "http://localhost").pathname) : undefined;
  if (!path) {
    response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found\n");
    return;
  }
  response.writeHead(200, { "Content-Type": TYPES[extname(path)] ?? "application/octet-stream", "Cache-Control": "no-cache" });
  if (request.method === "HEAD") response.end();
  else createReadStream(path).pipe(response);
});

server.listen(port, "127.0.0.1", () => {
  const address = server.address();
  console.log(`http://127.0.0.1:${typeof address === "object" && address ? address.port : port}/`);
  console.log("playground: serving playground/dist; Ctrl-C stops");
});
