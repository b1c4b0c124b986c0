// The fixture's claims, each with every report's words for or against it, and the one place its
// reports differ, citing the excerpts by id (excerpts.aml): its evidence, loaded after its text.
import type { EvidenceFacts } from '../../src/kit/content/defineStory.ts';
import { EVIDENCE_WORDS } from './excerpts.aml.evidence.ts';
import { WORDS } from './excerpts.aml.ts';
import type { FixtureIds } from './ids.ts';

export const EVIDENCE_FACTS: EvidenceFacts<FixtureIds> = {
  reportLang: 'en',
  excerpts: { ...WORDS.quotes, ...EVIDENCE_WORDS.excerpts },
  claims: [
    {
      id: 'dusk',
      evidence: [
        { excerpt: 'climbed', stance: 'states' },
        { excerpt: 'lamp-room', stance: 'states' },
      ],
    },
    {
      id: 'seven',
      evidence: [
        { excerpt: 'at-seven', stance: 'states' },
        { excerpt: 'at-eight', stance: 'differs' },
      ],
      discrepancyId: 'hour',
    },
    { id: 'beam', evidence: [{ excerpt: 'beam', stance: 'states' }] },
  ],
  discrepancies: [
    {
      id: 'hour',
      isSideBySide: true,
      readings: [
        { id: 'seven', excerpts: ['at-seven'] },
        { id: 'eight', excerpts: ['at-eight'] },
      ],
    },
  ],
};
