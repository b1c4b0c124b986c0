// How the story is being shown: on its own page, embedded in a fixed-height iframe that scrolls
// itself, or embedded in an iframe sized to the story whose host page does the scrolling.

export type EmbedMode = 'page' | 'fixed' | 'responsive';

/** `?embed` in the query (any value), or pym.js's `childId`, marks the story as embedded. */
export function isEmbedRequested(search: string): boolean {
  try {
    const query = new URLSearchParams(search);
    return query.has('embed') || query.has('childId');
  } catch {
    return false;
  }
}

/**
 * Where a scene's graphic should sit, as a downward shift inside its scrolly container, so that it
 * stays pinned to the top of the host's viewport while the container passes (what sticky does on a
 * page that scrolls itself). All values in the story's document coordinates.
 */
export function pinnedOffset(hostViewportTop: number, containerTop: number, containerHeight: number, graphicHeight: number): number {
  const travel = Math.max(0, containerHeight - graphicHeight);
  return Math.min(travel, Math.max(0, hostViewportTop - containerTop));
}
