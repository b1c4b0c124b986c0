// One edition of this story: the evidence, the same in every language (the reports' words, the
// chapters' plans), told in one edition's words. This is its text: what the page hydrates with; its
// claims and differences come after (editionEvidence.ts), so that each page loads its own words only
// and, before it hydrates, none of what waits behind a closed "how we know" or in the sources.
//   export const TEXT = tellText({ meta, ui, chapters, sources, quotes, … }, () => import('./evidence.ts').then(…));
import { tellQuotes, type EditionLanguages, type QuoteWords } from '../../kit/content/editions.ts';
import type { AnyChapter, Report, Story, StoryEvidence, StoryText } from '../../kit/content/types.ts';
import type { FourFloorsIds } from './ids.ts';
import { QUOTE_TEXTS, type QuoteId } from './quotes.ts';
import { REPORTS, REPORTS_LANG, type SourceId } from './sources/reports.ts';

export type ReportWords = Pick<Report, 'label' | 'description' | 'contributes'>;

/** Everything one edition's text says, keyed by the evidence's ids: a word left out does not compile. */
export interface EditionWords extends Omit<Story<FourFloorsIds>, 'sources' | 'quotes' | 'claims' | 'discrepancies' | 'chapters'> {
  chapters: readonly AnyChapter<FourFloorsIds>[];
  sources: Readonly<Record<SourceId, ReportWords>>;
  quotes: Readonly<Record<QuoteId, QuoteWords>>;
}

/** The languages every excerpt of an edition is read against. */
export const languagesOf = (lang: string): EditionLanguages => ({ lang, reportLang: REPORTS_LANG });

export function tellText(words: EditionWords, loadEvidence: () => Promise<StoryEvidence<FourFloorsIds>>): StoryText<FourFloorsIds> {
  return {
    ...words,
    sources: REPORTS.map((report) => ({ ...report, ...words.sources[report.id] })),
    quotes: tellQuotes<FourFloorsIds>(QUOTE_TEXTS, words.quotes, languagesOf(words.meta.lang)),
    loadEvidence,
  };
}

/** The whole story (text and evidence), as the build, the prerender and the tests read it. */
export function wholeStory({ loadEvidence: _load, ...text }: StoryText<FourFloorsIds>, evidence: StoryEvidence<FourFloorsIds>): Story<FourFloorsIds> {
  return { ...text, ...evidence };
}
