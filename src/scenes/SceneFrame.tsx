// The common frame of every sticky scene: the DOM contract (data-scene, data-state), the text
// alternative announced when the picture changes, a caption, and optional controls.
//   <SceneFrame name="meeting" stepId={id} alt={alt} caption="…"><svg aria-hidden … /></SceneFrame>
import type { ReactNode } from 'react';
import { MotionScope } from './MotionScope.tsx';

interface SceneFrameProps {
  /** The scene's name, written to `data-scene`. */
  name: string;
  /** The step shown, written to `data-state`. */
  stepId: string;
  /** What the picture shows, in words; read politely by screen readers when it changes. */
  alt: string;
  /** A line in the sans under the picture. */
  caption: string;
  /** Interactive controls shown with the caption (never inside the aria-hidden artwork). */
  controls?: ReactNode;
  /** The artwork, aria-hidden. */
  children: ReactNode;
}

export function SceneFrame({ name, stepId, alt, caption, controls, children }: SceneFrameProps) {
  return (
    <div className={`scene scene--${name}`} data-scene={name} data-state={stepId}>
      <MotionScope>{children}</MotionScope>
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
