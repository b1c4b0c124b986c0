// One edition's evidence, its claims and differences told in its words: apart from defineStory.ts so
// that the code that tells them loads with the evidence, after the page's text, and never before it.
//   export const evidenceOf = (text: TextForEvidence<Ids>) => tellEvidence(EVIDENCE_FACTS, { claims, discrepancies, posts }, text);
import type { EvidenceFacts, EvidenceWords, ExcerptId, FactExcerpt, TextForEvidence } from './defineStory.ts';
import { tellExcerpt } from './editions.ts';
import type { Claim, Discrepancy, Evidence, StoryEvidence, StoryIds } from './types.ts';

/** One edition's claims and differences: the facts told in its words, for its text. */
export function tellEvidence<I extends StoryIds>(facts: EvidenceFacts<I>, words: EvidenceWords<I>, text: TextForEvidence<I>): StoryEvidence<I> {
  const languages = { lang: text.meta.lang, reportLang: facts.reportLang };
  // Words a claim or a difference shares with a quotation, or a difference with a claim, take the
  // translation already given for them: each of the reports' sentences is translated once.
  const translated = new Map(text.quotes.map((quote) => [quote.text, quote.translation]));
  const excerptById = (id: ExcerptId): FactExcerpt<I> => {
    const excerpt = facts.excerpts[id];
    if (!excerpt) throw new Error(`No excerpt has the id "${id}": cite one written in the story's excerpts documents`);
    return excerpt;
  };
  // Told with its stance after its report, as a claim's evidence has always been read.
  const tell = (id: ExcerptId, stance?: Evidence['stance']) => {
    const { post, report, text: printed, lang } = excerptById(id);
    const excerpt = { text: printed, ...(lang !== undefined && { lang }) };
    const poster = post === undefined ? undefined : words.posts?.[post];
    if (post !== undefined && poster === undefined) throw new Error(`The excerpt "${id}" is a post of "${post}", whom the ${text.meta.lang} edition's words do not name (posts)`);
    const translation = words.translations?.[id] ?? translated.get(excerpt.text);
    const told = tellExcerpt({ report, ...(stance && { stance }), ...excerpt }, { translation, context: poster }, languages);
    if (!translated.has(told.text)) translated.set(told.text, told.translation);
    return told;
  };
  const claims: Claim<I>[] = facts.claims.map((claim) => ({
    ...claim,
    statement: words.claims[claim.id].statement,
    evidence: claim.evidence.map(({ excerpt, stance }) => tell(excerpt, stance) as Evidence<I>),
  }));
  const discrepancies: Discrepancy<I>[] = facts.discrepancies.map((discrepancy) => {
    const { readings: labels, ...told } = words.discrepancies[discrepancy.id];
    return {
      ...discrepancy,
      ...told,
      readings: discrepancy.readings.map((reading) => {
        const label = labels[reading.id];
        if (label === undefined) throw new Error(`The ${text.meta.lang} edition's words give no label for the reading "${reading.id}" of the difference "${discrepancy.id}"`);
        return { label, excerpts: reading.excerpts.map((id) => tell(id)) };
      }),
    };
  });
  return { claims, discrepancies };
}
