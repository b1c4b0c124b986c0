// One edition's evidence, its claims and differences told in its words: apart from defineStory.ts so
// that the code that tells them loads with the evidence, after the page's text, and never before it.
//   export const evidenceOf = (text: TextForEvidence<Ids>) => tellEvidence(EVIDENCE_FACTS, { claims, discrepancies, posts }, text);
import type { EvidenceFacts, EvidenceWords, FactExcerpt, TextForEvidence } from './defineStory.ts';
import { tellExcerpt } from './editions.ts';
import type { Claim, Discrepancy, StoryEvidence, StoryIds } from './types.ts';

/** One edition's claims and differences: the facts told in its words, for its text. */
export function tellEvidence<I extends StoryIds>(facts: EvidenceFacts<I>, words: EvidenceWords<I>, text: TextForEvidence<I>): StoryEvidence<I> {
  const languages = { lang: text.meta.lang, reportLang: facts.reportLang };
  // Words a claim or a difference shares with a quotation, or a difference with a claim, take the
  // translation already given for them: each of the reports' sentences is translated once.
  const translated = new Map(text.quotes.map((quote) => [quote.text, quote.translation]));
  const tell = <E extends FactExcerpt<I>>({ post, ...excerpt }: E, translation: string | undefined) => {
    const poster = post === undefined ? undefined : words.posts?.[post];
    if (post !== undefined && poster === undefined) throw new Error(`The excerpt "${excerpt.text}" is a post of "${post}", whom the ${text.meta.lang} edition's words do not name (posts)`);
    const told = tellExcerpt(excerpt, { translation: translation ?? translated.get(excerpt.text), context: poster }, languages);
    if (!translated.has(told.text)) translated.set(told.text, told.translation);
    return told;
  };
  const claims: Claim<I>[] = facts.claims.map((claim) => {
    const { statement, translations } = words.claims[claim.id];
    return { ...claim, statement, evidence: claim.evidence.map((excerpt) => tell(excerpt, translations?.[excerpt.report])) };
  });
  const discrepancies: Discrepancy<I>[] = facts.discrepancies.map((discrepancy) => {
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
