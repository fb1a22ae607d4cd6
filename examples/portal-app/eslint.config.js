import tsParser from "@typescript-eslint/parser";
import portalSlug from "eslint-plugin-portal-slug";

export default [
  portalSlug.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: { parser: tsParser },
  },
  {
    rules: {
      // Our own helper takes the slug as its first argument.
      "portal-slug/valid-slug": ["error", { callees: [{ name: "portalLink" }] }],
    },
  },
];
