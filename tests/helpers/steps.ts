// A story's steps, and the kit's trigger rule and movement they are read by, as the tests see
// them, free of any test runner, so Playwright's specs and the cross-engine scenarios share them.
// Each group of specs reads its own story's steps (tests/helpers/underTest.ts for the kit's, on the
// fixture story; the published story's beside its specs).
//   const { ids, chapterOf } = stepsOf(story);
import { MOBILE_QUERY, STEP_TRIGGER_DESKTOP, STEP_TRIGGER_MOBILE } from '../../src/kit/constants.ts';
import type { Story } from '../../src/kit/content/types.ts';
import { SCENE_TRANSITION } from '../../src/kit/scene/sceneMotion.ts';
import type { StepTrigger } from './inPage.ts';

export interface StoryStepsUnderTest {
  /** Every scrolly step's id in reading order, across chapters. */
  ids: readonly string[];
  /** The chapter a step belongs to. */
  chapterOf: (stepId: string) => string;
  /** The middle step of each chapter: where a screenshot shows the chapter's scene at its fullest. */
  middleSteps: ReadonlySet<string>;
}

export function stepsOf(story: Story): StoryStepsUnderTest {
  const chapterOf = (stepId: string): string => {
    const chapter = story.chapters.find((candidate) => candidate.steps.some((step) => step.id === stepId));
    if (!chapter) throw new Error(`No chapter has the step "${stepId}"`);
    return chapter.id;
  };
  return {
    ids: story.chapters.flatMap((chapter) => chapter.steps.map((step) => step.id)),
    chapterOf,
    middleSteps: new Set(story.chapters.map((chapter) => chapter.steps[Math.floor(chapter.steps.length / 2)]?.id ?? '')),
  };
}

/** Where a step becomes active, by the kit's rule, for the in-page functions of inPage.ts. */
export const TRIGGER: StepTrigger = { mobileQuery: MOBILE_QUERY, desktopShare: STEP_TRIGGER_DESKTOP, mobileShare: STEP_TRIGGER_MOBILE };

/** How long a scene moves after a step change, in ms. */
export const SCENE_MOVEMENT_MS = SCENE_TRANSITION.duration * 1000;

/** How long to sample the climber for: the scene's movement and then some. */
export const CLIMBER_SAMPLE_MS = SCENE_MOVEMENT_MS + 500;
