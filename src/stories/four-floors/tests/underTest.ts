// The published story as its own browser specs open it (playwright.config.ts serves its build, dist/,
// for the story's projects): its steps, its two editions, and where its build is.
//   import { EDITIONS, STEP_IDS, forEachEdition } from './underTest.ts';
import { editionsUnderTest, type EditionUnderTest } from '../../../../tests/helpers/editions.ts';
import { STORY_FR } from '../story.fr.ts';
import { STORY } from '../story.ts';

export type { EditionUnderTest };
export { CHAPTER_MIDDLE_STEPS, DIST, STEPS, STEP_IDS, chapterOf } from './steps.ts';

export const STORY_UNDER_TEST = STORY;

export const { EDITIONS, forEachEdition } = editionsUnderTest([STORY, STORY_FR]);
