// Keeps the URL and the reader's step in agreement: a `#step-id` link lands on that step, and the
// fragment follows the reader with replaceState (no history entry per step, so Back leaves the story
// as a reader expects). Reloading lands on the step the reader was on, as far through it as they were.
//   useStepUrl(activeStepId, STEP_IDS, isEnabled, place);
import { useEffect, useRef } from 'react';
import { hashForStep, readStepFromHash, secretSuffix } from '../steps/deepLink.ts';
import { recallProgressAfterReload, recallStepAfterReload, rememberProgress, rememberStep } from '../steps/stepMemory.ts';
import type { PlaceStore } from '../steps/stepPlace.ts';
import { whenScrollStill } from '../steps/scrollStill.ts';
import { bringStepIntoPlace } from '../steps/trigger.ts';

const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * How long the page must have been still, on a step, before the address follows. Changing it costs
 * the main thread a few milliseconds (and makes Chromium fetch and decode the page's icon again); at
 * every step passed, that work would land in the frames of a scroll and of the scene's movement
 * (0.4 s), so the address waits until the reader has stopped on a step.
 */
export const ADDRESS_DELAY_MS = 700;

function writeStepToAddress(activeStepId: string | undefined, stepIds: readonly string[]): void {
  const { hash, pathname, search } = window.location;
  // Leave other in-page anchors (#sources) alone; only a step fragment, or none, follows the reader.
  // A WordPress embed's secret stays at the end, where WordPress put it.
  const secret = secretSuffix(hash);
  const isStepOrEmpty = hash === secret || readStepFromHash(hash, stepIds) !== undefined;
  const wanted = hashForStep(activeStepId) + secret;
  if (isStepOrEmpty && hash !== wanted) window.history.replaceState(window.history.state, '', `${pathname}${search}${wanted}`);
}

export function useStepUrl(activeStepId: string | undefined, stepIds: readonly string[], isEnabled: boolean, place: PlaceStore): void {
  const hasLanded = useRef(false);

  useEffect(() => {
    if (!isEnabled) return;
    // After a reload, the step the reader was on, even if the address had not caught up with it yet.
    const requested = recallStepAfterReload(stepIds) ?? readStepFromHash(window.location.hash, stepIds);
    if (requested) {
      const progress = recallProgressAfterReload(requested);
      // We place the step ourselves; the browser restoring an old scroll offset would fight us.
      window.history.scrollRestoration = 'manual';
      bringStepIntoPlace(requested, { focus: false, progress });
      // Web fonts arriving reflow the text above; place the step again unless the reader has
      // started moving on their own.
      let hasReaderMoved = false;
      const noteReaderMoved = () => {
        hasReaderMoved = true;
      };
      for (const type of READER_INPUT) window.addEventListener(type, noteReaderMoved, { once: true, passive: true });
      void document.fonts.ready.then(() => {
        for (const type of READER_INPUT) window.removeEventListener(type, noteReaderMoved);
        if (!hasReaderMoved) bringStepIntoPlace(requested, { focus: false, progress });
      });
    }
    const keepPlace = () => {
      const { index, progress } = place.get();
      rememberProgress(stepIds[index], progress);
    };
    window.addEventListener('pagehide', keepPlace);
    hasLanded.current = true;
    const followLink = () => {
      const linked = readStepFromHash(window.location.hash, stepIds);
      if (linked) bringStepIntoPlace(linked, { focus: true });
    };
    window.addEventListener('hashchange', followLink);
    return () => {
      window.removeEventListener('hashchange', followLink);
      window.removeEventListener('pagehide', keepPlace);
    };
  }, [stepIds, isEnabled, place]);

  useEffect(() => {
    if (!isEnabled || !hasLanded.current) return;
    rememberStep(activeStepId);
    return whenScrollStill(ADDRESS_DELAY_MS, () => writeStepToAddress(activeStepId, stepIds));
  }, [activeStepId, stepIds, isEnabled]);
}
