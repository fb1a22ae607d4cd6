/**
 * The known portals: the slugs and IDs of the portals a workspace has, one a line, which no
 * public endpoint lists and only the user knows (SPEC.md). They go to the plugin as its shared
 * setting, `settings["portal-slug"].portals`; a line that is neither a valid slug nor a portal
 * ID is marked, in the core's words for a portals list's entry, since no portal can have it.
 */
import { createPortalList } from "portal-slug";

/** Says in `output` which of `portals` cannot be a portal's slug or ID, and why. */
export function showPortals(output: HTMLElement, portals: readonly string[]): void {
  const summary = document.createElement("p");
  summary.className = "portals-summary";
  summary.textContent =
    portals.length === 0
      ? "No known portals: the setting is left out."
      : `${portals.length} known portal${portals.length === 1 ? "" : "s"}, passed as settings["portal-slug"].portals.`;
  const problems = createPortalList(portals).problems.map(({ message }) => {
    const line = document.createElement("p");
    line.className = "portals-invalid";
    line.textContent = message;
    return line;
  });
  output.replaceChildren(summary, ...problems);
}
