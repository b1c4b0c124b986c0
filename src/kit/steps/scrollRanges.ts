// Where each step's progress runs in the window's scroll offsets: 0 at `start`, 1 at `end`. Written
// by the follower of the window's scroll each time it measures the steps (followScroll.ts); empty
// before it has loaded and while a host's scroll drives the story (a responsive embed's frame never
// scrolls). A part that follows the scroll hands its step's range to the browser as a scroll
// timeline's (scene/scrollLinked.ts), which then moves it without a script on each frame.
//   const ranges = createScrollRanges(); ranges.set([{ start: 0, end: 640 }]); ranges.get(0)?.end

export interface ScrollRange {
  start: number;
  end: number;
}

export interface ScrollRanges {
  /** The range of the step at `index` in reading order; the same object until that step moves. */
  get: (index: number) => ScrollRange | undefined;
  set: (ranges: readonly ScrollRange[]) => void;
  subscribe: (onChange: () => void) => () => void;
}

export const isSameRange = (a: ScrollRange | undefined, b: ScrollRange | undefined) => a?.start === b?.start && a?.end === b?.end;

export function createScrollRanges(): ScrollRanges {
  let ranges: readonly ScrollRange[] = [];
  const listeners = new Set<() => void>();
  return {
    get: (index) => ranges[index],
    set: (next) => {
      // Kept when the steps have not moved, so what is linked to a range stays linked (where only
      // some have, scrollRangesFromSpans gives the others back as they were).
      if (next.length === ranges.length && next.every((range, index) => isSameRange(range, ranges[index]))) return;
      ranges = next;
      for (const listener of listeners) listener();
    },
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}

/** No page scroll to follow (the prerender, a still picture). */
export const NO_SCROLL_RANGES: ScrollRanges = { get: () => undefined, set: () => undefined, subscribe: () => () => undefined };
