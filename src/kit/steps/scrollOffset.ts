// The window's scroll offset, read in a scroll frame without making the browser bring the page's
// style and layout up to date there and then, as Chromium does for `window.scrollY` (in a profile of
// a scroll through the story at 4x CPU, the frame callback that read it held some 650 ms of the main
// thread). A scroll timeline's time is the offset the browser took at the frame's start, as a share
// of the scroll range, which is read once per layout change instead. Without scroll timelines (or
// with nothing to scroll), `scrollY`.
//   const offset = windowScrollOffset(); offset.measure(); offset.read() // 1234.5 (px)
import { windowScrollTimeline, type TimelineWindow } from '../scene/scrollLinked.ts';

/** What this module needs of a window. */
export type ScrollingWindow = Pick<Window, 'scrollY'> & TimelineWindow & { document: { documentElement: Pick<Element, 'scrollHeight' | 'clientHeight'> } };

export interface ScrollOffset {
  /** Takes the page's scroll range again: on a layout change, never in a scroll frame. */
  measure: () => void;
  /** The scroll offset, in px. */
  read: () => number;
}

/** A timeline's time as the share of its range run, in percent, or undefined when it has none. */
function percentOf(time: unknown): number | undefined {
  const { value, unit } = (time ?? {}) as { value?: unknown; unit?: unknown };
  return typeof value === 'number' && unit === 'percent' ? value : undefined;
}

export function windowScrollOffset(view: ScrollingWindow = window as unknown as ScrollingWindow): ScrollOffset {
  const timeline = windowScrollTimeline(view);
  if (!timeline) return { measure: () => undefined, read: () => view.scrollY };
  const root = view.document.documentElement;
  let range = 0;
  return {
    measure: () => {
      range = root.scrollHeight - root.clientHeight;
    },
    read: () => {
      const percent = percentOf(timeline.currentTime);
      return percent === undefined || range <= 0 ? view.scrollY : (percent / 100) * range;
    },
  };
}
