// Carries the reader's "motion off" choice down to the scenes' MotionScope.
import { createContext, useContext } from 'react';

export const MotionOffContext = createContext(false);

/** True when the reader switched motion off with the page's control. */
export function useIsMotionOff(): boolean {
  return useContext(MotionOffContext);
}
