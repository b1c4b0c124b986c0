// The common frame of every scene. Live (sticky) it carries the DOM contract (data-scene,
// data-state) and announces its text alternative when the picture changes; still (linear mode,
// print) it is a figure captioned with that text.
//   <SceneFrame name="meeting" stepId={id} alt={alt} caption="…" isStill={false}><svg aria-hidden … /></SceneFrame>
import type { ReactNode } from 'react';
import { MotionScope } from './MotionScope.tsx';

interface SceneFrameProps {
  /** The scene's name, written to `data-scene` (or `data-still-scene`). */
  name: string;
  /** The step shown, written to `data-state` (or `data-still-state`). */
  stepId: string;
  /** What the picture shows, in words. */
  alt: string;
  /** A line in the sans under the picture. */
  caption: string;
  /** A still picture of one step's state, for the linear article. */
  isStill: boolean;
  /** Interactive controls shown with the caption (never inside the aria-hidden artwork). */
  controls?: ReactNode;
  /** The artwork, aria-hidden. */
  children: ReactNode;
}

export function SceneFrame({ name, stepId, alt, caption, isStill, controls, children }: SceneFrameProps) {
  if (isStill) {
    return (
      <figure className={`scene scene--still scene--${name}`} data-still-scene={name} data-still-state={stepId}>
        <MotionScope isStill>{children}</MotionScope>
        <figcaption className="scene__caption">
          <span className="scene__alt">{alt}</span> <span>{caption}</span>
        </figcaption>
      </figure>
    );
  }
  return (
    <div className={`scene scene--${name}`} data-scene={name} data-state={stepId}>
      <MotionScope isStill={false}>{children}</MotionScope>
      <div className="scene__caption">
        <span>{caption}</span>
        {controls}
      </div>
      <p className="visually-hidden" aria-live="polite" data-scene-alt>
        {alt}
      </p>
    </div>
  );
}
