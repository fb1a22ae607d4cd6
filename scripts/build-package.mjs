// Builds the package in the current folder twice from one source: ESM (dist/esm) and CommonJS
// (dist/cjs), each with its declarations beside it, so that `exports` can point `import` and
// `require` at files whose declarations match their module kind.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const run = (...args) => execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json", ...args], { stdio: "inherit" });

rmSync("dist", { recursive: true, force: true });
run("--outDir", "dist/esm");
run("--outDir", "dist/cjs", "--module", "commonjs", "--moduleResolution", "bundler", "--verbatimModuleSyntax", "false");
// The nearest package.json decides how Node and TypeScript read a .js or .d.ts file.
writeFileSync("dist/cjs/package.json", '{ "type": "commonjs" }\n');

// tsc compiles TypeScript only: a CommonJS helper written as JavaScript (with its declaration
// beside it) is the same file in both builds, in the same folder under src/ as under dist/.
for (const file of existsSync("src") ? readdirSync("src", { recursive: true }) : []) {
  // A fixture is another project's file, built by no one.
  if (!/\.(?:cjs|d\.cts)$/.test(file) || /(?:^|[\\/])fixtures[\\/]/.test(file)) continue;
  for (const dist of ["dist/esm", "dist/cjs"]) copyFileSync(`src/${file}`, `${dist}/${file}`);
}
