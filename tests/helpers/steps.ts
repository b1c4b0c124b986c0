// The story's steps, and the kit's trigger rule and movement they are read by, as the tests see
// them, free of any test runner, so Playwright's specs and the cross-engine scenarios share them.
//   import { STEP_IDS, TRIGGER, chapterOf } from './steps.ts';
import { MOBILE_QUERY, STEP_TRIGGER_DESKTOP, STEP_TRIGGER_MOBILE } from '../../src/kit/constants.ts';
import { SCENE_TRANSITION } from '../../src/kit/scene/sceneMotion.ts';
import { ALL_STEPS, STORY } from '../../src/stories/four-floors/story.ts';
import type { StepTrigger } from './inPage.ts';

export const STEP_IDS = ALL_STEPS.map((step) => step.id);

/** The chapter (and so the scene) a step belongs to. */
export function chapterOf(stepId: string): string {
  const chapter = STORY.chapters.find((candidate) => candidate.steps.some((step) => step.id === stepId));
  if (!chapter) throw new Error(`No chapter has the step "${stepId}"`);
  return chapter.id;
}

/** The middle step of each chapter: where a screenshot shows the chapter's scene at its fullest. */
export const CHAPTER_MIDDLE_STEPS = new Set(STORY.chapters.map((chapter) => chapter.steps[Math.floor(chapter.steps.length / 2)]?.id ?? ''));

/** Where a step becomes active, by the kit's rule, for the in-page functions of inPage.ts. */
export const TRIGGER: StepTrigger = { mobileQuery: MOBILE_QUERY, desktopShare: STEP_TRIGGER_DESKTOP, mobileShare: STEP_TRIGGER_MOBILE };

/** How long a scene moves after a step change, in ms. */
export const SCENE_MOVEMENT_MS = SCENE_TRANSITION.duration * 1000;

/** How long to sample the climber for: the scene's movement and then some. */
export const CLIMBER_SAMPLE_MS = SCENE_MOVEMENT_MS + 500;
