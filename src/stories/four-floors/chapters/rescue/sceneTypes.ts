// The types of what the rescue scene draws: each step's picture, and the words in and under the
// drawing (the chapter's words gives them, so an edition in another language is a change of words).

/** What the façade drawing shows for one rescue step. */
export interface RescuePicture {
  /** Where the climber is: 0 = street (rez-de-chaussée), n = the nth étage. */
  climberLevel: number;
  /** Where the climber stands horizontally: on the pavement across the road, or at the building. */
  climberAt: 'across-road' | 'facade';
  child: 'hanging' | 'lifted' | 'safe';
  /** Whether the neighbour behind the partition is drawn reaching out. */
  isNeighbourReaching: boolean;
  /** Whether the crowd on the pavement is drawn. */
  hasCrowd: boolean;
}

/** Ordinal numbers by plural category (Intl.PluralRules, type "ordinal"): `{n}` is the number. */
export type Ordinals = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface RescueSceneWords {
  /** The language of these words, for the storeys' ordinals. */
  lang: string;
  /** The labels beside the figures. */
  climber: string;
  child: string;
  neighbour: string;
  /** Read after the caption, before the switch that relabels the floors. */
  countingPrompt: string;
  /** The switch's accessible name and its two choices. */
  countingGroup: string;
  asEtages: string;
  asStoreys: string;
  /** French étages: the street level's label, the numbered étages (French ordinals), the unit. */
  ground: string;
  etages: Ordinals;
  etageUnit: string;
  /** Storeys counted from the street, in the story's language's ordinals, and the unit. */
  storeys: Ordinals;
  storeyUnit: string;
}
