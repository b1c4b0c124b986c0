// Once the story is awake, lays out in idle time the parts under the returned ref's element that match
// `selector` and that the page skipped at load (idleLayout.ts); then calls `onLaidOut`. From then on,
// those parts are skipped while they are away from the view (skipWhenAway.ts).
//   const ref = useIdleLayout<HTMLElement>(DEFERRED_PARTS, onLaidOut);
//   return <main ref={ref}>…</main>;
import { useEffect, useRef, type RefObject } from 'react';
import { layOutWhenIdle } from './idleLayout.ts';
import { skipWhenAway } from './skipWhenAway.ts';

export function useIdleLayout<T extends Element>(selector: string, onLaidOut: () => void): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    const parts = [...container.querySelectorAll(selector)];
    let stopSkipping = () => {};
    const stopLayingOut = layOutWhenIdle(parts, () => {
      stopSkipping = skipWhenAway(parts);
      onLaidOut();
    });
    return () => {
      stopLayingOut();
      stopSkipping();
    };
  }, [selector, onLaidOut]);
  return ref;
}
