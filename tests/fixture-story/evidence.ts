// The fixture's words for its evidence: our statement of each claim, and our account of the
// difference. Its page loads this by import() once the text is up (text.ts).
import type { TextForEvidence } from '../../src/kit/content/defineStory.ts';
import { tellEvidence } from '../../src/kit/content/tellEvidence.ts';
import { EVIDENCE_FACTS } from './claims.ts';
import type { FixtureIds } from './ids.ts';

export const evidenceOf = (text: TextForEvidence<FixtureIds>) =>
  tellEvidence(
    EVIDENCE_FACTS,
    {
      claims: {
        dusk: { statement: 'The keeper went up the tower at dusk.' },
        seven: { statement: 'The lamp was lit at seven.' },
        beam: { statement: 'The beam reached the boats.' },
      },
      discrepancies: {
        hour: {
          title: 'Seven or eight?',
          explanation: ['Test report one has the lamp lit at seven; test report two at eight.'],
          readings: [{ label: 'Seven' }, { label: 'Eight' }],
        },
      },
    },
    text,
  );
