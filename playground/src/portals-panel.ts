/**
 * The known portals: the slugs of the portals a workspace has, one a line, which no public
 * endpoint lists and only the user knows (SPEC.md). They go to the plugin as its shared
 * setting, `settings["portal-slug"].portals`; a line that is no valid slug is marked, by the
 * core, since no portal can have it.
 */
import { validatePortalSlug } from "portal-slug";

/** The portals `text` declares: one a line, trimmed, blank lines and repeats left out. */
export function parsePortals(text: string): string[] {
  return [...new Set(text.split(/\r?\n/).map((line) => line.trim()))].filter((line) => line !== "");
}

/** Says in `output` which of `portals` cannot be a portal's slug, and why. */
export function showPortals(output: HTMLElement, portals: readonly string[]): void {
  const invalid = portals.flatMap((portal) => {
    const result = validatePortalSlug(portal);
    return result.valid ? [] : [`"${portal}": ${result.issues[0]?.message ?? "invalid"}`];
  });
  const summary = document.createElement("p");
  summary.className = "portals-summary";
  summary.textContent =
    portals.length === 0
      ? "No known portals: the setting is left out."
      : `${portals.length} known portal${portals.length === 1 ? "" : "s"}, passed as settings["portal-slug"].portals.`;
  const problems = invalid.map((text) => {
    const line = document.createElement("p");
    line.className = "portals-invalid";
    line.textContent = `Not a valid slug, so no portal has it: ${text}`;
    return line;
  });
  output.replaceChildren(summary, ...problems);
}
