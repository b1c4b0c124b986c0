// The active step as the story and each chapter name it (where the steps are says which one is
// active: stepPlace.ts).
import type { AnyChapter } from '../content/types.ts';
import { BEFORE_FIRST_STEP } from './stepPlace.ts';

/** The step id to name for an active index (none before the story's first step). */
export function stepIdAt(order: readonly string[], index: number): string | undefined {
  return index === BEFORE_FIRST_STEP ? undefined : order[index];
}

/**
 * The active index as one chapter sees it: any step before the one just above the chapter reads as
 * that one, any step after the one just below it as that one. The chapter shows and marks the same
 * either way, so a step change elsewhere in the story leaves its props as they were and React skips
 * it. Its step buttons then act as from the step beside it: a keyboard reader who tabs into a
 * chapter ahead goes on to its first step, not back to where they were.
 */
export function indexSeenByChapter(index: number, chapter: AnyChapter, order: readonly string[]): number {
  const first = order.indexOf(chapter.steps[0]?.id ?? '');
  const last = order.indexOf(chapter.steps.at(-1)?.id ?? '');
  if (first < 0 || last < 0) throw new Error(`Chapter "${chapter.id}" has no steps in the story's order`);
  return Math.min(Math.max(index, first - 1), last + 1);
}
