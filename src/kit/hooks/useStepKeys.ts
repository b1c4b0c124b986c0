// Arrow keys and PageUp/PageDown move between steps (and focus the step's card) while the reader is
// in the scrolly part of the story; elsewhere, and inside controls, keys keep their usual meaning.
//   useStepKeys(activeIndex, STEP_IDS, isEnabled);
import { useEffect, useRef } from 'react';
import { bringStepIntoPlace } from '../steps/trigger.ts';

const NEXT_KEYS = new Set(['ArrowDown', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowUp', 'PageUp']);
const KEEPS_ITS_KEYS = 'input, textarea, select, button, summary, [contenteditable], [role="region"], table';

/** The step a key press moves to, or undefined when the key should act as usual. */
export function stepForKey(key: string, activeIndex: number, stepIds: readonly string[]): string | undefined {
  if (NEXT_KEYS.has(key)) return stepIds[activeIndex + 1];
  if (PREVIOUS_KEYS.has(key) && activeIndex > 0) return stepIds[activeIndex - 1];
  return undefined;
}

/** A step a key press has sent the reader to, and the step that was active when it was pressed. */
export interface PendingMove {
  index: number;
  fromIndex: number;
}

/**
 * The index a key press moves from. The active step reaches React a moment after the scroll (the
 * positions are read, then rendered), so a quick second press would otherwise move from the old
 * step, to where the reader already is. A pending move counts until the reader scrolls elsewhere.
 */
export function indexToMoveFrom(activeIndex: number, pending: PendingMove | undefined): number {
  if (pending && (activeIndex === pending.fromIndex || activeIndex === pending.index)) return pending.index;
  return activeIndex;
}

export function useStepKeys(activeIndex: number, stepIds: readonly string[], isEnabled: boolean): void {
  const pendingRef = useRef<PendingMove | undefined>(undefined);
  useEffect(() => {
    // Once the active step has moved (to the pending step or wherever the reader scrolled), it is
    // the one to move from again.
    if (pendingRef.current && activeIndex !== pendingRef.current.fromIndex) pendingRef.current = undefined;
    if (!isEnabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(KEEPS_ITS_KEYS)) return;
      // Past the story (in the sources), arrows scroll the page as usual.
      const sources = document.querySelector('[data-chapter="sources"]');
      if (sources && sources.getBoundingClientRect().top < window.innerHeight / 2) return;
      const destination = stepForKey(event.key, indexToMoveFrom(activeIndex, pendingRef.current), stepIds);
      if (!destination || !bringStepIntoPlace(destination, { focus: true })) return;
      event.preventDefault();
      pendingRef.current = { index: stepIds.indexOf(destination), fromIndex: activeIndex };
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [activeIndex, stepIds, isEnabled]);
}
