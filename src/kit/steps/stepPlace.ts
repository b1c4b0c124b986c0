// The reader's place in the story: the active step and how far through it they are (0 as its top
// crosses the trigger line, 1 as the next step's top does). One store per page, written by whatever
// follows the scroll (the page's own, or a host's in a responsive embed) and read by the scenes
// outside React's renders, so a scroll frame costs no render.
//
// Which step is active is the last one whose top has crossed the trigger line: scrollama reports
// crossings, and this settles the cases it cannot see (a jump past several steps, a reload below the
// last step).
//   const place = createPlaceStore(); place.set(placeFromSpans(spans, triggerLine)); place.get().progress

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

/** Where a step's box lies, in the coordinates of the trigger line. */
export interface StepSpan {
  top: number;
  bottom: number;
}

export const TOP_OF_STORY: StepPlace = { index: BEFORE_FIRST_STEP, progress: 0 };

/**
 * A step runs from its top to the next step's top (the gap between them counts as its own, so the
 * progress never stalls), and the last one to its bottom.
 */
export function placeFromSpans(spans: readonly StepSpan[], triggerLine: number): StepPlace {
  const index = activeIndexFromTops(
    spans.map((span) => span.top),
    triggerLine,
  );
  const span = spans[index];
  if (!span) return TOP_OF_STORY;
  const end = spans[index + 1]?.top ?? span.bottom;
  const length = end - span.top;
  const progress = length > 0 ? Math.min(1, Math.max(0, (triggerLine - span.top) / length)) : 1;
  return { index, progress };
}

export interface PlaceStore {
  get: () => StepPlace;
  set: (place: StepPlace) => void;
  subscribe: (onChange: (place: StepPlace, previous: StepPlace) => void) => () => void;
}

export function createPlaceStore(): PlaceStore {
  let place = TOP_OF_STORY;
  const listeners = new Set<(place: StepPlace, previous: StepPlace) => void>();
  return {
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
export const NO_PLACE: PlaceStore = { get: () => TOP_OF_STORY, set: () => undefined, subscribe: () => () => undefined };

/** Where a chapter's steps lie in reading order. */
export interface ChapterSpan {
  /** Its first step's index in reading order. */
  first: number;
  /** How many steps it has. */
  count: number;
}

/** How much of a chapter the reader has read: 0 before it, 1 past it, each step an equal part. */
export function shareOfChapterRead({ index, progress }: StepPlace, { first, count }: ChapterSpan): number {
  if (index < first) return 0;
  if (index >= first + count) return 1;
  return (index - first + progress) / count;
}

/** The chapter the reader is in, by its position in `chapters`, or -1 outside every chapter. */
export function chapterAt({ index }: StepPlace, chapters: readonly ChapterSpan[]): number {
  return chapters.findIndex(({ first, count }) => index >= first && index < first + count);
}
