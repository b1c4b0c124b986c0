// What every scene component receives: `P` is the picture it draws, `C` its chapter's scene words.
import type { StepProgress } from './stepProgress.ts';

export interface SceneProps<P, C> {
  /** Id of the step whose picture is drawn; written to `data-state`. */
  stepId: string;
  /** The picture for that step. */
  picture: P;
  /** The next step's picture in the chapter (none for its last step): where a part that follows the scroll is heading. */
  nextPicture?: P;
  /** The reader's progress through the step: always 0 for a still picture or with motion off. */
  progress: StepProgress;
  /** The picture's text alternative, announced politely when it changes. */
  alt: string;
  /** The chapter's caption for its scene. */
  caption: string;
  /** The words and data the scene draws, from its chapter's words (labels, a feed, a timeline). */
  copy: C;
  /** Drawn as a still figure for the linear article instead of the live sticky scene. */
  isStill: boolean;
}
