// The config's public face.
export * from "./portals.js";
export { SUPPORT_PORTAL as HELP_DESK } from "./portals.js";
export { ANALYTICS_PORTAL } from "./analytics.js";
