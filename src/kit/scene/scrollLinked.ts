// A part that follows the scroll, handed to the browser: a Web Animation on a scroll timeline of the
// window's scroll, over its step's range of scroll offsets, its poses at a few points of the way as
// keyframes. The browser then moves it with the scroll by itself (on the compositor, for an HTML
// box): no style is written for it on a scroll frame (the place's follower still runs per frame, for
// the steps and the bar's chapter names, but never touches this part). The chapter lines in the bar
// are handed over the same way (steps/followBar.ts). Where the browser has no scroll
// timelines, or none that take a range in pixels, the part follows by script (Moving.tsx).
//   if (hasScrollTimelines()) animation = linkToScroll(element, poseAt, { start: 1200, end: 1800 }); … animation.cancel();
import type { ScrollRange } from '../steps/scrollRanges.ts';
import type { Pose } from './glide.ts';

/** Points of the way whose poses are the keyframes: exact for a pose that changes linearly (every one today). */
const POINTS = [0, 0.25, 0.5, 0.75, 1];

/** An animation's range on its timeline (TypeScript 5.9's DOM types do not have it yet). */
type RangedAnimationOptions = KeyframeAnimationOptions & { rangeStart: string; rangeEnd: string };

/** A scroll timeline, where the browser has one (TypeScript's DOM types do not yet). */
type ScrollTimelines = new (options: { source: Element; axis: 'block' }) => AnimationTimeline;

/** What the window's scroll timeline needs of a window. */
export type TimelineWindow = { document: { documentElement: unknown }; ScrollTimeline?: ScrollTimelines };

const timelines = new WeakMap<TimelineWindow, AnimationTimeline>();

/**
 * The window's scroll timeline, one per window, for all that reads or follows the window's scroll
 * (the parts handed to the browser here, and the scroll offset a frame reads, steps/scrollOffset.ts);
 * undefined where the browser has no scroll timelines.
 */
export function windowScrollTimeline(view: TimelineWindow = window as unknown as TimelineWindow): AnimationTimeline | undefined {
  const Timeline = view.ScrollTimeline;
  if (typeof Timeline !== 'function') return undefined;
  let timeline = timelines.get(view);
  if (!timeline) {
    timeline = new Timeline({ source: view.document.documentElement as Element, axis: 'block' });
    timelines.set(view, timeline);
  }
  return timeline;
}

let canLink: boolean | undefined;

/** Whether this browser can move a part along the window's scroll by itself (asked once). */
export function hasScrollTimelines(): boolean {
  canLink ??= CSS.supports('animation-range', '1px 2px') && windowScrollTimeline() !== undefined;
  return canLink;
}

/** `element` at `poseAt(progress)` wherever the window's scroll is, progress running from 0 at `range.start` to 1 at `range.end`. */
export function linkToScroll(element: HTMLElement, poseAt: (progress: number) => Pose, range: ScrollRange): Animation {
  return linkKeyframesToScroll(
    element,
    POINTS.map((offset) => ({ offset, ...poseAt(offset) })),
    range,
  );
}

/** `element` through `keyframes` as the window's scroll runs from `range.start` to `range.end`, held at either end beyond it. */
export function linkKeyframesToScroll(element: HTMLElement, keyframes: Keyframe[], range: ScrollRange): Animation {
  const timeline = windowScrollTimeline();
  if (!timeline) throw new Error('This browser has no scroll timelines: ask hasScrollTimelines() first');
  // Before its range the part rests at its first keyframe, after it at its last, as the script's progress does.
  const timing: RangedAnimationOptions = { timeline, rangeStart: `${range.start}px`, rangeEnd: `${range.end}px`, fill: 'both', easing: 'linear' };
  return element.animate(keyframes, timing);
}
