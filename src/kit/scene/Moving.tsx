// An element of a scene whose transform and opacity glide to each new pose, with framer-motion's
// Web Animations `animate` (glide.ts): the browser runs each animation without script on every
// frame, on the compositor for an HTML box; a new pose mid-way starts from where the box is.
// One that follows the scroll between two steps' poses is set to its pose for each new progress
// (transform and opacity written, nothing read), stopping any glide: the scroll is the animation.
// Where the browser has scroll timelines, it is handed to the browser instead (scrollLinked.ts).
// A part that does not follow the scroll starts its glide once the frame that shows the new step is
// drawn (afterPaint.ts), out of React's commit.
//   <Moving as="li" className="feed__post" to={{ transform: toTransform({ y: -18 }), opacity: 1 }} />
//   <Moving to={poseAt(progress.get())} follow={{ progress, poseAt }} />
import { useLayoutEffect, useRef, type HTMLAttributes, type Ref } from 'react';
import type { ScrollRange } from '../steps/scrollRanges.ts';
import { afterPaint } from './afterPaint.ts';
import { glideTo, landAt, type Glide, type Pose } from './glide.ts';
import { hasScrollTimelines, linkToScroll } from './scrollLinked.ts';
import { useInstantMotion } from './sceneMotion.ts';
import type { StepProgress } from './stepProgress.ts';

/** A pose that follows the reader's progress through a step. */
export interface Following {
  progress: StepProgress;
  /** The pose at a progress; `to` is its value at the progress when rendered. */
  poseAt: (progress: number) => Pose;
}

function isSamePose(a: Pose, b: Pose): boolean {
  return a.transform === b.transform && a.opacity === b.opacity;
}

/** Whether the browser moves it along its step's range by itself (scrollLinked.ts). */
function isLinkable({ progress }: Following): boolean {
  return hasScrollTimelines() && progress.range() !== undefined;
}

interface MovingProps extends HTMLAttributes<HTMLElement> {
  /** The element to draw; a scene's moving parts are boxes, list items or inline marks. */
  as?: 'div' | 'li' | 'span';
  /** Where the element is to be. */
  to: Pose;
  /** Between renders, follow the scroll from pose to pose. */
  follow?: Following;
}

export function Moving({ as = 'div', to, follow, style, ...attributes }: MovingProps) {
  const ref = useRef<HTMLElement>(null);
  // The glide under way, if any: a new pose then starts from wherever it has got to.
  const running = useRef<Glide | null>(null);
  // A glide waiting for its task after the next frame (afterPaint.ts), and the pose it starts from.
  const waiting = useRef<{ from: Pose; cancel: () => void } | null>(null);
  // The first pose is drawn by the render (and so by the prerender); React never writes the
  // element's transform or opacity again, so a re-render cannot cut an animation short.
  const drawn = useRef(to);
  // The pose last set or glided to; null until mounted. Not kept while the scroll moves it by itself.
  const shown = useRef<Pose | null>(null);
  // The browser's animation that moves it with the scroll by itself, and the range it runs over.
  const linked = useRef<{ animation: Animation; range: ScrollRange } | null>(null);
  // The step whose link a new step's render has just let go of, for the render's pose to read.
  const unlinkedFrom = useRef<number | null>(null);
  const instant = useInstantMotion();
  const { transform, opacity } = to;

  useLayoutEffect(() => {
    const element = ref.current;
    const crossedFrom = unlinkedFrom.current;
    unlinkedFrom.current = null;
    // Moved by the scroll itself: a new render of the same step's pose changes nothing.
    if (!element || linked.current) return;
    const pose: Pose = {};
    if (transform !== undefined) pose.transform = transform;
    if (opacity !== undefined) pose.opacity = opacity;
    // One that follows the scroll takes its pose at the progress of now: a render in a transition
    // may have been drawn before the scroll last moved it, and would glide it back there.
    if (follow) Object.assign(pose, follow.poseAt(follow.progress.get()));
    const previous = shown.current;
    // Only a new pose moves the element, never a change of scope: a glide to where it already is
    // costs some 10 ms per element at 4× CPU, for nothing to see.
    if (previous !== null && isSamePose(previous, pose)) return;
    // A step crossed by the scroll, where the browser moves the part along each step's range: the
    // last step's link left it at (or within a few pixels of) the new step's start, or its end
    // scrolling back, where the link the next effect makes takes it on. A glide there has nowhere to
    // go, and the next scroll frame cut it short to hand the part to the scroll. A jump over steps
    // still glides.
    if (follow && crossedFrom !== null && Math.abs(follow.progress.step - crossedFrom) === 1 && isLinkable(follow)) return;
    shown.current = pose;
    // On mount the pose is set, not animated: the prerendered page may have drawn another step's.
    if (previous === null || instant.get()) {
      waiting.current?.cancel();
      waiting.current = null;
      landAt(element, pose, running.current);
      running.current = null;
      return;
    }
    const start = (from: Pose | null) => {
      const glide = glideTo(element, running.current ? null : from, pose);
      running.current = glide;
      // Stopped or finished alike, it is no longer under way.
      const settle = () => {
        if (running.current === glide) running.current = null;
      };
      glide.finished.then(settle, settle);
    };
    // One that follows the scroll glides at once: what follows it waits for that glide to end.
    if (follow) {
      start(previous);
      return;
    }
    // The others start theirs once the frame that shows the new step is drawn (afterPaint.ts), from
    // the pose they rest at: the one before any glide still waiting.
    const from = waiting.current?.from ?? previous;
    waiting.current?.cancel();
    const cancel = afterPaint(() => {
      waiting.current = null;
      start(from);
    });
    waiting.current = { from, cancel };
  }, [transform, opacity, instant, follow]);

  // Motion turned off mid-glide, or before a glide waiting has started: the element lands at once.
  // Turned on: nothing moves until the next pose.
  useLayoutEffect(
    () =>
      instant.subscribe(() => {
        const element = ref.current;
        if (!instant.get() || !(running.current || waiting.current) || !element || !shown.current) return;
        waiting.current?.cancel();
        waiting.current = null;
        landAt(element, shown.current, running.current);
        running.current = null;
      }),
    [instant],
  );

  // The scroll moves it between renders; a render (a new step) glides from wherever that left it.
  // Where the browser can, it moves it by itself (scrollLinked.ts), over the step's range of the
  // window's scroll; a glide begun by a render runs first, until it ends or the scroll moves on.
  useLayoutEffect(() => {
    if (!follow) return;
    const { progress, poseAt } = follow;
    let isCurrent = true;
    const unlink = () => {
      const link = linked.current;
      if (!link) return;
      linked.current = null;
      // Left in its own style where the scroll has it, before the animation goes.
      const pose = poseAt(progress.get());
      shown.current = pose;
      const element = ref.current;
      if (element) Object.assign(element.style, pose);
      link.animation.cancel();
    };
    const followNow = () => {
      const element = ref.current;
      if (!element) return;
      const range = hasScrollTimelines() ? progress.range() : undefined;
      if (range) {
        if (linked.current?.range === range) return;
        unlink();
        // Cancelled, not stopped: the link shows where the part is at once, so framer's commit of
        // where the glide had got to (a style read) would be for nothing.
        running.current?.cancel();
        running.current = null;
        linked.current = { animation: linkToScroll(element, poseAt, range), range };
        return;
      }
      unlink();
      const pose = poseAt(progress.get());
      if (shown.current && isSamePose(shown.current, pose)) return;
      shown.current = pose;
      landAt(element, pose, running.current);
      running.current = null;
    };
    const glide = running.current;
    if (glide) glide.finished.then(() => isCurrent && followNow(), () => undefined);
    else followNow();
    const stop = progress.subscribe(followNow);
    return () => {
      isCurrent = false;
      stop();
      if (linked.current) unlinkedFrom.current = progress.step;
      unlink();
    };
  }, [follow]);

  useLayoutEffect(
    () => () => {
      waiting.current?.cancel();
      running.current?.stop();
    },
    [],
  );

  // One element type at a time: the cast only lets TypeScript accept the tag chosen at run time.
  const Element = as as 'div';
  return <Element ref={ref as Ref<HTMLDivElement>} style={{ ...style, ...drawn.current }} {...attributes} />;
}
