// The published story's steps, and where its build is, as its browser tests read them, free of any
// test runner: its Playwright specs (underTest.ts) and its cross-engine scenarios (engines/).
import { join } from 'node:path';
import { stepsOf } from '../../../../tests/helpers/steps.ts';
import { STORY } from '../story.ts';

export const STEPS = stepsOf(STORY);

export const { ids: STEP_IDS, chapterOf, middleSteps: CHAPTER_MIDDLE_STEPS } = STEPS;

/** Where the story's build is: the specs that read it rather than a page, and the engines' server. */
export const DIST = join(import.meta.dirname, '..', '..', '..', '..', 'dist');
