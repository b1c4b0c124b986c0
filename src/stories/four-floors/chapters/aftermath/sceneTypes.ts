// The types of what the aftermath scene draws: how far the timeline is filled, and its entries.

export interface AftermathPicture {
  /** Index of the last timeline entry filled in. */
  filledUpTo: number;
  /** Whether the entries' notes (a later step's addition to a date) are shown. */
  hasNotes?: boolean;
}

export interface TimelineEntry {
  /** The date as the reader sees it. */
  date: string;
  /** What happened that day, in our words. */
  label: string;
  /** A line a later step adds under the date, in our words; its place is kept until then. */
  note?: string;
}

export interface AftermathSceneWords {
  /** The dated entries, in order. */
  timeline: readonly TimelineEntry[];
}
