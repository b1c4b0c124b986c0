// Once awake, the parts the first layout skipped are skipped again while away from the view, at the
// height a drawn frame gave them: never before such a frame, and drawn again at a new width.
import { describe, expect, it } from 'vitest';
import { SKIPPABLE_ATTRIBUTE, skipWhenAway, type FrameTiming } from '../src/kit/startup/skipWhenAway.ts';

function fakePart() {
  const attributes = new Set<string>();
  return {
    isSkippable: () => attributes.has(SKIPPABLE_ATTRIBUTE),
    setAttribute: (attribute: string) => void attributes.add(attribute),
    removeAttribute: (attribute: string) => void attributes.delete(attribute),
  };
}

function fakeFrames() {
  let waiting: (() => void)[] = [];
  const widthListeners = new Set<() => void>();
  const timing: FrameTiming = {
    afterFrameDrawn: (task) => {
      waiting.push(task);
      return () => {
        waiting = waiting.filter((candidate) => candidate !== task);
      };
    },
    onWidthChange: (listener) => {
      widthListeners.add(listener);
      return () => widthListeners.delete(listener);
    },
  };
  const frameDrawn = () => {
    const due = waiting;
    waiting = [];
    due.forEach((task) => task());
  };
  const widthChanged = () => widthListeners.forEach((listener) => listener());
  return { timing, frameDrawn, widthChanged, waitingCount: () => waiting.length, listenerCount: () => widthListeners.size };
}

describe('skipping the parts away from the view', () => {
  it('marks every part skippable once a frame has drawn them, not before', () => {
    const parts = [fakePart(), fakePart()];
    const { timing, frameDrawn } = fakeFrames();
    skipWhenAway(parts, timing);
    expect(parts.some((part) => part.isSkippable())).toBe(false);
    frameDrawn();
    expect(parts.every((part) => part.isSkippable())).toBe(true);
  });

  // The heights the browser remembers were taken at the old width.
  it('draws every part again at a new width, and marks them again once a frame has drawn them', () => {
    const parts = [fakePart(), fakePart()];
    const { timing, frameDrawn, widthChanged, waitingCount } = fakeFrames();
    skipWhenAway(parts, timing);
    frameDrawn();
    widthChanged();
    expect(parts.some((part) => part.isSkippable())).toBe(false);
    // Two width changes before a frame: one marking, after the frame.
    widthChanged();
    expect(waitingCount()).toBe(1);
    frameDrawn();
    expect(parts.every((part) => part.isSkippable())).toBe(true);
  });

  it('stops: no marking waits and no width change is heard', () => {
    const parts = [fakePart()];
    const { timing, frameDrawn, waitingCount, listenerCount } = fakeFrames();
    const stop = skipWhenAway(parts, timing);
    stop();
    expect(waitingCount()).toBe(0);
    expect(listenerCount()).toBe(0);
    frameDrawn();
    expect(parts[0]?.isSkippable()).toBe(false);
  });
});
