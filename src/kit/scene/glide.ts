// Moves an element to a pose with framer-motion's Web Animations `animate` (framer-motion/dom/mini,
// about 2 KB: the scenes only move boxes between poses), from the pose it rests at, given, so that
// nothing is read: with one keyframe framer reads the element's computed style to start from, and
// a step change, whose every moving element starts a glide in React's commit, laid out the page's
// styles once per element (some 120 ms of one task at 4× CPU on the French page, in a profile).
// Only a pose that changes mid-glide is read, to start from wherever the glide has got to.
//   const glide = glideTo(element, { transform: 'none' }, { transform: 'translateY(-18px)' }); … landAt(element, pose, glide);
import { animate } from 'framer-motion/dom/mini';
import { SCENE_TRANSITION } from './sceneMotion.ts';

/**
 * What a scene animates: CSS `transform` and `opacity`, nothing that lays the page out again. (A
 * type, not an interface, so that it fits framer's keyframe records.)
 */
export type Pose = {
  transform?: string;
  opacity?: number;
};

export type Glide = ReturnType<typeof animate>;

/**
 * Glides the element from `from` (the pose it rests at; null while another glide is under way,
 * which framer then stops and starts from) to `to`. At its end framer writes `to` to the element's
 * own style and drops the animation.
 */
export function glideTo(element: HTMLElement, from: Pose | null, to: Pose): Glide {
  // A null first keyframe is framer's "from where it is now".
  const keyframes: { transform?: (string | null)[]; opacity?: (number | null)[] } = {};
  if (to.transform !== undefined) keyframes.transform = [from?.transform ?? null, to.transform];
  if (to.opacity !== undefined) keyframes.opacity = [from?.opacity ?? null, to.opacity];
  return animate(element, keyframes as Parameters<typeof animate>[1], SCENE_TRANSITION);
}

/** The element at its pose at once: the glide under way, if any, stopped, the pose written. */
export function landAt(element: HTMLElement, pose: Pose, glide: Glide | null): void {
  glide?.stop();
  Object.assign(element.style, pose);
}
