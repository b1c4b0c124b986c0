// How far the reader is through the step a scene shows, for the parts of a scene that follow the
// scroll between two steps' pictures. Read when it changes, outside React's renders.
//   const progress = progressThroughStep(place, 7, motionOff); progress.get() // 0…1
import type { InstantMotion } from './sceneMotion.ts';
import type { PlaceStore, StepPlace } from '../steps/stepPlace.ts';
import type { ScrollRange } from '../steps/scrollRanges.ts';

export interface StepProgress {
  /** The step's index in reading order; -1 for a still picture or a scene outside the page's scroll. */
  step: number;
  /** 0 at the step's start (and always when motion is off or the picture still), 1 at the next step's. */
  get: () => number;
  /**
   * The window's scroll offsets over which the progress runs from 0 to 1, while the window's own
   * scroll drives it and motion is on; undefined otherwise (then only `get` follows the scroll).
   */
  range: () => ScrollRange | undefined;
  /** Hears of a new progress, of motion turned off or on, and of the steps moving. */
  subscribe: (onChange: () => void) => () => void;
}

/** A still picture, or a scene outside a page that follows the scroll: always at its step's start. */
export const AT_STEP_START: StepProgress = { step: -1, get: () => 0, range: () => undefined, subscribe: () => () => undefined };

/**
 * The progress through the step at `stepIndex` (in reading order): the reader's own progress while
 * it is the active step, 1 once a later step is (the next step starts where this one ends), 0 before.
 * Listeners hear only of places beside the step, so a scene far from the reader does no work per
 * frame; a jump from far away reaches the scene as a new step, drawn by a render.
 */
export function progressThroughStep(place: PlaceStore, stepIndex: number, instant: InstantMotion): StepProgress {
  const isBeside = ({ index }: StepPlace) => Math.abs(index - stepIndex) <= 1;
  return {
    step: stepIndex,
    get: () => {
      if (instant.get()) return 0;
      const { index, progress } = place.get();
      return index === stepIndex ? progress : index > stepIndex ? 1 : 0;
    },
    range: () => (instant.get() ? undefined : place.ranges.get(stepIndex)),
    subscribe: (onChange) => {
      const stopPlace = place.subscribe((next, previous) => {
        if (isBeside(next) || isBeside(previous)) onChange();
      });
      const stopMotion = instant.subscribe(onChange);
      const stopRanges = place.ranges.subscribe(onChange);
      return () => {
        stopPlace();
        stopMotion();
        stopRanges();
      };
    },
  };
}
