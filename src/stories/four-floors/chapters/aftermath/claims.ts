// The facts this chapter's steps rest on, each with every report's exact words for it (`states`) or
// against it (`differs`, explained by its discrepancy); a report not listed is silent (see the
// story's claims.ts for the checks).
import type { Claim, StoryIds } from '../../../../kit/content/types.ts';
import type { DiscrepancyId } from '../../sources/discrepancies.ts';
import type { SourceId } from '../../sources/reports.ts';
import { PRESIDENT } from '../../sources/postContexts.ts';

export const AFTERMATH_CLAIMS = [
  {
    id: 'permit-tuesday',
    concerns: 'legal-status',
    statement: 'Report B says he was set to receive his residency permit on Tuesday 29 May.',
    discrepancyId: 'papers-when',
    evidence: [{ source: 'B', stance: 'states', text: 'After his meeting with president Macron, Gassama is set to receive his residency permit on Tuesday, May 29.' }],
  },
  {
    id: 'brigade-welcome',
    statement: 'The Paris fire brigade was ready to welcome him.',
    evidence: [
      {
        source: 'A',
        stance: 'states',
        text: 'la brigade des sapeurs-pompiers de Paris était prête à l’accueillir.',
        lang: 'fr',
        context: PRESIDENT,
        translation: 'the Paris fire brigade was ready to welcome him',
      },
      { source: 'B', stance: 'states', text: 'the Paris fire brigade, which expressed its warm welcome for the sudden hero.' },
    ],
  },
  {
    id: 'father-court',
    concerns: 'conduct',
    statement: 'Report C, citing CBS, says the boy’s father was due in court in September.',
    evidence: [{ source: 'C', stance: 'states', text: 'is scheduled to appear in court in September.' }],
  },
] as const satisfies readonly Claim<StoryIds & { source: SourceId; discrepancy: DiscrepancyId }>[];
