// The reader's place from where the steps are, for whatever follows a scroll (this window's,
// followScroll.ts, or a host's, embed/hostLayout.ts): both load after the page is awake, and so does this.
//   placeFromSpans([{ top: 1000, bottom: 1300 }, { top: 1600, bottom: 1900 }], 1150) // { index: 0, progress: 0.25 }
import { TOP_OF_STORY, activeIndexFromTops, type StepPlace } from './stepPlace.ts';
import { isSameRange, type ScrollRange } from './scrollRanges.ts';
import { documentTop } from './trigger.ts';

/** Where a step's box lies, in the coordinates of the trigger line. */
export interface StepSpan {
  top: number;
  bottom: number;
}

/**
 * Where step `index` ends: at the next step's top (the gap between them counts as its own, so the
 * progress never stalls), the last one at its bottom. The script's progress and the browser's
 * ranges both ask here, so they cannot disagree on it.
 */
function stepEnd(spans: readonly StepSpan[], index: number): number {
  return spans[index + 1]?.top ?? spans[index]!.bottom;
}

/** The active step, and how far through it the trigger line is, 0 at its top and 1 at its end. */
export function placeFromSpans(spans: readonly StepSpan[], triggerLine: number): StepPlace {
  const index = activeIndexFromTops(
    spans.map((span) => span.top),
    triggerLine,
  );
  const span = spans[index];
  if (!span) return TOP_OF_STORY;
  const length = stepEnd(spans, index) - span.top;
  const progress = length > 0 ? Math.min(1, Math.max(0, (triggerLine - span.top) / length)) : 1;
  return { index, progress };
}

/**
 * Each step's range of the window's scroll offsets, its progress 0 at `start` and 1 at `end`: the
 * place above, as scroll offsets, with the trigger line `triggerOffset` below the window's top.
 */
export function scrollRangesFromSpans(spans: readonly StepSpan[], triggerOffset: number, kept?: (index: number) => ScrollRange | undefined): ScrollRange[] {
  return spans.map((span, index) => {
    const range = { start: span.top - triggerOffset, end: stepEnd(spans, index) - triggerOffset };
    // A step that has not moved keeps its range object, so what is linked to it stays linked when
    // others move (a card opened further down).
    const before = kept?.(index);
    return before && isSameRange(before, range) ? before : range;
  });
}

/** Every step's box in document coordinates, read once (on a layout change, never per frame). */
export function measureStepSpans(stepSelector: string): StepSpan[] {
  return Array.from(document.querySelectorAll<HTMLElement>(stepSelector), (step) => {
    const top = documentTop(step);
    return { top, bottom: top + step.offsetHeight };
  });
}
