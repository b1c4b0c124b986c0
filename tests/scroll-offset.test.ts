// The scroll offset a scroll frame reads: from a scroll timeline's time where the browser has one
// (no layout forced in the frame), as a share of the scroll range taken on the last layout change;
// `scrollY` where it has none, or where the timeline has no time (nothing to scroll).
import { describe, expect, it } from 'vitest';
import { windowScrollOffset, type ScrollingWindow } from '../src/kit/steps/scrollOffset.ts';
import { windowScrollTimeline } from '../src/kit/scene/scrollLinked.ts';

function fakeWindow({ scrollY, timelineTime, hasTimelines = true }: { scrollY: number; timelineTime: unknown; hasTimelines?: boolean }) {
  const root = { scrollHeight: 5000, clientHeight: 1000 };
  // As a browser gives it: a CSSUnitValue in percent, or null (the fake stands in with a plain object).
  const timeline = { time: timelineTime as CSSNumberish | null };
  const view: ScrollingWindow = {
    scrollY,
    document: { documentElement: root },
    ...(hasTimelines
      ? {
          ScrollTimeline: class {
            get currentTime() {
              return timeline.time;
            }
          },
        }
      : {}),
  };
  return { view, root };
}

describe('the scroll offset a frame reads', () => {
  it('is the timeline’s share of the scroll range measured last, not scrollY', () => {
    const { view, root } = fakeWindow({ scrollY: 123, timelineTime: { value: 25, unit: 'percent' } });
    const offset = windowScrollOffset(view);
    offset.measure();
    expect(offset.read()).toBe(1000);
    // The range is taken on a layout change only: a later height counts once measured again.
    root.scrollHeight = 9000;
    expect(offset.read()).toBe(1000);
    offset.measure();
    expect(offset.read()).toBe(2000);
  });

  it('falls back on scrollY before a measure, without a timeline time, or without timelines', () => {
    const unmeasured = windowScrollOffset(fakeWindow({ scrollY: 321, timelineTime: { value: 25, unit: 'percent' } }).view);
    expect(unmeasured.read()).toBe(321);
    const timeless = windowScrollOffset(fakeWindow({ scrollY: 321, timelineTime: null }).view);
    timeless.measure();
    expect(timeless.read()).toBe(321);
    const older = windowScrollOffset(fakeWindow({ scrollY: 321, timelineTime: { value: 25, unit: 'percent' }, hasTimelines: false }).view);
    older.measure();
    expect(older.read()).toBe(321);
  });

  it('comes from one scroll timeline per window, the one the parts that follow the scroll are handed to', () => {
    const { view } = fakeWindow({ scrollY: 0, timelineTime: { value: 25, unit: 'percent' } });
    let made = 0;
    const Timeline = view.ScrollTimeline!;
    view.ScrollTimeline = class extends Timeline {
      constructor(options: { source: Element; axis: 'block' }) {
        super(options);
        made += 1;
      }
    };
    const timeline = windowScrollTimeline(view);
    windowScrollOffset(view);
    windowScrollOffset(view);
    expect(windowScrollTimeline(view)).toBe(timeline);
    expect(made).toBe(1);
    expect(windowScrollTimeline(fakeWindow({ scrollY: 0, timelineTime: null, hasTimelines: false }).view)).toBeUndefined();
  });
});
