import type { ApiDescription } from "portal-slug";

/** The request body's JSON Schema as the description states the current (newer) generation. */
export declare function descriptionSchema(description: ApiDescription): Record<string, unknown>;
