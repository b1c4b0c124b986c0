// The story the kit's browser specs run on: the fixture story (tests/fixture-story), which the kit
// tells as it tells any story, in English and in French (at fr/), built into its own folder and
// served on the port after the published story's (playwright.config.ts). The published story's specs read their own, beside them.
//   import { EDITIONS, STEP_IDS, forEachEdition } from './helpers/underTest.ts';
import { FIXTURE_DIST } from '../fixture-story/dist.ts';
import { FIXTURE_STORY_FR } from '../fixture-story/story.fr.ts';
import { FIXTURE_STORY } from '../fixture-story/story.ts';
import { editionsUnderTest, type EditionUnderTest } from './editions.ts';
import { stepsOf } from './steps.ts';

export type { EditionUnderTest };

export const STORY_UNDER_TEST = FIXTURE_STORY;

/** Where the story's build is, for the specs that read it rather than a page. */
export const DIST = FIXTURE_DIST;

export const STEPS = stepsOf(FIXTURE_STORY);

export const { ids: STEP_IDS, chapterOf, middleSteps: CHAPTER_MIDDLE_STEPS } = STEPS;

export const { EDITIONS, forEachEdition } = editionsUnderTest([FIXTURE_STORY, FIXTURE_STORY_FR]);
