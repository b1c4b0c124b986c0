// The facts this chapter's steps rest on, each with every report's exact words for it (`states`) or
// against it (`differs`, explained by its discrepancy); a report not listed is silent (see the
// story's claims.ts for the checks).
// Our statement of each claim, and our translations, are each edition's (words.ts, words.fr.ts).
import type { ClaimEvidence } from '../../sources/claimEvidence.ts';

export const AFTERMATH_CLAIMS = [
  {
    id: 'permit-tuesday',
    concerns: 'legal-status',
    discrepancyId: 'papers-when',
    evidence: [
      {
        report: 'B',
        stance: 'states',
        text: 'After his meeting with president Macron, Gassama is set to receive his residency permit on Tuesday, May 29.',
      },
    ],
  },
  {
    id: 'brigade-welcome',
    evidence: [
      { report: 'A', stance: 'states', text: 'la brigade des sapeurs-pompiers de Paris était prête à l’accueillir.', lang: 'fr', post: 'president' },
      { report: 'B', stance: 'states', text: 'the Paris fire brigade, which expressed its warm welcome for the sudden hero.' },
    ],
  },
] as const satisfies readonly ClaimEvidence[];
