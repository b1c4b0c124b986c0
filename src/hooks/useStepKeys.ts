// Arrow keys and PageUp/PageDown move between steps (and focus the step's card) while the reader is
// in the scrolly part of the story; elsewhere, and inside controls, keys keep their usual meaning.
//   useStepKeys(activeIndex, STEP_IDS, isEnabled);
import { useEffect } from 'react';
import { bringStepIntoPlace } from '../story/trigger.ts';

const NEXT_KEYS = new Set(['ArrowDown', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowUp', 'PageUp']);
const KEEPS_ITS_KEYS = 'input, textarea, select, button, summary, [contenteditable], [role="region"], table';

/** The step a key press moves to, or undefined when the key should act as usual. */
export function stepForKey(key: string, activeIndex: number, stepIds: readonly string[]): string | undefined {
  if (NEXT_KEYS.has(key)) return stepIds[activeIndex + 1];
  if (PREVIOUS_KEYS.has(key) && activeIndex > 0) return stepIds[activeIndex - 1];
  return undefined;
}

export function useStepKeys(activeIndex: number, stepIds: readonly string[], isEnabled: boolean): void {
  useEffect(() => {
    if (!isEnabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(KEEPS_ITS_KEYS)) return;
      // Past the story (in the sources), arrows scroll the page as usual.
      const sources = document.querySelector('[data-chapter="sources"]');
      if (sources && sources.getBoundingClientRect().top < window.innerHeight / 2) return;
      const destination = stepForKey(event.key, activeIndex, stepIds);
      if (destination && bringStepIntoPlace(destination, { focus: true })) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [activeIndex, stepIds, isEnabled]);
}
