// The real half of the corpus: JavaScript that people actually wrote, taken offline from the
// packages installed under node_modules/.pnpm. Lint cost depends on real code's shape (nesting,
// scopes, long functions, comments), which generated code imitates badly.
import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { dirname, extname, join, relative, sep } from "node:path";

const EXTENSIONS = new Set([".js", ".mjs", ".cjs"]);
/** Tiny files (re-export stubs) would only measure ESLint's per-file overhead. */
const MIN_BYTES = 300;
/** A line this long means minified or generated code. */
const MAX_LINE = 1000;

/** Every package folder in a pnpm store, as [package name, folder], sorted so that the walk is stable. */
function packageFolders(store) {
  const folders = [];
  for (const entry of readdirSync(store).sort()) {
    const modules = join(store, entry, "node_modules");
    if (!existsSync(modules)) continue;
    // In an entry's node_modules the package itself is a real folder; its dependencies are
    // symlinks to other entries, which are walked under their own names.
    for (const name of readdirSync(modules).sort()) {
      const path = join(modules, name);
      if (lstatSync(path).isSymbolicLink()) continue;
      if (name.startsWith("@")) {
        for (const inner of readdirSync(path).sort()) {
          const innerPath = join(path, inner);
          if (!lstatSync(innerPath).isSymbolicLink()) folders.push([`${name}/${inner}`, innerPath, entry]);
        }
      } else if (!name.startsWith(".")) {
        folders.push([name, path, entry]);
      }
    }
  }
  return folders;
}

/** The source files of one package folder, without following symlinks or nested node_modules. */
function sourceFiles(folder) {
  const files = [];
  const walk = (dir) => {
    for (const dirent of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, dirent.name);
      if (dirent.isDirectory()) {
        if (dirent.name !== "node_modules") walk(path);
      } else if (dirent.isFile() && EXTENSIONS.has(extname(dirent.name)) && !/\.min\.|\.bundle\.|^eslint\.config\./.test(dirent.name)) {
        // A package's own eslint.config.js would be one more config for ESLint 10 to load, in
        // the corpus and in the repository around it.
        files.push(path);
      }
    }
  };
  walk(folder);
  return files;
}

/**
 * How Node would load the file: `.mjs`/`.cjs` say so, a `.js` follows the nearest package.json's
 * `type`. ESLint must parse each file as what it is, or it only measures parse errors.
 */
function declaredSourceType(file, packageRoot, cache) {
  const ext = extname(file);
  if (ext === ".mjs") return "module";
  if (ext === ".cjs") return "commonjs";
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (!cache.has(dir)) {
      const manifest = join(dir, "package.json");
      let type;
      if (existsSync(manifest)) {
        try {
          type = JSON.parse(readFileSync(manifest, "utf8")).type ?? "commonjs";
        } catch {
          type = undefined;
        }
      }
      cache.set(dir, type);
    }
    const type = cache.get(dir);
    if (type) return type === "module" ? "module" : "commonjs";
    if (dir === packageRoot || dir === dirname(dir)) return "commonjs";
  }
}

/**
 * Picks up to `count` real files of at most `maxBytes` (bigger ones are mostly bundles or
 * generated tables, and a few of them would dominate the lint time): at most `perPackage` from any one package (core-js alone has
 * thousands of near-identical polyfill files), no file twice (the store holds several versions
 * of eslint and typescript-eslint), each one that espree parses as the source type it declares.
 */
export function harvest({ store, espree, random, count, perPackage, maxBytes }) {
  const byName = new Map();
  for (const [name, folder, entry] of packageFolders(store)) {
    const list = byName.get(name) ?? [];
    for (const file of sourceFiles(folder)) list.push({ name, entry, folder, file });
    byName.set(name, list);
  }
  const seen = new Set();
  const manifestTypes = new Map();
  const chosen = [];
  for (const [name, candidates] of [...byName].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let taken = 0;
    for (const candidate of random.shuffle(candidates)) {
      if (taken >= perPackage) break;
      const size = lstatSync(candidate.file).size;
      if (size < MIN_BYTES || size > maxBytes) continue;
      const text = readFileSync(candidate.file, "utf8");
      if (text.split("\n").some((line) => line.length > MAX_LINE)) continue;
      const hash = createHash("sha1").update(text).digest("hex");
      if (seen.has(hash)) continue;
      seen.add(hash);
      const declared = declaredSourceType(candidate.file, candidate.folder, manifestTypes);
      // Some `.js` in CommonJS packages is ESM for bundlers; take it as what parses.
      const sourceType = [declared, declared === "module" ? "commonjs" : "module"].find((type) => {
        try {
          espree.parse(text, { ecmaVersion: "latest", sourceType: type, range: false, loc: false });
          return true;
        } catch {
          return false;
        }
      });
      if (!sourceType) continue;
      // The package's own path keeps the file recognisable in reports (eslint@10.15.0/lib/...).
      const path = join(candidate.entry.split("_")[0].replaceAll("+", "__"), relative(candidate.folder, candidate.file)).split(sep).join("/");
      chosen.push({ package: name, path, sourceType, text });
      taken++;
    }
  }
  // Every package had its fair chance; a seeded draw then sets the corpus size.
  return random
    .shuffle(chosen)
    .slice(0, count)
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}
