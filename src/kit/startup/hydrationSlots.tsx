// Hydration in slices (see startStory.ts): each chapter, and the sources, hydrates at low priority in
// a Suspense boundary of its own.
//   <ChapterSlot chapter={chapter} stepIds={stepIds} isLinear={false} activeIndex={3} />
import { Suspense, memo } from 'react';
import { LinearChapter } from '../components/LinearChapter.tsx';
import { ScrollyChapter } from '../components/ScrollyChapter.tsx';
import { SourcesChapter } from '../components/SourcesChapter.tsx';
import type { AnyChapter } from '../content/types.ts';

interface ChapterSlotProps {
  /** The chapter to render. */
  chapter: AnyChapter;
  /** Every step id in reading order. */
  stepIds: readonly string[];
  /** As a plain article, or scroll-driven. */
  isLinear: boolean;
  /** Skipped by the first layout (every chapter but the first). */
  isDeferred: boolean;
  /** The reader's step index as this chapter sees it (indexSeenByChapter). */
  activeIndex: number;
}

// Each chapter, and the sources, is its own Suspense boundary, so that React hydrates them at low
// priority a slice at a time, yielding to the browser between slices. The boundaries sit inside
// memoised slots because a boundary that receives new props before it is hydrated is hydrated at
// once, in the same task as the update. App re-renders while it wakes up (stored preferences, the
// ready mark); without the memo, each of those re-renders hydrated every chapter in one task. The
// memo also keeps a step change to the chapters it concerns, each given the index as it sees it.
export const ChapterSlot = memo(function ChapterSlot({ chapter, stepIds, isLinear, isDeferred, activeIndex }: ChapterSlotProps) {
  return (
    <Suspense fallback={null}>
      {isLinear ? <LinearChapter chapter={chapter} /> : <ScrollyChapter chapter={chapter} activeIndex={activeIndex} stepIds={stepIds} isDeferred={isDeferred} />}
    </Suspense>
  );
});

export const SourcesSlot = memo(function SourcesSlot({ isEmbedded }: { isEmbedded: boolean }) {
  return (
    <Suspense fallback={null}>
      <SourcesChapter isEmbedded={isEmbedded} />
    </Suspense>
  );
});
