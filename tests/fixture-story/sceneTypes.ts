// What the fixture's one scene draws: a tower whose lamp is dark or lit, and the words in it.

export interface LampPicture {
  /** Whether the lamp is lit. */
  isLit: boolean;
  /** How far up the tower the keeper is, from 0 (the door) to 1 (the lamp room). */
  keeperAt: number;
}

export interface LampSceneWords {
  /** The label beside the keeper. */
  keeper: string;
}
