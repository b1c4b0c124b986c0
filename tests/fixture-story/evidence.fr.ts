// The fixture's French evidence: our statement of each claim and our translation of each excerpt its
// claims and its difference cite (its chapters' French documents), and our account of the difference
// (words.fr.aml). Its page loads this by import() once the text is up (text.fr.ts).
import type { TextForEvidence } from '../../src/kit/content/defineStory.ts';
import { tellEvidence } from '../../src/kit/content/tellEvidence.ts';
import { EVIDENCE_WORDS as LAMP } from './chapters/lamp.fr.aml.evidence.ts';
import { EVIDENCE_WORDS as TOWER } from './chapters/tower.fr.aml.evidence.ts';
import { EVIDENCE_FACTS } from './claims.ts';
import type { FixtureIds } from './ids.ts';
import { EVIDENCE_WORDS } from './words.fr.aml.evidence.ts';

export const evidenceOfFr = (text: TextForEvidence<FixtureIds>) =>
  tellEvidence(
    EVIDENCE_FACTS,
    { claims: { ...TOWER.claims, ...LAMP.claims }, discrepancies: EVIDENCE_WORDS.discrepancies, translations: { ...TOWER.translations, ...LAMP.translations } },
    text,
  );
