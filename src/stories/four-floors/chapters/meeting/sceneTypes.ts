// The types of what the meeting scene draws: the moment of the encounter each step shows, and the
// words in the drawing (the chapter's words gives them, so an edition in another language is a change
// of copy; words in quotation marks are a report's, and our translation of them is drawn without).

/** The moments of the meeting the steps show, in the order the chapter tells them. */
export type MeetingMoment = 'welcome' | 'conversation' | 'medal' | 'papers' | 'brigade' | 'his-account' | 'reporters';

export interface MeetingPicture {
  /** What the room shows at this step. */
  moment: MeetingMoment;
}

export interface MeetingSceneWords {
  /** The labels under the two men. */
  gassama: string;
  president: string;
  /**
   * Their words in the conversation: a report's words in quotation marks, or, in an edition in another
   * language than the reports', our translation of them, without quotation marks (see `saidNote`).
   */
  gassamaSays: string;
  presidentSays: string;
  /** The labels of what the president gave and offered, each shown on its step. */
  medal: string;
  papers: string;
  brigade: string;
  /** The panel of Gassama's own account: its title, the two countries, and a note under each. */
  accountTitle: string;
  italy: string;
  italyNote: string;
  france: string;
  franceNote: string;
  /** Above the president's words to reporters. */
  toReporters: string;
  /** The president's words to reporters: a report's words in quotation marks, or our translation of them, without. */
  policyLine: string;
  /**
   * Where the words said (the two bubbles and the line to reporters) are drawn in our translation, the
   * note that says so, drawn under the room whenever they show.
   */
  saidNote?: string;
}
