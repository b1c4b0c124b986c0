// scrollama, watching the steps around the reader's (watchedSteps.ts) and following them as the reader
// moves: what tells useActiveStep.ts that a step has crossed the trigger line. Loaded by import() with
// scrollama once the story follows the reader, so the page's first download carries neither. Its
// observers of the steps' heights report after the frame (deferredResizeObservers.ts).
//   const watch = createStepWatch(onCross); watch.follow(steps, activeIndex); … watch.destroy();
import scrollama from 'scrollama';
import { activeIndexInRange, shouldRewatch, watchedRange, type WatchedRange } from './watchedSteps.ts';
import { triggerShare } from './trigger.ts';
import { withDeferredResizeObservers } from './deferredResizeObservers.ts';

export interface StepWatch {
  /** Watches the steps around `active`, if none is watched yet or it has come near the end of those watched. */
  follow: (steps: readonly HTMLElement[], active: number) => void;
  /** The active step from the watched steps' positions, or undefined where they cannot tell. */
  nearbyIndex: (steps: readonly HTMLElement[], triggerLine: number) => number | undefined;
  resize: () => void;
  /** Stops watching; the next `follow` watches anew (a layout change moves the trigger line). */
  destroy: () => void;
}

/**
 * Runs a scrollama setup without the scroll listener it adds to the document. That listener only
 * notes the scroll's direction (the story never asks it), and reads the page's scroll position at
 * every scroll event: in a frame where the page had just changed (a step's new picture), that made
 * the browser lay the page out inside the scroll's event, 6 to 8 ms at 4× CPU. scrollama 3.2 also
 * never removes it, and the watch sets up anew as the reader moves on.
 */
function setUpWithoutScrollListener(setUp: () => void): void {
  const add = document.addEventListener;
  document.addEventListener = function addAllButScroll(this: Document, type: string, ...rest: [EventListenerOrEventListenerObject, (boolean | AddEventListenerOptions)?]) {
    if (type !== 'scroll') add.call(this, type, ...rest);
  };
  try {
    setUp();
  } finally {
    // The document's own method again, from its prototype.
    delete (document as { addEventListener?: unknown }).addEventListener;
  }
}

export function createStepWatch(onCross: () => void): StepWatch {
  let scroller: ReturnType<typeof scrollama> | undefined;
  let watched: WatchedRange = { from: 0, to: 0 };
  return {
    follow(steps, active) {
      if (scroller && !shouldRewatch(active, watched, steps.length)) return;
      scroller?.destroy();
      watched = watchedRange(active, steps.length);
      const next = scrollama();
      const setUp = () => next.setup({ step: steps.slice(watched.from, watched.to), offset: triggerShare() });
      setUpWithoutScrollListener(() => withDeferredResizeObservers(setUp));
      scroller = next.onStepEnter(onCross).onStepExit(onCross);
    },
    nearbyIndex(steps, triggerLine) {
      const tops = steps.slice(watched.from, watched.to).map((step) => step.getBoundingClientRect().top);
      return activeIndexInRange(tops, watched, steps.length, triggerLine);
    },
    resize: () => withDeferredResizeObservers(() => scroller?.resize()),
    destroy() {
      scroller?.destroy();
      scroller = undefined;
    },
  };
}
