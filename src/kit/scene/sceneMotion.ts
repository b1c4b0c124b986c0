// How the scenes' moving parts change state, carried from MotionScope down to each Moving element.
import { createContext, useContext } from 'react';

/**
 * Ease-out, no bounce: movement explains, it does not decorate. At the short end of the art
 * direction's 300-600 ms: while a movement runs, the browser restyles the moving layers on every
 * frame of the reader's scroll, so a shorter one leaves the scroll's frames lighter sooner.
 */
export const SCENE_TRANSITION = { duration: 0.4, ease: [0.22, 1, 0.36, 1] } as const;

/**
 * Whether a scene must change state at once (reduced motion, the motion switch, a still picture):
 * read when an element moves, and followed by subscribing, so that a change renders nothing.
 */
export interface InstantMotion {
  get: () => boolean;
  subscribe: (onChange: () => void) => () => void;
}

/** A still picture, or an element outside any scene: never moves. */
export const ALWAYS_INSTANT: InstantMotion = { get: () => true, subscribe: () => () => undefined };

export const InstantMotionContext = createContext<InstantMotion>(ALWAYS_INSTANT);

export function useInstantMotion(): InstantMotion {
  return useContext(InstantMotionContext);
}
