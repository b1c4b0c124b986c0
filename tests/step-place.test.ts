// The reader's place to the fraction of a step, and a scene's progress through its own step: pure
// kit logic, no story needed.
import { describe, expect, it } from 'vitest';
import { createPlaceStore } from '../src/kit/steps/stepPlace.ts';
import { chapterAt, shareAlongScroll, shareOfChapterRead, type SharePoint } from '../src/kit/steps/chapterShare.ts';
import { placeFromSpans, scrollRangesFromSpans } from '../src/kit/steps/stepSpans.ts';
import { createScrollRanges } from '../src/kit/steps/scrollRanges.ts';
import { progressThroughStep } from '../src/kit/scene/stepProgress.ts';
import { createMotionOffStore } from '../src/kit/hooks/motionContext.ts';

const SPANS = [
  { top: 1000, bottom: 1300 },
  { top: 1600, bottom: 1900 },
  { top: 2200, bottom: 2400 },
];

describe('the place from the steps’ positions', () => {
  it('is before the story above the first step', () => {
    expect(placeFromSpans(SPANS, 999)).toEqual({ index: -1, progress: 0 });
  });

  it('runs from a step’s top to the next step’s top, the gap included', () => {
    expect(placeFromSpans(SPANS, 1000)).toEqual({ index: 0, progress: 0 });
    expect(placeFromSpans(SPANS, 1150)).toEqual({ index: 0, progress: 0.25 });
    expect(placeFromSpans(SPANS, 1450)).toEqual({ index: 0, progress: 0.75 });
    expect(placeFromSpans(SPANS, 1600)).toEqual({ index: 1, progress: 0 });
  });

  it('ends the last step at its bottom, and holds there below it', () => {
    expect(placeFromSpans(SPANS, 2300)).toEqual({ index: 2, progress: 0.5 });
    expect(placeFromSpans(SPANS, 5000)).toEqual({ index: 2, progress: 1 });
  });
});

describe('a scene’s progress through its step', () => {
  const setUp = () => {
    const place = createPlaceStore();
    const motionOff = createMotionOffStore();
    const progress = progressThroughStep(place, 1, motionOff);
    const heard: number[] = [];
    progress.subscribe(() => heard.push(progress.get()));
    return { place, motionOff, progress, heard };
  };

  it('is the reader’s own progress on its step, 1 past it and 0 before it', () => {
    const { place, progress } = setUp();
    place.set({ index: 1, progress: 0.4 });
    expect(progress.get()).toBe(0.4);
    place.set({ index: 2, progress: 0.1 });
    expect(progress.get()).toBe(1);
    place.set({ index: 0, progress: 0.9 });
    expect(progress.get()).toBe(0);
  });

  it('tells only of places beside its step, so far scenes do no work while the reader scrolls', () => {
    const { place, heard } = setUp();
    place.set({ index: 5, progress: 0.2 });
    place.set({ index: 5, progress: 0.3 });
    expect(heard).toEqual([]);
    place.set({ index: 2, progress: 0.5 });
    place.set({ index: 1, progress: 0.5 });
    expect(heard).toEqual([1, 0.5]);
  });

  it('is 0 with motion off, and follows the reader again when it is turned back on', () => {
    const { place, motionOff, progress, heard } = setUp();
    place.set({ index: 1, progress: 0.6 });
    motionOff.set(true);
    expect(progress.get()).toBe(0);
    motionOff.set(false);
    expect(heard).toEqual([0.6, 0, 0.6]);
  });
});

describe('each step’s range of the window’s scroll', () => {
  it('runs from the scroll that brings the step’s top to the trigger line to the one that brings the next step’s', () => {
    expect(scrollRangesFromSpans(SPANS, 400)).toEqual([
      { start: 600, end: 1200 },
      { start: 1200, end: 1800 },
      { start: 1800, end: 2000 },
    ]);
  });

  it('keeps its ranges, and tells no one, when the steps have not moved', () => {
    const ranges = createScrollRanges();
    let told = 0;
    ranges.subscribe(() => (told += 1));
    ranges.set(scrollRangesFromSpans(SPANS, 400));
    const first = ranges.get(0);
    ranges.set(scrollRangesFromSpans(SPANS, 400));
    expect(ranges.get(0)).toBe(first);
    expect(told).toBe(1);
    ranges.set(scrollRangesFromSpans(SPANS, 300));
    expect(ranges.get(0)).toEqual({ start: 700, end: 1300 });
    expect(told).toBe(2);
  });

  it('keeps the range of each step that has not moved when others have', () => {
    const ranges = createScrollRanges();
    ranges.set(scrollRangesFromSpans(SPANS, 400, ranges.get));
    const [first, second] = [ranges.get(0), ranges.get(1)];
    // The last step moves down (a card above it opened): the others keep their ranges.
    ranges.set(scrollRangesFromSpans([...SPANS.slice(0, -1), { ...SPANS[SPANS.length - 1]!, top: SPANS[SPANS.length - 1]!.top + 50 }], 400, ranges.get));
    expect(ranges.get(0)).toBe(first);
    expect(ranges.get(1)).not.toBe(second);
    expect(ranges.get(1)).toEqual({ start: 1200, end: 1850 });
  });

  it('is a scene’s step’s own range while motion is on, none with motion off, and heard of when it moves', () => {
    const place = createPlaceStore();
    const motionOff = createMotionOffStore();
    const progress = progressThroughStep(place, 1, motionOff);
    let told = 0;
    progress.subscribe(() => (told += 1));
    expect(progress.range()).toBeUndefined();
    place.ranges.set(scrollRangesFromSpans(SPANS, 400));
    expect(told).toBe(1);
    expect(progress.range()).toEqual({ start: 1200, end: 1800 });
    motionOff.set(true);
    expect(progress.range()).toBeUndefined();
  });
});

describe('the chapters in the bar at the top', () => {
  const CHAPTERS = [
    { first: 0, count: 4 },
    { first: 4, count: 2 },
  ];

  it('reads a chapter step by step, each an equal part, nothing before it and all of it after', () => {
    expect(shareOfChapterRead({ index: -1, progress: 0 }, CHAPTERS[0]!)).toBe(0);
    expect(shareOfChapterRead({ index: 1, progress: 0.5 }, CHAPTERS[0]!)).toBe(0.375);
    expect(shareOfChapterRead({ index: 1, progress: 0.5 }, CHAPTERS[1]!)).toBe(0);
    expect(shareOfChapterRead({ index: 5, progress: 0.5 }, CHAPTERS[0]!)).toBe(1);
    expect(shareOfChapterRead({ index: 5, progress: 1 }, CHAPTERS[1]!)).toBe(1);
  });

  it('names the chapter the reader is in, and none before the first step', () => {
    expect(chapterAt({ index: -1, progress: 0 }, CHAPTERS)).toBe(-1);
    expect(chapterAt({ index: 3, progress: 0.9 }, CHAPTERS)).toBe(0);
    expect(chapterAt({ index: 4, progress: 0 }, CHAPTERS)).toBe(1);
  });

  it('gives the browser the same share along the scroll as the place gives, at every offset', () => {
    const triggerOffset = 400;
    const ranges = scrollRangesFromSpans(SPANS, triggerOffset);
    // The browser's reading of keyframes: straight between points, held before the first and after the last.
    const shareAt = ({ range, points }: { range: { start: number; end: number }; points: SharePoint[] }, scrollOffset: number) => {
      const way = Math.min(1, Math.max(0, (scrollOffset - range.start) / (range.end - range.start)));
      const after = points.findIndex((point) => point.offset > way);
      if (after <= 0) return after === 0 ? points[0]!.share : points.at(-1)!.share;
      const [from, to] = [points[after - 1]!, points[after]!];
      return from.share + ((to.share - from.share) * (way - from.offset)) / (to.offset - from.offset);
    };
    for (const chapter of [{ first: 0, count: 2 }, { first: 2, count: 1 }]) {
      const along = shareAlongScroll(chapter, (index) => ranges[index]);
      expect(along).toBeDefined();
      for (let scrollOffset = 400; scrollOffset <= 2200; scrollOffset += 25) {
        const byPlace = shareOfChapterRead(placeFromSpans(SPANS, scrollOffset + triggerOffset), chapter);
        expect(shareAt(along!, scrollOffset), `at ${scrollOffset}`).toBeCloseTo(byPlace, 6);
      }
    }
  });

  it('gives none while a step of the chapter has no range (the window’s scroll not followed)', () => {
    const ranges = scrollRangesFromSpans(SPANS, 400);
    expect(shareAlongScroll({ first: 1, count: 3 }, (index) => ranges[index])).toBeUndefined();
    expect(shareAlongScroll({ first: 0, count: 2 }, () => undefined)).toBeUndefined();
    expect(shareAlongScroll({ first: 0, count: 3 }, (index) => (index === 1 ? undefined : ranges[index]))).toBeUndefined();
  });
});
