// Carries "no movement" down to the scenes' MotionScope: the system's reduced-motion setting or the
// page's own motion switch.
import { createContext, useContext } from 'react';

export const MotionOffContext = createContext(false);

/** True when scenes must change state without movement. */
export function useIsMotionOff(): boolean {
  return useContext(MotionOffContext);
}
