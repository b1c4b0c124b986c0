// The story's editions as the browser suite opens them: one parameterised suite runs every story,
// reading-mode, keyboard, embed and accessibility test on each edition's page.
//   forEachEdition((edition) => { test('…', async ({ page }) => openStory(page, edition.at('/#rescue-floor-2'))); });
import { test } from '@playwright/test';
import type { Step, Story } from '../../src/kit/content/types.ts';
import { STORY_FR } from '../../src/stories/four-floors/story.fr.ts';
import { STORY } from '../../src/stories/four-floors/story.ts';

export interface EditionUnderTest {
  lang: string;
  story: Story;
  /** Every scrolly step in reading order, across chapters. */
  steps: readonly Step[];
  /** The edition's page at a path of the default edition's ("/#meeting-medal" → "/fr/#meeting-medal"). */
  at: (path: string) => string;
}

const underTest = (story: Story): EditionUnderTest => {
  const edition = story.meta.editions?.find((candidate) => candidate.lang === story.meta.lang);
  const root = `/${edition?.path ?? ''}`;
  return { lang: story.meta.lang, story, steps: story.chapters.flatMap((chapter) => chapter.steps), at: (path) => `${root}${path.replace(/^\//, '')}` };
};

export const EDITIONS = [underTest(STORY), underTest(STORY_FR)] as const;

/** The tests `body` declares, once per edition, each group named by its language. */
export function forEachEdition(body: (edition: EditionUnderTest) => void): void {
  for (const edition of EDITIONS) test.describe(`(${edition.lang})`, () => body(edition));
}
