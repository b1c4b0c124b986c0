// Keeps the URL and the reader's step in agreement: a `#step-id` link lands on that step, and the
// fragment follows the reader with replaceState (no history entry per step, so Back leaves the story
// as a reader expects). Reloading therefore lands on the step the reader was on.
//   useStepUrl(activeStepId, STEP_IDS, isEnabled);
import { useEffect, useRef } from 'react';
import { hashForStep, readStepFromHash } from '../story/deepLink.ts';
import { bringStepIntoPlace } from '../story/trigger.ts';

const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

export function useStepUrl(activeStepId: string | undefined, stepIds: readonly string[], isEnabled: boolean): void {
  const hasLanded = useRef(false);

  useEffect(() => {
    if (!isEnabled) return;
    const requested = readStepFromHash(window.location.hash, stepIds);
    if (requested) {
      // We place the step ourselves; the browser restoring an old scroll offset would fight us.
      window.history.scrollRestoration = 'manual';
      bringStepIntoPlace(requested, { focus: false });
      // Web fonts arriving reflow the text above; place the step again unless the reader has
      // started moving on their own.
      let hasReaderMoved = false;
      const noteReaderMoved = () => {
        hasReaderMoved = true;
      };
      for (const type of READER_INPUT) window.addEventListener(type, noteReaderMoved, { once: true, passive: true });
      void document.fonts.ready.then(() => {
        for (const type of READER_INPUT) window.removeEventListener(type, noteReaderMoved);
        if (!hasReaderMoved) bringStepIntoPlace(requested, { focus: false });
      });
    }
    hasLanded.current = true;
    const followLink = () => {
      const linked = readStepFromHash(window.location.hash, stepIds);
      if (linked) bringStepIntoPlace(linked, { focus: true });
    };
    window.addEventListener('hashchange', followLink);
    return () => window.removeEventListener('hashchange', followLink);
  }, [stepIds, isEnabled]);

  useEffect(() => {
    if (!isEnabled || !hasLanded.current) return;
    const { hash, pathname, search } = window.location;
    // Leave other in-page anchors (#sources) alone; only a step fragment, or none, follows the reader.
    const isStepOrEmpty = hash === '' || readStepFromHash(hash, stepIds) !== undefined;
    const wanted = hashForStep(activeStepId);
    if (isStepOrEmpty && hash !== wanted) window.history.replaceState(window.history.state, '', `${pathname}${search}${wanted}`);
  }, [activeStepId, stepIds, isEnabled]);
}
