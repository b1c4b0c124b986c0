// How far the reader is through each chapter, from their place (stepPlace.ts), for the bar of
// chapters (followBar.ts).
//   shareOfChapterRead({ index: 1, progress: 0.5 }, { first: 0, count: 4 }) // 0.375
import type { StepPlace } from './stepPlace.ts';

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
