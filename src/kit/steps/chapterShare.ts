// How far the reader is through each chapter, from their place (stepPlace.ts), for the bar of
// chapters (followBar.ts).
//   shareOfChapterRead({ index: 1, progress: 0.5 }, { first: 0, count: 4 }) // 0.375
import type { StepPlace } from './stepPlace.ts';
import type { ScrollRange } from './scrollRanges.ts';

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

/** A point of a chapter's line along the window's scroll: its share read at `offset` of the way. */
export interface SharePoint {
  offset: number;
  share: number;
}

/**
 * The share read of a chapter along the window's scroll, for a browser that moves the chapter's line
 * with the scroll by itself: from where its first step's progress starts to where its last one's
 * ends, with a point at each step's start and end, the share running straight between them as the
 * place's does. Undefined while any of its steps has no range (the window's scroll is not followed).
 */
export function shareAlongScroll({ first, count }: ChapterSpan, rangeOf: (index: number) => ScrollRange | undefined): { range: ScrollRange; points: SharePoint[] } | undefined {
  const ranges = Array.from({ length: count }, (_, step) => rangeOf(first + step));
  const [firstRange, lastRange] = [ranges[0], ranges.at(-1)];
  if (!firstRange || !lastRange || ranges.some((range) => !range)) return undefined;
  const range = { start: firstRange.start, end: lastRange.end };
  if (!(range.end > range.start)) return undefined;
  // The way as a share of the whole range, never back (a browser refuses keyframes out of order).
  let reached = 0;
  const wayAt = (scrollOffset: number) => (reached = Math.min(1, Math.max(reached, (scrollOffset - range.start) / (range.end - range.start))));
  const points = (ranges as ScrollRange[]).flatMap((step, at) => [
    { offset: wayAt(step.start), share: at / count },
    { offset: wayAt(step.end), share: (at + 1) / count },
  ]);
  return { range, points };
}
