// The README's TypeScript setup, without type information: typescript-eslint's parser for every
// file, and the plugin's recommended rules.
import portalSlug from "eslint-plugin-portal-slug";
import tseslint from "typescript-eslint";

export default [tseslint.configs.base, portalSlug.configs.recommended];
