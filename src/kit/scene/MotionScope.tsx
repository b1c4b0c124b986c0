// Wraps a scene so its Moving elements know how to change state: gliding, or at once when motion is
// off (the system setting, the page's own control) or the picture is still (linear mode, print).
//   <MotionScope isStill={false}><Moving to={{ transform: toTransform({ y }) }} /></MotionScope>
import type { ReactNode } from 'react';
import { useIsMotionOff } from '../hooks/motionContext.ts';
import { InstantMotionContext } from './sceneMotion.ts';

interface MotionScopeProps {
  /** A still picture (linear mode, print) never moves. */
  isStill: boolean;
  children: ReactNode;
}

export function MotionScope({ isStill, children }: MotionScopeProps) {
  const isInstant = useIsMotionOff() || isStill;
  return <InstantMotionContext.Provider value={isInstant}>{children}</InstantMotionContext.Provider>;
}
