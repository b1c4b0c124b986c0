// The reader's place in the story: the active step and how far through it they are (0 as its top
// crosses the trigger line, 1 as the next step's top does). One store per page, written by whatever
// follows the scroll (the page's own, or a host's in a responsive embed) and read by the scenes
// outside React's renders, so a scroll frame costs no render.
//
// Which step is active is the last one whose top has crossed the trigger line: scrollama reports
// crossings, and this settles the cases it cannot see (a jump past several steps, a reload below the
// last step).
//   const place = createPlaceStore(); place.set({ index: 3, progress: 0.5 }); place.get().progress
// (stepSpans.ts works the place out from the steps' positions.)
import { createScrollRanges, NO_SCROLL_RANGES, type ScrollRanges } from './scrollRanges.ts';

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

export interface StepPlace {
  /** The active step's index in reading order, or -1 above the first. */
  index: number;
  /** How far through that step, from 0 to 1. */
  progress: number;
}

export const TOP_OF_STORY: StepPlace = { index: BEFORE_FIRST_STEP, progress: 0 };

export interface PlaceStore {
  get: () => StepPlace;
  set: (place: StepPlace) => void;
  subscribe: (onChange: (place: StepPlace, previous: StepPlace) => void) => () => void;
  /** Where each step runs in the window's scroll, while the window's scroll is followed. */
  ranges: ScrollRanges;
}

export function createPlaceStore(): PlaceStore {
  let place = TOP_OF_STORY;
  const listeners = new Set<(place: StepPlace, previous: StepPlace) => void>();
  return {
    ranges: createScrollRanges(),
    get: () => place,
    set: (next) => {
      if (next.index === place.index && next.progress === place.progress) return;
      const previous = place;
      place = next;
      for (const listener of listeners) listener(next, previous);
    },
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}

/** The page's place, for the prerender and any scene outside a page that follows the scroll. */
export const NO_PLACE: PlaceStore = { get: () => TOP_OF_STORY, set: () => undefined, subscribe: () => () => undefined, ranges: NO_SCROLL_RANGES };
