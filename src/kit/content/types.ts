// The shapes of a story's data, for any story the kit tells. Everything the reader sees as words lives
// in values of these types. Each is generic over the story's own ids (`StoryIds`), so that within a
// story an unknown quote, claim, discrepancy or report is a type error (see defineStory.ts and editions.ts).
import type { SceneDefinition } from '../scene/defineScene.tsx';
import type { InterfaceWords } from './interfaceWords.ts';

/** The id unions of one story; the kit's own code only knows they are strings. */
export interface StoryIds {
  report: string;
  quote: string;
  claim: string;
  discrepancy: string;
}

export interface Report<I extends StoryIds = StoryIds> {
  /** Stable id used by quotes and claims. */
  id: I['report'];
  /** The report's file name in `assets/reports/`, also written to `data-source`. */
  file: string;
  /** Neutral label shown to readers ("Report A"); it also counts as naming the report in our prose. */
  label: string;
  /** One sentence on what kind of text it is. */
  description: string;
  /** The report's language, when not English: words it reproduces in another are someone's post. */
  lang?: string;
  /** What this report adds to the story that the others do not. */
  contributes: readonly string[];
  /** Slips the report prints (a misspelt name, a missing word): a quote that reproduces one marks it [sic]. */
  slips?: readonly ReportSlip[];
}

/** A slip in a report's text: where `words` appear in an excerpt, `mark` must be followed by [sic]. */
export interface ReportSlip {
  /** Enough of the report's words to find the slip and nothing else. */
  words: string;
  /** The words within `words` after which our [sic] goes. */
  mark: string;
}

/** Words taken from one report, verbatim: the unit every quotation, claim and discrepancy is built from. */
export interface Excerpt<I extends StoryIds = StoryIds> {
  /** The words exactly as printed in the report (an ellipsis may join two verbatim parts). */
  text: string;
  /** The report the words are taken from. */
  report: I['report'];
  /** Language of the words when not the story's; they keep their language, with our translation. */
  lang?: string;
  /** Our own translation, required for words not in the story's language, shown marked as ours. */
  translation?: string;
  /** Whose words they are when the report reproduces someone's post; shown beside the report's name. */
  context?: string;
}

export interface Quote<I extends StoryIds = StoryIds> extends Excerpt<I> {
  /** Stable id, unique across the story. */
  id: I['quote'];
  /** Who said or wrote it, as the report presents them. */
  speaker: string;
}

/** How one report stands on a claim; a report with no evidence for a claim is `silent`. */
export type Stance = 'states' | 'differs' | 'silent';

/** A report's own words on a claim: they either state it, or say something else (see the discrepancy). */
export interface Evidence<I extends StoryIds = StoryIds> extends Excerpt<I> {
  stance: Exclude<Stance, 'silent'>;
}

/** One fact the story rests on, with each report's verbatim words for or against it. */
export interface Claim<I extends StoryIds = StoryIds> {
  /** Stable id, unique across claims; steps name it in `claimIds`. */
  id: I['claim'];
  /** The claim in our words, one short sentence; the claims table's row heading. */
  statement: string;
  /** At most one excerpt per report; at least one must state the claim. */
  evidence: readonly Evidence<I>[];
  /** The discrepancy that explains the reports that differ; required when any does. */
  discrepancyId?: I['discrepancy'];
  /**
   * Set when the claim is about a person's legal status or conduct: resting on one report, its
   * statement (and any step resting on it) must name that report.
   */
  concerns?: 'legal-status' | 'conduct';
}

/** One version of a disputed detail, in our few words and in the reports' exact ones. */
export interface Reading<I extends StoryIds = StoryIds> {
  /** The version in a few words of ours, e.g. "Five stories". */
  label: string;
  /** The reports' exact words for this version. */
  excerpts: readonly Excerpt<I>[];
}

/** A detail on which the reports disagree, shown where it matters and again in the sources chapter. */
export interface Discrepancy<I extends StoryIds = StoryIds> {
  /** Stable id, written to `data-discrepancy`. */
  id: I['discrepancy'];
  /** The question the reports answer differently, e.g. "How high did he climb?". */
  title: string;
  /** Our plain-words account of the difference, one string per paragraph. */
  explanation: readonly string[];
  /** At least two versions, from at least two reports. */
  readings: readonly Reading<I>[];
  /** Whether the readings are variants of the same words, to be read side by side. */
  isSideBySide: boolean;
}

/** One step of a chapter; `P` is what its chapter's scene draws. */
export interface Step<P = unknown, I extends StoryIds = StoryIds> {
  /** Stable id: the URL fragment and `data-step`; shared by every edition of the story. */
  id: string;
  /** Short label in the sans above the step text (e.g. "3e étage"). */
  kicker: string;
  /** Our own prose, one string per paragraph. */
  body: readonly string[];
  /** The quotes that support this step, shown under it. */
  quoteIds: readonly I['quote'][];
  /**
   * Longer quotes the step also rests on, kept under its "how we know" mark so the card stays a
   * screen tall on a phone: each is as reachable, and as checked, as the quotes above.
   */
  moreQuoteIds?: readonly I['quote'][];
  /**
   * The claims this step rests on, for its "how we know" mark. The step names its claims (as it names
   * its quotes) rather than claims naming steps: one claim can underpin several steps, and the claims
   * table lists each claim once, in its own order.
   */
  claimIds: readonly I['claim'][];
  /** The discrepancies to show as callouts in this step, where the difference matters. */
  discrepancyIds: readonly I['discrepancy'][];
  /** What the scene draws for this step. */
  picture: P;
  /** Text alternative for the picture, read to screen-reader users. */
  alt: string;
}

/** A scrolly chapter: its copy, the scene that draws it, and the words and data that scene shows. */
export interface Chapter<P = unknown, C = unknown, I extends StoryIds = StoryIds> {
  /** Stable id, written to `data-chapter`. */
  id: string;
  title: string;
  /** One-line standfirst under the chapter title. */
  dek: string;
  /** The component that draws the chapter; its picture type is the steps' picture type. */
  scene: SceneDefinition<P, C>;
  /** The scene's caption, read under the picture (what it is, and what is ours in it). */
  caption: string;
  /** The words and data the scene draws (its labels, a feed, a timeline), handed to it as they are. */
  sceneWords: C;
  steps: readonly Step<P, I>[];
}

/** One paragraph of the method note: a short lead in bold, then the text. */
export interface MethodParagraph {
  lead: string;
  text: string;
}

/** One edition of a story: the same steps in another language, at an address of its own. */
export interface Edition {
  /** Its language (`<html lang>`, `hreflang`), e.g. "fr". */
  lang: string;
  /** Its share tags' locale (`og:locale`), e.g. "fr_FR". */
  locale: string;
  /** Its language's name in that language, for the switch between editions ("Français"). */
  name: string;
  /** Where it is published, from the story's address: "" for the first edition, "fr/" for another. */
  path: string;
}

/** The story's language and its opening screen (the headline and dek are also its share text). */
export interface StoryMeta {
  /** The edition's language (`<html lang>`), e.g. "en". */
  lang: string;
  /** Every edition of the story, this one included, the first being the default; a story told once leaves it out. */
  editions?: readonly Edition[];
  /** The line above the headline: place and time. */
  kicker: string;
  headline: string;
  dek: string;
  /** The opening's paragraphs: what happened, where and when. */
  lede: readonly string[];
  /** The hint under the opening on how to move through the story. */
  scrollHint: string;
  /** The title a publisher's iframe carries. */
  embedTitle: string;
  /** When the story was first published and last updated, as ISO dates (`2026-11-23`). */
  published: string;
  updated: string;
  /** How its dates are written, when not as its language's default (`en-GB`: 23 November 2026). */
  dateLocale?: string;
  /** With the day of the week (`full`: samedi 26 mai 2018) or without it (`long`, the default). */
  dateStyle?: 'long' | 'full';
  /** The first of the month where the language writes it as an ordinal, not as Intl's "1" (French: "1er"). */
  firstOfMonth?: string;
  /**
   * Words of conduct this story's people are said to have done, beyond the desk's own list of
   * legal-status and conduct words (checks/editorialRules.ts), matched as whole words: a claim using
   * one must say what it concerns, so the single-source rule can find it.
   */
  conductWords?: readonly string[];
}

/** A correction to the story as published: when it was made, and what was wrong, in our words. */
export interface Correction {
  /** ISO date. */
  date: string;
  text: string;
}

/**
 * The page's head, written into the prerendered page at build time only: the app never shows these
 * words, so the readers' browsers never download them twice.
 */
export interface PageHead {
  /** The document's title (`<title>`). */
  title: string;
  /** The page's description for search engines and link previews. */
  description: string;
  /** The step whose picture the share image shows, and that image's text alternative. */
  shareStep: string;
  shareImageAlt: string;
}

/**
 * A chapter of any scene, as the kit's loop sees it: each chapter's scene, pictures and scene words
 * agree, which definePlan and tellChapter check where the chapter is written.
 */
export type AnyChapter<I extends StoryIds = StoryIds> = Chapter<any, any, I>;

/** A whole story: everything the page shows, and the evidence the checks hold it to. */
export interface Story<I extends StoryIds = StoryIds> {
  meta: StoryMeta;
  /** Every label, button and announcement of the interface. */
  ui: InterfaceWords;
  /** The reports, the story's only factual basis, in the order the sources chapter lists them. */
  reports: readonly Report<I>[];
  /** Every quotation the story shows, verbatim from its report. */
  quotes: readonly Quote<I>[];
  /** The facts the story rests on, in story order. */
  claims: readonly Claim<I>[];
  /** Where the reports disagree. */
  discrepancies: readonly Discrepancy<I>[];
  /** The scrolly chapters, in reading order. */
  chapters: readonly AnyChapter<I>[];
  /** How we worked: the sources chapter's method note. */
  method: readonly MethodParagraph[];
  /** The sources chapter's first paragraph. */
  sourcesIntro: string;
  /** The paragraph above the claims table. */
  claimsIntro: string;
  /** Corrections made since publication, oldest first; shown at the end and in the article data. */
  corrections: readonly Correction[];
}

/** The evidence a story's page loads once its text is up: what How we know, the callouts and the claims table show. */
export type StoryEvidence<I extends StoryIds = StoryIds> = Pick<Story<I>, 'claims' | 'discrepancies'>;

/**
 * A story as its page loads it: the text at once, and the evidence by `loadEvidence` (an import()),
 * which the page starts as it hydrates. What shows the evidence is a closed <details> or a part laid
 * out later, prerendered in full, so it hydrates when the evidence arrives and nothing waits for it.
 */
export interface StoryText<I extends StoryIds = StoryIds> extends Omit<Story<I>, keyof StoryEvidence> {
  loadEvidence: () => Promise<StoryEvidence<I>>;
}
