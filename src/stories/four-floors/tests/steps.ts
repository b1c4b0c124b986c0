// The published story's steps as its browser tests read them, free of any test runner: its
// Playwright specs (underTest.ts) and the cross-engine scenarios (tests/engines), which walk it.
import { stepsOf } from '../../../../tests/helpers/steps.ts';
import { STORY } from '../story.ts';

export const STEPS = stepsOf(STORY);

export const { ids: STEP_IDS, chapterOf, middleSteps: CHAPTER_MIDDLE_STEPS } = STEPS;
