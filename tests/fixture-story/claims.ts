// The fixture's claims, each with every report's words for or against it, and the one place its
// reports differ: its evidence, loaded after its text.
import type { EvidenceFacts } from '../../src/kit/content/defineStory.ts';
import type { FixtureIds } from './ids.ts';

export const EVIDENCE_FACTS: EvidenceFacts<FixtureIds> = {
  reportLang: 'en',
  claims: [
    {
      id: 'dusk',
      evidence: [
        { report: 'one', stance: 'states', text: 'The keeper climbed the stairs of the old tower at dusk.' },
        { report: 'two', stance: 'states', text: 'At dusk the keeper went up to the lamp room.' },
      ],
    },
    {
      id: 'seven',
      evidence: [
        { report: 'one', stance: 'states', text: "He lit the harbour lamp at seven o'clock" },
        { report: 'two', stance: 'differs', text: "The harbour lamp was lit at eight o'clock" },
      ],
      discrepancyId: 'hour',
    },
    { id: 'beam', evidence: [{ report: 'one', stance: 'states', text: 'its beam reached the boats beyond the pier.' }] },
  ],
  discrepancies: [
    {
      id: 'hour',
      isSideBySide: true,
      readings: [{ excerpts: [{ report: 'one', text: "He lit the harbour lamp at seven o'clock" }] }, { excerpts: [{ report: 'two', text: "The harbour lamp was lit at eight o'clock" }] }],
    },
  ],
};
