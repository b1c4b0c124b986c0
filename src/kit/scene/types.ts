// What every scene component receives: `P` is the picture it draws, `C` its chapter's scene copy.
export interface SceneProps<P, C> {
  /** Id of the step whose picture is drawn; written to `data-state`. */
  stepId: string;
  /** The picture for that step. */
  picture: P;
  /** The picture's text alternative, announced politely when it changes. */
  alt: string;
  /** The chapter's caption for its scene. */
  caption: string;
  /** The words and data the scene draws, from its chapter's copy (labels, a feed, a timeline). */
  copy: C;
  /** Drawn as a still figure for the linear article instead of the live sticky scene. */
  isStill: boolean;
}
