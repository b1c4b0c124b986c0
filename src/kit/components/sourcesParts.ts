// The sources' interactive parts, loaded after the page's first download: only a reader who reaches
// the sources sorts the claims table or copies an embed code, and their prerendered HTML reads the
// same until then (see deferredPart).
import { deferredPart } from '../scene/deferredPart.tsx';

export const CLAIMS_TABLE = deferredPart(() => import('./ClaimsTable.tsx').then((module) => module.ClaimsTable));
export const EMBED_SNIPPET = deferredPart(() => import('./EmbedSnippet.tsx').then((module) => module.EmbedSnippet));

/** Loads every part's code now: the build's prerender draws them without waiting. */
export function preloadSourcesParts(): Promise<void[]> {
  return Promise.all([CLAIMS_TABLE.preload(), EMBED_SNIPPET.preload()]);
}
