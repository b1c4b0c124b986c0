// Which step a chapter's scene shows, as a pure function of the reader's active step, so that a jump
// from anywhere lands on the same picture as a slow scroll.
import type { AnyChapter, Step } from '../content/types.ts';

/**
 * The chapter's own active step; before the chapter, its first step; after it, its last.
 * `order` is every step id in reading order.
 */
export function stepShownByChapter(chapter: AnyChapter, activeStepId: string, order: readonly string[]): Step {
  const first = chapter.steps[0];
  const last = chapter.steps[chapter.steps.length - 1];
  if (!first || !last) throw new Error(`Chapter "${chapter.id}" has no steps`);
  const own = chapter.steps.find((step) => step.id === activeStepId);
  if (own) return own;
  const activeAt = order.indexOf(activeStepId);
  return activeAt >= 0 && activeAt < order.indexOf(first.id) ? first : activeAt < 0 ? first : last;
}
