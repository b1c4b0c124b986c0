// What every scene component receives.
import type { Picture } from '../content/types.ts';

export interface SceneProps {
  /** Id of the step whose picture is drawn; written to `data-state`. */
  stepId: string;
  /** The picture for that step. */
  picture: Picture;
  /** The picture's text alternative, announced politely when it changes. */
  alt: string;
  /** The chapter's caption for its scene. */
  caption: string;
  /** Drawn as a still figure for the linear article instead of the live sticky scene. */
  isStill: boolean;
}
