// Wraps a scene so its Moving elements know how to change state: gliding, or at once when motion is
// off (the system setting, the page's own control) or the picture is still (linear mode, print).
// It hands down the page's motion store itself, not its value, so the motion switch renders nothing.
//   <MotionScope isStill={false}><Moving to={{ transform: toTransform({ y }) }} /></MotionScope>
import type { ReactNode } from 'react';
import { useMotionOff } from '../hooks/motionContext.ts';
import { ALWAYS_INSTANT, InstantMotionContext } from './sceneMotion.ts';

interface MotionScopeProps {
  /** A still picture (linear mode, print) never moves. */
  isStill: boolean;
  children: ReactNode;
}

export function MotionScope({ isStill, children }: MotionScopeProps) {
  const motionOff = useMotionOff();
  return <InstantMotionContext.Provider value={isStill ? ALWAYS_INSTANT : motionOff}>{children}</InstantMotionContext.Provider>;
}
