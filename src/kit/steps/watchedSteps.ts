// Which steps scrollama watches: the reader's and a few on each side, never every step. scrollama keeps
// one IntersectionObserver per step it watches, and the browser works out every observer's
// intersection on every frame, so a long story's scroll paid for two hundred observers to learn about
// the one or two steps near the trigger line. The watched steps follow the reader; a jump beyond them
// is settled where the scroll comes to rest (useActiveStep.ts), from every step's position.
//   const range = watchedRange(active, steps.length);   // { from, to }: steps.slice(from, to)
import { BEFORE_FIRST_STEP, activeIndexFromTops } from './stepPlace.ts';

/** How many steps scrollama watches on each side of the reader's. */
export const WATCH_REACH = 6;

export interface WatchedRange {
  /** The first watched step's index. */
  from: number;
  /** One past the last watched step's index. */
  to: number;
}

/** The steps around `active` (of `count`), `reach` on each side, within the story. */
export function watchedRange(active: number, count: number, reach = WATCH_REACH): WatchedRange {
  const centre = Math.min(Math.max(active, 0), Math.max(count - 1, 0));
  return { from: Math.max(0, centre - reach), to: Math.min(count, centre + reach + 1) };
}

/**
 * Whether the reader has come so near an end of the watched steps that they should follow: half-way
 * to either end, so that a quick scroll never outruns them before they move.
 */
export function shouldRewatch(active: number, range: WatchedRange, count: number, reach = WATCH_REACH): boolean {
  const wanted = watchedRange(active, count, reach);
  return Math.abs(wanted.from - range.from) > reach / 2 || Math.abs(wanted.to - range.to) > reach / 2;
}

/**
 * The active step from the watched steps' tops alone (`tops[0]` is step `range.from`'s), or
 * undefined when they cannot tell: the trigger line is above the first of them (and it is not the
 * story's first) or at or below the last of them (and it is not the story's last).
 */
export function activeIndexInRange(tops: readonly number[], range: WatchedRange, count: number, triggerLine: number): number | undefined {
  const inRange = activeIndexFromTops(tops, triggerLine);
  if (inRange === BEFORE_FIRST_STEP) return range.from === 0 ? BEFORE_FIRST_STEP : undefined;
  if (inRange === tops.length - 1 && range.to < count) return undefined;
  return range.from + inRange;
}
