// Which step is active, from where the steps are: the last one whose top has crossed the trigger
// line. Scrollama reports crossings; this settles the cases it cannot see (a jump past several
// steps, a reload below the last step).
import type { AnyChapter } from '../content/types.ts';

/** Before the first step has reached the trigger line, no step is active. */
export const BEFORE_FIRST_STEP = -1;

/** `tops` are the steps' top edges and `triggerLine` the trigger's y, in the same coordinates. */
export function activeIndexFromTops(tops: readonly number[], triggerLine: number): number {
  let active = BEFORE_FIRST_STEP;
  tops.forEach((top, index) => {
    if (top <= triggerLine) active = index;
  });
  return active;
}

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
