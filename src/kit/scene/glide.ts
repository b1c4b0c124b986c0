// Moves an element to a pose with the Web Animations API, from wherever it is, a glide under way
// included, without reading its style: the animation's one keyframe is the pose, and the browser
// starts it from what lies under it. Once there, the pose is written to the element's own style and
// the animation dropped. Reading the style to start from it (as framer-motion's animate did) made
// the browser lay out its styles once per moving element in the commit of every step change.
//   const glide = glideTo(element, { transform: 'translateY(-18px)' }, SCENE_TRANSITION); … glide.cancel();
import { SCENE_TRANSITION } from './sceneMotion.ts';

/**
 * What a scene animates: CSS `transform` and `opacity`, nothing that lays the page out again. (A
 * type, not an interface, so that it is a keyframe as it is.)
 */
export type Pose = {
  transform?: string;
  opacity?: number;
};

/** SCENE_TRANSITION in the Web Animations API's terms; held at the pose until it is written. */
const GLIDE_TIMING: KeyframeAnimationOptions = {
  duration: SCENE_TRANSITION.duration * 1000,
  easing: `cubic-bezier(${SCENE_TRANSITION.ease.join(', ')})`,
  fill: 'forwards',
};

export function glideTo(element: HTMLElement, pose: Pose): Animation {
  const animation = element.animate([pose], GLIDE_TIMING);
  animation.addEventListener('finish', () => {
    Object.assign(element.style, pose);
    animation.cancel();
  });
  return animation;
}

/** The element at its pose at once: every glide given stopped, the pose written. */
export function landAt(element: HTMLElement, pose: Pose, glides: Iterable<Animation>): void {
  for (const glide of glides) glide.cancel();
  Object.assign(element.style, pose);
}
