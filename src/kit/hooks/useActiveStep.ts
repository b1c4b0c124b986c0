// Tracks which story step the reader is on, from scroll position, with scrollama.
//   const { activeIndex, isFollowing } = useActiveStep('[data-step]', isEnabled); // -1 before the first step
// scrollama comes by import(), with the steps' watch (stepWatch.ts): tracking starts only once the
// page is laid out, so neither need be in what the page downloads before it can hydrate.
import { startTransition, useEffect, useRef, useState } from 'react';
import { MOBILE_QUERY } from '../constants.ts';
import { BEFORE_FIRST_STEP, activeIndexFromTops } from '../steps/stepPlace.ts';
import type { StepWatch } from '../steps/stepWatch.ts';
import { scrollTopForStep, triggerShare } from '../steps/trigger.ts';

type StepWatchModule = typeof import('../steps/stepWatch.ts');
let stepWatchLoad: Promise<StepWatchModule> | undefined;
const loadStepWatch = () => (stepWatchLoad ??= import('../steps/stepWatch.ts'));

interface ActiveStep {
  /** The index (in document order) of the step the reader is on, or -1 above the first. */
  activeIndex: number;
  /** False only while tracking is asked for and scrollama is not yet following the steps. */
  isFollowing: boolean;
}

export function useActiveStep(stepSelector: string, isEnabled: boolean): ActiveStep {
  const [activeIndex, setActiveIndex] = useState(BEFORE_FIRST_STEP);
  const [isAttached, setAttached] = useState(false);
  const activeIndexRef = useRef(activeIndex);
  activeIndexRef.current = activeIndex;

  useEffect(() => {
    // Fetched while the page wakes up, so it is in by the time tracking starts.
    const stepWatchLoaded = loadStepWatch();
    if (!isEnabled) {
      setActiveIndex(BEFORE_FIRST_STEP);
      return;
    }
    const mobile = window.matchMedia(MOBILE_QUERY);
    let watch: StepWatch | undefined;

    // Scrollama says when a step crosses the trigger; the steps' positions then say which one is
    // active. Reading them on those rare events (never per frame) also lands right after a jump
    // that skipped several steps, and inside a cross-origin iframe, where IntersectionObserver
    // ignores scrollama's rootMargin and its own index cannot be trusted. scrollama watches only the
    // steps around the reader's (watchedSteps.ts): a crossing it reports is among them, and their
    // positions alone answer it; at rest after a jump, or where they cannot tell, every step's do.
    let settleSoonTimer = 0;
    const settleFromGeometry = ({ isNearby = false } = {}) => {
      window.clearTimeout(settleSoonTimer);
      const steps = Array.from(document.querySelectorAll<HTMLElement>(stepSelector));
      const triggerLine = window.innerHeight * triggerShare();
      const nearby = isNearby ? watch?.nearbyIndex(steps, triggerLine) : undefined;
      const index = nearby ?? activeIndexFromTops(steps.map((step) => step.getBoundingClientRect().top), triggerLine);
      // A transition, so that a step change reaching a scene whose code is still loading waits for
      // it instead of replacing the prerendered picture with an empty fallback.
      startTransition(() => setActiveIndex(index));
      watch?.follow(steps, index);
    };
    // Crossing from one step to the next, one step exits and the other enters in the same moment,
    // each with its own observer's callback: one reading of the positions answers both.
    const settleSoon = () => {
      window.clearTimeout(settleSoonTimer);
      settleSoonTimer = window.setTimeout(() => settleFromGeometry({ isNearby: true }), 0);
    };

    // The trigger line differs by layout (the phone's cards live in the lower band), so a layout
    // change rebuilds the instance rather than just resizing it.
    const setUp = () => {
      watch?.destroy();
      settleFromGeometry();
    };
    // A change of width (rotation, zoom, a resized window) reflows every step; put the reader's
    // step back at the trigger line before reading positions again. Height-only changes (a phone's
    // URL bar) are left alone so they never fight the reader's scrolling.
    let lastWidth = window.innerWidth;
    const resize = () => {
      const steps = document.querySelectorAll<HTMLElement>(stepSelector);
      const current = steps[activeIndexRef.current];
      if (window.innerWidth !== lastWidth && current) window.scrollTo({ top: scrollTopForStep(current), behavior: 'instant' });
      lastWidth = window.innerWidth;
      watch?.resize();
      settleFromGeometry();
    };

    // A jump that starts and ends outside every step (top of page to its end) crosses no trigger
    // scrollama can report, so settle once the scroll has come to rest.
    const settleEvent = 'onscrollend' in window ? 'scrollend' : 'scroll';
    let settleTimer = 0;
    const settleWhenAtRest = () => {
      window.clearTimeout(settleTimer);
      settleTimer = window.setTimeout(settleFromGeometry, settleEvent === 'scrollend' ? 0 : 150);
    };

    // Until scrollama is in, the positions are read where the scroll comes to rest.
    setUp();
    let isCleanedUp = false;
    void stepWatchLoaded.then(({ createStepWatch }) => {
      if (isCleanedUp) return;
      watch = createStepWatch(settleSoon);
      setUp();
      setAttached(true);
    });
    mobile.addEventListener('change', setUp);
    window.addEventListener('resize', resize);
    window.addEventListener(settleEvent, settleWhenAtRest, { passive: true });
    return () => {
      isCleanedUp = true;
      setAttached(false);
      window.clearTimeout(settleTimer);
      window.clearTimeout(settleSoonTimer);
      window.removeEventListener(settleEvent, settleWhenAtRest);
      mobile.removeEventListener('change', setUp);
      window.removeEventListener('resize', resize);
      watch?.destroy();
      watch = undefined;
    };
  }, [stepSelector, isEnabled]);

  return { activeIndex, isFollowing: !isEnabled || isAttached };
}
