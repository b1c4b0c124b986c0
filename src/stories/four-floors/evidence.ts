// The English edition's evidence: every claim and difference, with its words for them. Its page loads
// this by import() once the text is up (text.ts); the build, the prerender and the tests read the
// whole story (story.ts).
import type { TextForEvidence } from '../../kit/content/defineStory.ts';
import { tellEvidence } from '../../kit/content/tellEvidence.ts';
import { AFTERMATH_CLAIM_WORDS } from './chapters/aftermath/claimWords.ts';
import { MEETING_CLAIM_WORDS } from './chapters/meeting/claimWords.ts';
import { REACTIONS_CLAIM_WORDS } from './chapters/reactions/claimWords.ts';
import { RESCUE_CLAIM_WORDS } from './chapters/rescue/claimWords.ts';
import { EVIDENCE_FACTS } from './claims.ts';
import type { FourFloorsIds } from './ids.ts';
import { DISCREPANCY_WORDS, POST_WORDS } from './sources/differences.ts';

/**
 * The edition's evidence, told for its text: handed in by text.ts's loader and by story.ts, never
 * imported here, since the text loads this module.
 */
export const evidenceOf = (text: TextForEvidence<FourFloorsIds>) =>
  tellEvidence(
    EVIDENCE_FACTS,
    {
      claims: { ...RESCUE_CLAIM_WORDS, ...REACTIONS_CLAIM_WORDS, ...MEETING_CLAIM_WORDS, ...AFTERMATH_CLAIM_WORDS },
      discrepancies: DISCREPANCY_WORDS,
      posts: POST_WORDS,
    },
    text,
  );
