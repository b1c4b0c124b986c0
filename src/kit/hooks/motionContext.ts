// Carries "no movement" down to the scenes' MotionScope: the system's reduced-motion setting or the
// page's own motion switch. The context holds a store that never changes, not the flag itself: both
// sources are read after hydration, and a context value that changed while the chapters' evidence
// was still dehydrated made React drop that prerendered evidence and draw it again once loaded (the
// cards shrank and grew under a reader with reduced motion). Only the scenes that read the flag
// subscribe to it.
//   const motionOff = createMotionOffStore(); motionOff.set(true);
//   <MotionOffContext.Provider value={motionOff}>…</MotionOffContext.Provider>
//   const isMotionOff = useIsMotionOff();
import { createContext, useContext, useSyncExternalStore } from 'react';

export interface MotionOffStore {
  get: () => boolean;
  set: (isMotionOff: boolean) => void;
  subscribe: (onChange: () => void) => () => void;
}

export function createMotionOffStore(): MotionOffStore {
  let isMotionOff = false;
  const listeners = new Set<() => void>();
  return {
    get: () => isMotionOff,
    set: (value) => {
      if (value === isMotionOff) return;
      isMotionOff = value;
      for (const listener of listeners) listener();
    },
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}

/** Motion is on until the page says otherwise (the prerender, and a scene with no provider above it). */
const MOTION_ON: MotionOffStore = { get: () => false, set: () => undefined, subscribe: () => () => undefined };

export const MotionOffContext = createContext<MotionOffStore>(MOTION_ON);

/** True when scenes must change state without movement. */
export function useIsMotionOff(): boolean {
  const store = useContext(MotionOffContext);
  // The prerendered page was drawn with motion on: hydration reads that, then the current value.
  return useSyncExternalStore(store.subscribe, store.get, () => false);
}
