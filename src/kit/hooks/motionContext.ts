// Carries "no movement" down to the scenes' MotionScope: the system's reduced-motion setting or the
// page's own motion switch. The context holds a store that never changes, not the flag itself: both
// sources are read after hydration, and a context value that changed while the chapters' evidence
// was still dehydrated made React drop that prerendered evidence and draw it again once loaded (the
// cards shrank and grew under a reader with reduced motion). Nothing re-renders when the flag
// changes: each moving element reads it when it next moves, and follows it (stops a glide) by
// subscribing, so the switch's tap costs no render of the scenes.
//   const motionOff = createMotionOffStore(); motionOff.set(true);
//   <MotionOffContext.Provider value={motionOff}>…</MotionOffContext.Provider>
//   const motionOff = useMotionOff(); motionOff.get();
import { createContext, useContext } from 'react';

/** A flag that is read when needed and followed by subscribing, outside React's renders. */
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

/** The page's "no movement" flag, to read when a scene moves (never a reason to render). */
export function useMotionOff(): MotionOffStore {
  return useContext(MotionOffContext);
}
