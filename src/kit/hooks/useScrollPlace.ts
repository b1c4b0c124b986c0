// Follows the reader's place (steps/stepPlace.ts) through this window's scroll, for the scenes'
// parts that move with it and the bar of chapters. The follower (steps/followScroll.ts) loads by
// import() once tracking is asked for, as scrollama does: nothing moves with the scroll before.
//   useScrollPlace('[data-step]', isEnabled, place);
import { useEffect } from 'react';
import type { PlaceStore } from '../steps/stepPlace.ts';

export function useScrollPlace(stepSelector: string, isEnabled: boolean, place: PlaceStore): void {
  useEffect(() => {
    if (!isEnabled) return;
    let stop: (() => void) | undefined;
    let isStopped = false;
    void import('../steps/followScroll.ts').then(({ followScroll }) => {
      if (!isStopped) stop = followScroll(stepSelector, place);
    });
    return () => {
      isStopped = true;
      stop?.();
    };
  }, [stepSelector, isEnabled, place]);
}
