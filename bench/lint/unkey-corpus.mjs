// The second corpus of the lint benchmark: Unkey's own monorepo (github.com/unkeyed/unkey),
// about 2,600 TypeScript files a team really wrote, read from a checkout the user names
// (`--unkey=DIR` or UNKEY_DIR), with the generated portal modules of the first corpus beside it,
// so that the rule has portal calls, and imports to follow, among real TypeScript. Its code is
// copied into the corpus folder for the run and never committed.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { generate } from "./generate.mjs";
import { seeded } from "./random.mjs";

/** What is copied: TypeScript sources, and the files that tell how they resolve. */
const SOURCE = /\.(?:ts|tsx|mts|cts)$/;
const KEEP = new Set(["tsconfig.json", "package.json"]);

/**
 * Code Unkey does not write by hand (the Speakeasy SDK, protobuf-es output), which its own
 * Biome config ignores too; `UNKEY_CORPUS=all` keeps it.
 */
const GENERATED = ["web/internal/api/", "web/apps/dashboard/gen/"];

/** Where the monorepo's checkout is, from the command line or the environment; `undefined` when not given. */
export function unkeySource(argv = process.argv, env = process.env) {
  const flag = argv.find((arg) => arg.startsWith("--unkey="));
  return flag ? flag.slice("--unkey=".length) : env.UNKEY_DIR || undefined;
}

/** Copies the checkout's TypeScript into `dir/unkey` and writes the generated modules into `dir/generated`. */
export function buildUnkeyCorpus({ source, dir, seed, generatedFiles }) {
  if (!existsSync(join(source, "web")))
    throw new Error(`${source} is no checkout of unkeyed/unkey (no web/ folder): git clone https://github.com/unkeyed/unkey`);
  rmSync(dir, { recursive: true, force: true });
  const skip = process.env.UNKEY_CORPUS === "all" ? [] : GENERATED;
  const fingerprint = createHash("sha256");
  let files = 0;
  let bytes = 0;
  let lines = 0;
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      const inRepo = relative(source, path).split(sep).join("/");
      if (entry.isDirectory()) {
        if (!["node_modules", "dist", ".next", ".git", ".turbo"].includes(entry.name) && !skip.some((prefix) => `${inRepo}/`.startsWith(prefix))) walk(path);
        continue;
      }
      const code = SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts");
      if (!entry.isFile() || (!code && !KEEP.has(entry.name))) continue;
      const target = join(dir, "unkey", inRepo);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(path, target);
      if (!code) continue;
      const text = readFileSync(path, "utf8");
      fingerprint.update(`${inRepo}\0${text}\0`);
      files++;
      bytes += Buffer.byteLength(text);
      lines += text.split("\n").length;
    }
  };
  walk(source);
  const { files: generated, expectedReports } = generate({ random: seeded(seed ^ 0x5eed), count: generatedFiles });
  for (const file of generated) {
    const target = join(dir, "generated", file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    fingerprint.update(`${file.path}\0${file.text}\0`);
    bytes += Buffer.byteLength(file.text);
    lines += file.text.split("\n").length;
  }
  // The project service, in the typed run, needs a tsconfig for the generated JavaScript too.
  writeFileSync(
    join(dir, "generated", "tsconfig.json"),
    JSON.stringify({ compilerOptions: { allowJs: true, checkJs: false, noEmit: true, target: "es2022", module: "nodenext" }, include: ["**/*.js"] }),
  );
  writeFileSync(join(dir, ".gitignore"), "*\n");
  return {
    files: files + generated.length,
    realFiles: files,
    generatedFiles: generated.length,
    portalFiles: generated.filter((file) => file.expected > 0 || file.path.includes("/portal-")).length,
    bytes,
    lines,
    expectedReports,
    fingerprint: fingerprint.digest("hex").slice(0, 12),
  };
}
