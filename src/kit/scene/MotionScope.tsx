// Wraps a scene so its `m.*` elements animate: the features load lazily, and reduced motion (the
// system setting, the page's own control, or a still picture) makes every change instant.
//   <MotionScope isStill={false}><m.g animate={{ transform: toTransform({ y }) }} /></MotionScope>
import type { ReactNode } from 'react';
import { LazyMotion, MotionConfig } from 'framer-motion';
import { useIsMotionOff } from '../hooks/motionContext.ts';

const loadFeatures = () => import('./motionFeatures.ts').then((module) => module.default);

/**
 * Ease-out, no bounce: movement explains, it does not decorate. At the short end of the art
 * direction's 300-600 ms: while a movement runs, the browser restyles the moving layers on every
 * frame of the reader's scroll, so a shorter one leaves the scroll's frames lighter sooner.
 */
export const SCENE_TRANSITION = { duration: 0.4, ease: [0.22, 1, 0.36, 1] } as const;
/** Without motion, states change at once (framer's own reduced mode still scales and fades). */
const INSTANT = { duration: 0 } as const;

interface MotionScopeProps {
  /** A still picture (linear mode, print) never moves. */
  isStill: boolean;
  children: ReactNode;
}

export function MotionScope({ isStill, children }: MotionScopeProps) {
  const isInstant = useIsMotionOff() || isStill;
  return (
    <LazyMotion features={loadFeatures} strict>
      {/* Keyed: framer reads its motion settings when an element mounts, so a switch remounts. */}
      <MotionConfig key={isInstant ? 'instant' : 'moving'} reducedMotion={isInstant ? 'always' : 'never'} transition={isInstant ? INSTANT : SCENE_TRANSITION}>
        {children}
      </MotionConfig>
    </LazyMotion>
  );
}
