// One edition of this story: the evidence, the same in every language (the reports' words, the
// chapters' plans), told in one edition's words. The English edition (story.ts) and the French
// (story.fr.ts) are each this function over their own copy, so each page loads its own words only.
//   export const STORY = tellStory({ meta, ui, chapters, quotes, claims, discrepancies, sources, posts, … });
import { tellExcerpt, tellQuotes, type EditionLanguages, type QuoteWords } from '../../kit/content/editions.ts';
import { defineStory } from '../../kit/content/defineStory.ts';
import type { AnyChapter, Claim, Discrepancy, Source, Story } from '../../kit/content/types.ts';
import { CLAIM_EVIDENCE, type ClaimId } from './claims.ts';
import type { FourFloorsIds } from './ids.ts';
import { QUOTE_TEXTS, type QuoteId } from './quotes.ts';
import { DISCREPANCY_EVIDENCE, type DiscrepancyId } from './sources/discrepancies.ts';
import type { PostAuthor, StoryExcerpt } from './sources/posts.ts';
import { REPORTS, REPORTS_LANG, type SourceId } from './sources/reports.ts';

/** Our statement of a claim, and our translation of each report's words for it not in the edition's language. */
export interface ClaimWords {
  statement: string;
  translations?: Partial<Record<SourceId, string>>;
}

/** Our account of a difference; each reading's label, and our translations of its excerpts, in order. */
export interface DiscrepancyWords extends Pick<Discrepancy, 'title' | 'explanation'> {
  readings: readonly { label: string; translations?: readonly (string | undefined)[] }[];
}

export type ReportWords = Pick<Source, 'label' | 'description' | 'contributes'>;

/** Everything one edition says, keyed by the evidence's ids: a word left out does not compile. */
export interface EditionWords extends Omit<Story<FourFloorsIds>, 'sources' | 'quotes' | 'claims' | 'discrepancies' | 'chapters'> {
  chapters: readonly AnyChapter<FourFloorsIds>[];
  sources: Readonly<Record<SourceId, ReportWords>>;
  quotes: Readonly<Record<QuoteId, QuoteWords>>;
  claims: Readonly<Record<ClaimId, ClaimWords>>;
  discrepancies: Readonly<Record<DiscrepancyId, DiscrepancyWords>>;
  /** Whose post an excerpt is, named beside its report. */
  posts: Readonly<Record<PostAuthor, string>>;
}

export function tellStory(words: EditionWords): Story<FourFloorsIds> {
  const languages: EditionLanguages = { lang: words.meta.lang, reportLang: REPORTS_LANG };
  const quotes = tellQuotes<FourFloorsIds>(QUOTE_TEXTS, words.quotes, languages);
  // Words a claim or a difference shares with a quotation take the quotation's translation.
  const quoted = new Map(quotes.map((quote) => [quote.text, quote.translation]));
  const tell = <E extends StoryExcerpt>({ post, ...excerpt }: E, translation: string | undefined) =>
    tellExcerpt(excerpt, { translation: translation ?? quoted.get(excerpt.text), context: post && words.posts[post] }, languages);
  const claims: Claim<FourFloorsIds>[] = CLAIM_EVIDENCE.map((claim) => {
    const { statement, translations } = words.claims[claim.id];
    return { ...claim, statement, evidence: claim.evidence.map((evidence) => tell(evidence, translations?.[evidence.source])) };
  });
  const discrepancies: Discrepancy<FourFloorsIds>[] = DISCREPANCY_EVIDENCE.map((discrepancy) => {
    const { readings, ...told } = words.discrepancies[discrepancy.id];
    if (readings.length !== discrepancy.readings.length) throw new Error(`Discrepancy "${discrepancy.id}" has ${discrepancy.readings.length} readings, but ${readings.length} labels`);
    return {
      ...discrepancy,
      ...told,
      readings: discrepancy.readings.map((reading, index) => ({
        label: readings[index]?.label ?? '',
        excerpts: reading.excerpts.map((excerpt, at) => tell(excerpt, readings[index]?.translations?.[at])),
      })),
    };
  });
  const { posts: _posts, ...storyWords } = words;
  return defineStory<FourFloorsIds>({
    ...storyWords,
    sources: REPORTS.map((report) => ({ ...report, ...words.sources[report.id] })),
    quotes,
    claims,
    discrepancies,
  });
}
