// The fixture's words for its evidence: our statement of each claim (its chapters' documents), and
// our account of the difference (words.en.aml). Its page loads this by import() once the text is up
// (text.ts).
import type { TextForEvidence } from '../../src/kit/content/defineStory.ts';
import { tellEvidence } from '../../src/kit/content/tellEvidence.ts';
import { EVIDENCE_WORDS as LAMP } from './chapters/lamp.en.aml.evidence.ts';
import { EVIDENCE_WORDS as TOWER } from './chapters/tower.en.aml.evidence.ts';
import { EVIDENCE_FACTS } from './claims.ts';
import type { FixtureIds } from './ids.ts';
import { EVIDENCE_WORDS } from './words.en.aml.evidence.ts';

export const evidenceOf = (text: TextForEvidence<FixtureIds>) =>
  tellEvidence(EVIDENCE_FACTS, { claims: { ...TOWER.claims, ...LAMP.claims }, discrepancies: EVIDENCE_WORDS.discrepancies }, text);
