// The same with type information: the TypeScript program resolves the imports, and values known
// only by their type (a union of literals) are checked too.
import portalSlug from "eslint-plugin-portal-slug";
import tseslint from "typescript-eslint";

export default [
  tseslint.configs.base,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  portalSlug.configs.recommended,
];
