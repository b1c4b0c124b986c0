// A story's editions as the browser suite opens them: one parameterised suite runs a spec's tests on
// each edition's page of the story under test (tests/helpers/underTest.ts for the kit's specs).
//   export const { EDITIONS, forEachEdition } = editionsUnderTest([STORY, STORY_FR]);
//   forEachEdition((edition) => { test('…', async ({ page }) => openStory(page, edition.at('/#tower-door'))); });
import { test } from '@playwright/test';
import type { Step, Story } from '../../src/kit/content/types.ts';

export interface EditionUnderTest {
  lang: string;
  story: Story;
  /** Every scrolly step in reading order, across chapters. */
  steps: readonly Step[];
  /** The edition's page at a path of the default edition's ("/#lamp-beam" → "/fr/#lamp-beam"). */
  at: (path: string) => string;
}

export const editionUnderTest = (story: Story): EditionUnderTest => {
  const edition = story.meta.editions?.find((candidate) => candidate.lang === story.meta.lang);
  const root = `/${edition?.path ?? ''}`;
  return { lang: story.meta.lang, story, steps: story.chapters.flatMap((chapter) => chapter.steps), at: (path) => `${root}${path.replace(/^\//, '')}` };
};

/** The tests `body` declares, once per edition, each group named by its language. */
export function forEachEdition(editions: readonly EditionUnderTest[], body: (edition: EditionUnderTest) => void): void {
  for (const edition of editions) test.describe(`(${edition.lang})`, () => body(edition));
}

/**
 * A story's editions under test, in the order given (the default edition first), and the suite that
 * declares a spec's tests on each: what each group's underTest.ts exports.
 */
export function editionsUnderTest<const Stories extends readonly [Story, ...Story[]]>(stories: Stories) {
  const editions = stories.map(editionUnderTest) as { [Index in keyof Stories]: EditionUnderTest };
  return { EDITIONS: editions, forEachEdition: (body: (edition: EditionUnderTest) => void): void => forEachEdition(editions, body) };
}
