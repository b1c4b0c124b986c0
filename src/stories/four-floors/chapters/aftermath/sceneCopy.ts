// The types of what the aftermath scene draws: how far the timeline is filled, and its entries.

export interface AftermathPicture {
  /** Index of the last timeline entry filled in. */
  filledUpTo: number;
}

export interface TimelineEntry {
  /** The date as the reader sees it. */
  date: string;
  /** What happened that day, in our words. */
  label: string;
}

export interface AftermathSceneCopy {
  /** The dated entries, in order. */
  timeline: readonly TimelineEntry[];
}
