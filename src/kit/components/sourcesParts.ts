// The sources' parts whose code loads after the page's first download: only a reader who reaches the
// sources sorts the claims table, and its prerendered HTML reads the same until then (see
// deferredPart). Not the embed codes: their prerendered text names no origin (the page's own is
// known only in the browser), so a publisher copying one must find the finished code at once.
import { deferredPart } from '../scene/deferredPart.tsx';

export const CLAIMS_TABLE = deferredPart(() => import('./ClaimsTable.tsx').then((module) => module.ClaimsTable));

/** Loads every part's code now: the build's prerender draws them without waiting. */
export function preloadSourcesParts(): Promise<void> {
  return CLAIMS_TABLE.preload();
}
