// The shapes of the story's data. Everything the reader sees as words lives in values of these types.

/** Stable ids of the three reports; an id outside this union is a type error. */
export type SourceId = 'A' | 'B' | 'C';

export interface Source {
  /** Stable id used by quotes and claims. */
  id: SourceId;
  /** The report's file name in `assets/reports/`, also written to `data-source`. */
  file: string;
  /** Neutral label shown to readers ("Report A"); we name no outlet the report does not name. */
  label: string;
  /** One sentence on what kind of text it is. */
  description: string;
  /** What this report adds to the story that the others do not. */
  contributes: string[];
  /** Slips the report prints (a misspelt name, a missing word): a quote that reproduces one marks it [sic]. */
  slips?: ReportSlip[];
}

/** A slip in a report's text: where `words` appear in an excerpt, `mark` must be followed by [sic]. */
export interface ReportSlip {
  /** Enough of the report's words to find the slip and nothing else. */
  words: string;
  /** The words within `words` after which our [sic] goes. */
  mark: string;
}

/** Words taken from one report, verbatim: the unit every quotation, claim and discrepancy is built from. */
export interface Excerpt {
  /** The words exactly as printed in the report (an ellipsis may join two verbatim parts). */
  text: string;
  /** The report the words are taken from. */
  source: SourceId;
  /** Language of the words when not English; French posts keep their French. */
  lang?: 'en' | 'fr';
  /** Our own English translation, required for French words and shown marked as ours. */
  translation?: string;
  /** Whose words they are when the report reproduces someone's post, e.g. "the president’s post"; shown beside the report's name, outside the translation. */
  context?: string;
}

export interface Quote extends Excerpt {
  /** Stable id, unique across the story. */
  id: string;
  /** Who said or wrote it, as the report presents them. */
  speaker: string;
}

/** How one report stands on a claim; a report with no evidence for a claim is `silent`. */
export type Stance = 'states' | 'differs' | 'silent';

/** A report's own words on a claim: they either state it, or say something else (see the discrepancy). */
export interface Evidence extends Excerpt {
  stance: Exclude<Stance, 'silent'>;
}

/** One fact the story rests on, with each report's verbatim words for or against it. */
export interface Claim {
  /** Stable id, unique across claims; steps name it in `claimIds`. */
  id: string;
  /** The claim in our words, one short sentence; the claims table's row heading. */
  statement: string;
  /** At most one excerpt per report; at least one must state the claim. */
  evidence: Evidence[];
  /** The discrepancy that explains the reports that differ; required when any does. */
  discrepancyId?: string;
  /**
   * Set when the claim is about a person's legal status or conduct: resting on one report, its
   * statement (and any step resting on it) must name that report.
   */
  concerns?: 'legal-status' | 'conduct';
}

/** One version of a disputed detail, in our few words and in the reports' exact ones. */
export interface Reading {
  /** The version in a few words of ours, e.g. "Five stories". */
  label: string;
  /** The reports' exact words for this version. */
  excerpts: Excerpt[];
}

/** A detail on which the reports disagree, shown where it matters and again in the sources chapter. */
export interface Discrepancy {
  /** Stable id, written to `data-discrepancy`. */
  id: string;
  /** The question the reports answer differently, e.g. "How high did he climb?". */
  title: string;
  /** Our plain-words account of the difference, one string per paragraph. */
  explanation: string[];
  /** At least two versions, from at least two reports. */
  readings: Reading[];
  /** Whether the readings are variants of the same words, to be read side by side. */
  isSideBySide: boolean;
}

/** What the façade drawing shows for one rescue step. */
export interface RescuePicture {
  kind: 'rescue';
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

export interface ReactionsPicture {
  kind: 'reactions';
  /** How many posts of the feed are visible (from the first). */
  postsShown: number;
}

export interface MeetingPicture {
  kind: 'meeting';
  /** Which items of the encounter are on the table so far. */
  items: MeetingItem[];
}

export type MeetingItem = 'door' | 'words' | 'medal' | 'papers' | 'brigade' | 'policy';

export interface AftermathPicture {
  kind: 'aftermath';
  /** Index of the last timeline entry filled in. */
  filledUpTo: number;
}

export type Picture = RescuePicture | ReactionsPicture | MeetingPicture | AftermathPicture;

/** The scrolly chapters; the opening and the sources chapter are plain text around them. */
export type ChapterId = 'rescue' | 'reactions' | 'meeting' | 'aftermath';

export interface Step {
  /** Stable id: the URL fragment and `data-step`. */
  id: string;
  /** Short label in the sans above the step text (e.g. "3e étage"). */
  kicker: string;
  /** Our own prose, one string per paragraph. */
  body: string[];
  /** Ids of the quotes that support this step, shown under it. */
  quoteIds: string[];
  /**
   * Ids of the claims this step rests on, for its "how we know" mark. The step names its claims (as it
   * names its quotes) rather than claims naming steps, because one claim can underpin several steps and
   * the claims table lists each claim once, in its own order, whatever the steps do.
   */
  claimIds: string[];
  /** Ids of the discrepancies to show as callouts in this step, where the difference matters. */
  discrepancyIds: string[];
  /** What the scene draws for this step. */
  picture: Picture;
  /** Text alternative for the picture, read to screen-reader users. */
  alt: string;
}

export interface Chapter {
  id: ChapterId;
  title: string;
  /** One-line standfirst under the chapter title. */
  dek: string;
  /** Which scene component draws this chapter; an unknown name renders a visible error. */
  scene: string;
  /** The scene's caption, read under the picture (what it is, and what is ours in it). */
  caption: string;
  steps: Step[];
}

/** One post or headline in the reactions feed: who posted, and which quote it shows. */
export interface FeedPost {
  /** Who posted or wrote it: an account, or one of the reports. */
  author: string;
  /** The handle or kind of item, as the report gives it. */
  meta: string;
  quoteId: string;
}

export interface TimelineEntry {
  /** The date as the reader sees it. */
  date: string;
  /** What happened that day, in our words. */
  label: string;
}

/** One paragraph of the method note: a short lead in bold, then the text. */
export interface MethodParagraph {
  lead: string;
  text: string;
}

export interface StoryCopy {
  /** The line above the headline: place and time. */
  kicker: string;
  headline: string;
  dek: string;
  /** The opening's paragraphs: what happened, where and when. */
  lede: string[];
  /** The hint under the opening on how to move through the story. */
  scrollHint: string;
  /** How we worked: the sources chapter's method note. */
  method: MethodParagraph[];
  /** The sources chapter's first paragraph. */
  sourcesIntro: string;
  /** The paragraph above the claims table. */
  claimsIntro: string;
  chapters: Chapter[];
  feed: FeedPost[];
  timeline: TimelineEntry[];
}
