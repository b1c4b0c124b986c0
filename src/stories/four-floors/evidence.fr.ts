// The French edition's evidence: every claim and difference, with its words for them (each chapter's
// and the sources chapter's words.fr.aml). Its page loads this by import() once the text is up
// (text.fr.ts); the build, the prerender and the tests read the whole story (story.fr.ts).
import type { TextForEvidence } from '../../kit/content/defineStory.ts';
import { tellEvidence } from '../../kit/content/tellEvidence.ts';
import { CLAIM_WORDS, TRANSLATIONS } from './chapters.aml.fr.evidence.ts';
import { EVIDENCE_FACTS } from './claims.ts';
import type { FourFloorsIds } from './ids.ts';
import { EVIDENCE_WORDS as SOURCES } from './sources/words.fr.aml.evidence.ts';

/**
 * The edition's evidence, told for its text: handed in by text.fr.ts's loader and by story.fr.ts, never
 * imported here, since the text loads this module.
 */
export const evidenceOfFr = (text: TextForEvidence<FourFloorsIds>) =>
  tellEvidence(
    EVIDENCE_FACTS,
    {
      claims: CLAIM_WORDS,
      discrepancies: SOURCES.discrepancies,
      posts: SOURCES.posts,
      translations: { ...TRANSLATIONS, ...SOURCES.translations },
    },
    text,
  );
