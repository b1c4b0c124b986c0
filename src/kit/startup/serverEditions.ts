// What a story's server entry hands the prerender (scripts/prerender.mjs) for each edition: where its
// page goes, its page entry, its words for the page's head, and how to render its story and its share
// image. Build time only: a story's server.tsx calls it, and nothing a reader loads imports it.
//   export const editions = serverEditions(EDITIONS, [{ story: STORY, page: PAGE, entry: 'index.html' }], shareArt);
import type { Correction, Edition, PageHead, Report, Story, StoryMeta } from '../content/types.ts';
import { renderStory } from './renderStory.tsx';

/** One edition's page, as the prerender reads it. */
export interface ServerEdition extends Omit<Edition, 'name'> {
  /** Its page entry: its key in the build's manifest. */
  entry: string;
  meta: StoryMeta;
  page: PageHead;
  corrections: readonly Correction[];
  /** How it names the reports, for the page's quoted-words check. */
  reportNames: { reports: readonly Report[]; lang: string };
  renderStory: (options?: { address?: string }) => Promise<string>;
  /** The share image's drawing, as one flat <svg>. */
  renderShareArt: () => string;
}

/** One edition's story, page head and page entry. */
export interface EditionPage {
  story: Story;
  page: PageHead;
  entry: string;
}

/**
 * Each edition's page for the prerender: where it goes and its locale come from the story's list of
 * editions, by language; `shareArt` draws the share image for an edition in its words.
 */
export function serverEditions(editions: readonly Omit<Edition, 'name'>[], pages: readonly EditionPage[], shareArt: (story: Story, page: PageHead) => string): ServerEdition[] {
  return pages.map(({ story, page, entry }) => {
    const edition = editions.find((candidate) => candidate.lang === story.meta.lang);
    if (!edition) throw new Error(`No edition is listed in "${story.meta.lang}"`);
    return {
      lang: edition.lang,
      locale: edition.locale,
      path: edition.path,
      entry,
      meta: story.meta,
      page,
      corrections: story.corrections,
      reportNames: { reports: story.reports, lang: story.meta.lang },
      renderStory: (options?: { address?: string }) => renderStory(story, options),
      renderShareArt: () => shareArt(story, page),
    };
  });
}
