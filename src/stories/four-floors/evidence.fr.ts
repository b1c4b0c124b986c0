// The French edition's evidence: every claim and difference, with its words for them. Its page loads
// this by import() once the text is up (text.fr.ts); the build, the prerender and the tests read the
// whole story (story.fr.ts).
import type { TextForEvidence } from '../../kit/content/defineStory.ts';
import { tellEvidence } from '../../kit/content/tellEvidence.ts';
import { AFTERMATH_CLAIM_WORDS_FR } from './chapters/aftermath/claimWords.fr.ts';
import { MEETING_CLAIM_WORDS_FR } from './chapters/meeting/claimWords.fr.ts';
import { REACTIONS_CLAIM_WORDS_FR } from './chapters/reactions/claimWords.fr.ts';
import { RESCUE_CLAIM_WORDS_FR } from './chapters/rescue/claimWords.fr.ts';
import { EVIDENCE_FACTS } from './claims.ts';
import type { FourFloorsIds } from './ids.ts';
import { DISCREPANCY_WORDS_FR, POST_WORDS_FR } from './sources/differences.fr.ts';

/**
 * The edition's evidence, told for its text: handed in by text.fr.ts's loader and by story.fr.ts,
 * never imported here, since the text loads this module.
 */
export const evidenceOfFr = (text: TextForEvidence<FourFloorsIds>) =>
  tellEvidence(
    EVIDENCE_FACTS,
    {
      claims: { ...RESCUE_CLAIM_WORDS_FR, ...REACTIONS_CLAIM_WORDS_FR, ...MEETING_CLAIM_WORDS_FR, ...AFTERMATH_CLAIM_WORDS_FR },
      discrepancies: DISCREPANCY_WORDS_FR,
      posts: POST_WORDS_FR,
    },
    text,
  );
