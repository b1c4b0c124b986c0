// Wraps a scene so its `m.*` elements animate: the features load lazily, and the reader's
// reduced-motion preference turns transform animations into instant changes.
//   <MotionScope><m.g animate={{ y }} /></MotionScope>
import type { ReactNode } from 'react';
import { LazyMotion, MotionConfig } from 'framer-motion';

const loadFeatures = () => import('./motionFeatures.ts').then((module) => module.default);

/** Ease-out, no bounce: movement explains, it does not decorate. */
export const SCENE_TRANSITION = { duration: 0.5, ease: [0.22, 1, 0.36, 1] } as const;

export function MotionScope({ children }: { children: ReactNode }) {
  return (
    <LazyMotion features={loadFeatures} strict>
      <MotionConfig reducedMotion="user" transition={SCENE_TRANSITION}>
        {children}
      </MotionConfig>
    </LazyMotion>
  );
}
