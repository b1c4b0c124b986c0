// One edition's claims and differences: the reports' words (claims.ts, sources/discrepancies.ts) with
// that edition's statements, accounts and translations of them. Each edition's evidence module calls
// it; the page loads it once its text is up (edition.ts).
//   export const evidenceOf = (text: TextForEvidence) => tellEvidence({ claims, discrepancies, posts }, text);
import { tellExcerpt } from '../../kit/content/editions.ts';
import type { Claim, Discrepancy, StoryEvidence, StoryText } from '../../kit/content/types.ts';
import { CLAIM_EVIDENCE, type ClaimId } from './claims.ts';
import { languagesOf } from './edition.ts';
import type { ClaimWords, FourFloorsIds } from './ids.ts';
import { DISCREPANCY_EVIDENCE, type DiscrepancyId } from './sources/discrepancies.ts';
import type { PostAuthor, StoryExcerpt } from './sources/posts.ts';

/** Our account of a difference; each reading's label, and our translations of its excerpts, in order. */
export interface DiscrepancyWords extends Pick<Discrepancy, 'title' | 'explanation'> {
  readings: readonly { label: string; translations?: readonly (string | undefined)[] }[];
}

/** Everything one edition says of the evidence, keyed by its ids: a word left out does not compile. */
export interface EvidenceWords {
  claims: Readonly<Record<ClaimId, ClaimWords>>;
  discrepancies: Readonly<Record<DiscrepancyId, DiscrepancyWords>>;
  /** Whose post an excerpt is, named beside its report. */
  posts: Readonly<Record<PostAuthor, string>>;
}

/** What the evidence reads of its edition's text: its language, and its quotations' translations. */
export type TextForEvidence = Pick<StoryText<FourFloorsIds>, 'meta' | 'quotes'>;

export function tellEvidence(words: EvidenceWords, text: TextForEvidence): StoryEvidence<FourFloorsIds> {
  const languages = languagesOf(text.meta.lang);
  // Words a claim or a difference shares with a quotation, or a difference with a claim, take the
  // translation already given for them: each of the reports' sentences is translated once.
  const translated = new Map(text.quotes.map((quote) => [quote.text, quote.translation]));
  const tell = <E extends StoryExcerpt>({ post, ...excerpt }: E, translation: string | undefined) => {
    const told = tellExcerpt(excerpt, { translation: translation ?? translated.get(excerpt.text), context: post && words.posts[post] }, languages);
    if (!translated.has(told.text)) translated.set(told.text, told.translation);
    return told;
  };
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
  return { claims, discrepancies };
}
