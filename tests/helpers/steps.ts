// The story's steps as the tests see them, free of any test runner, so Playwright's specs and the
// cross-engine scenarios share them.
//   import { STEP_IDS, chapterOf } from './steps.ts';
import { ALL_STEPS, STORY } from '../../src/stories/four-floors/story.ts';

export const STEP_IDS = ALL_STEPS.map((step) => step.id);

/** The chapter (and so the scene) a step belongs to. */
export function chapterOf(stepId: string): string {
  const chapter = STORY.chapters.find((candidate) => candidate.steps.some((step) => step.id === stepId));
  if (!chapter) throw new Error(`No chapter has the step "${stepId}"`);
  return chapter.id;
}

/** The middle step of each chapter: where a screenshot shows the chapter's scene at its fullest. */
export const CHAPTER_MIDDLE_STEPS = new Set(STORY.chapters.map((chapter) => chapter.steps[Math.floor(chapter.steps.length / 2)]?.id ?? ''));
