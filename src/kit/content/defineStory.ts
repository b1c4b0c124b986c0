// The one way to define a story: its reports, its chapters and its editions. What is the same in every
// edition is written once, keyed by ids: the reports' files and the excerpts the story takes from them
// (quotations, claims' evidence, differences' readings), and each chapter's plan (`definePlan`, in
// editions.ts). Each edition gives its words for them, keyed by the same ids: a word left out does
// not compile. A page loads its edition's text first (chapters, quotations, reports) and its evidence
// (claims and differences) by import() once the text is up; the build, the prerender and the tests
// read the two joined.
//   export const TEXT: StoryText<Ids> = tellText(TEXT_FACTS, { meta, ui, chapters, reports, quotes, … }, () => import('./evidence.ts').then((m) => m.evidenceOf(TEXT)));
//   export const evidenceOf = (text: TextForEvidence<Ids>) => tellEvidence(EVIDENCE_FACTS, { claims, discrepancies, posts }, text);   (tellEvidence.ts)
//   export const STORY = wholeStory(TEXT, evidenceOf(TEXT));
import { tellQuotes, type ExcerptText, type QuoteWords } from './editions.ts';
import type { Claim, Discrepancy, Evidence, Report, Story, StoryEvidence, StoryIds, StoryText } from './types.ts';

/** A report as the checks read it, the same in every edition; each edition names it (`ReportWords`). */
export type ReportFile<I extends StoryIds = StoryIds> = Pick<Report<I>, 'id' | 'file' | 'slips' | 'lang'>;

/** An edition's name and account of one report. */
export type ReportWords = Pick<Report, 'label' | 'description' | 'contributes'>;

/** What every edition's text reads from the reports: their files, their language, and the quotations as printed. */
export interface TextFacts<I extends StoryIds = StoryIds> {
  reports: readonly ReportFile<I>[];
  /** The language the reports are written in: an excerpt in another is a post they reproduce (its `lang`). */
  reportLang: string;
  quotes: readonly (ExcerptText<I['report']> & { id: I['quote'] })[];
}

/** Everything one edition's text says, keyed by the facts' ids. */
export interface EditionWords<I extends StoryIds = StoryIds> extends Omit<Story<I>, 'reports' | 'quotes' | 'claims' | 'discrepancies'> {
  reports: Readonly<Record<I['report'], ReportWords>>;
  quotes: Readonly<Record<I['quote'], QuoteWords>>;
}

/** A report's words as the story holds them, and, when they are someone's post the report reproduces, whose (each edition names them: `posts`). */
export type FactExcerpt<I extends StoryIds = StoryIds> = ExcerptText<I['report']> & { post?: string };

/** A report's words cited by id: every excerpt is written once, in the story's documents, and claims and differences point to it. */
export type ExcerptId = string;

/** A claim's evidence: every report's words for or against it, by excerpt id (a story may name its ids, `E`); our statement of it is each edition's. */
export interface ClaimFacts<I extends StoryIds = StoryIds, E extends ExcerptId = ExcerptId> extends Pick<Claim<I>, 'id' | 'discrepancyId' | 'concerns'> {
  evidence: readonly ({ excerpt: E } & Pick<Evidence, 'stance'>)[];
}

/** A difference: its readings, each a version in the reports' own words (excerpt ids); our account of it is each edition's. */
export interface DiscrepancyFacts<I extends StoryIds = StoryIds, E extends ExcerptId = ExcerptId> extends Pick<Discrepancy<I>, 'id' | 'isSideBySide'> {
  readings: readonly { id: string; excerpts: readonly E[] }[];
}

/** What every edition's evidence reads from the reports, loaded after the text: every excerpt the claims and differences cite, by id. */
export interface EvidenceFacts<I extends StoryIds = StoryIds> {
  reportLang: string;
  excerpts: Readonly<Record<ExcerptId, FactExcerpt<I>>>;
  claims: readonly ClaimFacts<I>[];
  discrepancies: readonly DiscrepancyFacts<I>[];
}

/** Our statement of a claim. */
export interface ClaimWords {
  statement: string;
}

/** Our account of a difference, and a label for each of its readings, by the reading's id. */
export interface DiscrepancyWords extends Pick<Discrepancy, 'title' | 'explanation'> {
  readings: Readonly<Record<string, string>>;
}

/** Everything one edition says of the evidence, keyed by the facts' ids. */
export interface EvidenceWords<I extends StoryIds = StoryIds> {
  claims: Readonly<Record<I['claim'], ClaimWords>>;
  discrepancies: Readonly<Record<I['discrepancy'], DiscrepancyWords>>;
  /** Whose post an excerpt is, named beside its report, by the facts' `post`. */
  posts?: Readonly<Record<string, string>>;
  /** Our translation of each excerpt not in the edition's language, by excerpt id (a quotation's is its quote words'). */
  translations?: Readonly<Record<ExcerptId, string>>;
}

/** An edition's words for the quotations of one chapter's list of them. */
export type QuoteWordsOf<Q extends readonly { id: string }[]> = Readonly<Record<Q[number]['id'], QuoteWords>>;

/** An edition's words for the claims of one chapter's list of them. */
export type ClaimWordsOf<C extends readonly { id: string }[]> = Readonly<Record<C[number]['id'], ClaimWords>>;

/** What the evidence reads of its edition's text: its language, and its quotations' translations. */
export type TextForEvidence<I extends StoryIds = StoryIds> = Pick<StoryText<I>, 'meta' | 'quotes'>;

/** One edition's text: the facts told in its words, with the loader of its evidence. */
export function tellText<I extends StoryIds>(facts: TextFacts<I>, words: EditionWords<I>, loadEvidence: () => Promise<StoryEvidence<I>>): StoryText<I> {
  return {
    ...words,
    reports: facts.reports.map((report) => ({ ...report, ...words.reports[report.id] })),
    quotes: tellQuotes<I>(facts.quotes, words.quotes, { lang: words.meta.lang, reportLang: facts.reportLang }),
    loadEvidence,
  };
}

/** The whole story (text and evidence), as the build, the prerender and the tests read it. */
export function wholeStory<I extends StoryIds>({ loadEvidence: _load, ...text }: StoryText<I>, evidence: StoryEvidence<I>): Story<I> {
  return { ...text, ...evidence };
}
