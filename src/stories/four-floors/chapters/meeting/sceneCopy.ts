// The types of what the meeting scene draws: the items of the encounter shown so far, and its words.

export type MeetingItem = 'door' | 'words' | 'medal' | 'papers' | 'brigade' | 'policy';

export interface MeetingPicture {
  /** Which items of the encounter are on the table so far. */
  items: readonly MeetingItem[];
}

export interface MeetingSceneCopy {
  /** The president's words to reporters, drawn under the table: a report's words, in quotation marks. */
  policyLine: string;
  /** The line's language, when it is not the edition's: an edition in another language shows the report's own words. */
  policyLineLang?: string;
}
