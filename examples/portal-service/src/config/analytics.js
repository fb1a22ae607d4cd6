// Written before the move to TypeScript, and imported from the TypeScript config as it is.
export const ANALYTICS_PORTAL = "analytics-portal";
