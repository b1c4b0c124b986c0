// Wraps a scene so its `m.*` elements animate: the features load lazily, and reduced motion (the
// system setting, the page's own control, or a still picture) turns movement into instant changes.
//   <MotionScope isStill={false}><m.g animate={{ y }} /></MotionScope>
import type { ReactNode } from 'react';
import { LazyMotion, MotionConfig } from 'framer-motion';
import { useIsMotionOff } from '../hooks/motionContext.ts';

const loadFeatures = () => import('./motionFeatures.ts').then((module) => module.default);

/** Ease-out, no bounce: movement explains, it does not decorate. */
export const SCENE_TRANSITION = { duration: 0.5, ease: [0.22, 1, 0.36, 1] } as const;

interface MotionScopeProps {
  /** A still picture (linear mode, print) never moves. */
  isStill: boolean;
  children: ReactNode;
}

export function MotionScope({ isStill, children }: MotionScopeProps) {
  const isMotionOff = useIsMotionOff();
  return (
    <LazyMotion features={loadFeatures} strict>
      <MotionConfig reducedMotion={isStill || isMotionOff ? 'always' : 'user'} transition={SCENE_TRANSITION}>
        {children}
      </MotionConfig>
    </LazyMotion>
  );
}
