// The English edition's evidence: every claim and difference, with its words for them (each chapter's
// and the sources chapter's words.en.aml). Its page loads this by import() once the text is up
// (text.ts); the build, the prerender and the tests read the whole story (story.ts).
import type { TextForEvidence } from '../../kit/content/defineStory.ts';
import { tellEvidence } from '../../kit/content/tellEvidence.ts';
import { CLAIM_WORDS, TRANSLATIONS } from './chapters.aml.en.evidence.ts';
import { EVIDENCE_FACTS } from './claims.ts';
import type { FourFloorsIds } from './ids.ts';
import { EVIDENCE_WORDS as SOURCES } from './sources/words.en.aml.evidence.ts';

/**
 * The edition's evidence, told for its text: handed in by text.ts's loader and by story.ts, never
 * imported here, since the text loads this module.
 */
export const evidenceOf = (text: TextForEvidence<FourFloorsIds>) =>
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
