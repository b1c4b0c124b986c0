// Tracks which story step the reader is on, from scroll position, with scrollama.
//   const activeIndex = useActiveStep('[data-step]');
// The only module that imports scrollama.
import { startTransition, useEffect, useState } from 'react';
import scrollama from 'scrollama';
import { MOBILE_QUERY, STEP_TRIGGER_DESKTOP, STEP_TRIGGER_MOBILE } from '../constants.ts';
import { activeIndexFromTops } from '../story/activeStep.ts';

/** Returns the index (in document order) of the step the reader is on. */
export function useActiveStep(stepSelector: string): number {
  const [activeIndex, setActiveIndex] = useState(0);

  useEffect(() => {
    // A transition, so that a step change reaching a scene whose code is still loading waits for it
    // instead of replacing the prerendered picture with an empty fallback.
    const showStep = (index: number) => startTransition(() => setActiveIndex(index));
    const mobile = window.matchMedia(MOBILE_QUERY);
    let scroller: scrollama.ScrollamaInstance | undefined;
    const triggerShare = () => (mobile.matches ? STEP_TRIGGER_MOBILE : STEP_TRIGGER_DESKTOP);

    // Reads geometry only at set-up and when a step exits (rare events, never per frame), to land
    // on the right step after a jump that skipped over several.
    const settleFromGeometry = () => {
      const steps = Array.from(document.querySelectorAll<HTMLElement>(stepSelector));
      const tops = steps.map((step) => step.getBoundingClientRect().top);
      showStep(activeIndexFromTops(tops, window.innerHeight * triggerShare()));
    };

    // The trigger line differs by layout (the phone's cards live in the lower band), so a layout
    // change rebuilds the instance rather than just resizing it.
    const setUp = () => {
      scroller?.destroy();
      scroller = scrollama()
        .setup({ step: stepSelector, offset: triggerShare() })
        .onStepEnter(({ index }) => showStep(index))
        .onStepExit(settleFromGeometry);
      settleFromGeometry();
    };
    const resize = () => {
      scroller?.resize();
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

    setUp();
    mobile.addEventListener('change', setUp);
    window.addEventListener('resize', resize);
    window.addEventListener(settleEvent, settleWhenAtRest, { passive: true });
    return () => {
      window.clearTimeout(settleTimer);
      window.removeEventListener(settleEvent, settleWhenAtRest);
      mobile.removeEventListener('change', setUp);
      window.removeEventListener('resize', resize);
      scroller?.destroy();
      scroller = undefined;
    };
  }, [stepSelector]);

  return activeIndex;
}
