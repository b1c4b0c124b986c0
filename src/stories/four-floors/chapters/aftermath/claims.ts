// The facts this chapter's steps rest on, each with every report's exact words for it (`states`) or
// against it (`differs`, explained by its discrepancy); a report not listed is silent (see the
// story's claims.ts for the checks).
// Our statement of each claim, and our translations, are each edition's (words.ts, words.fr.ts).
import type { ClaimEvidence } from '../../sources/claimEvidence.ts';

export const CLAIMS = [
  {
    id: 'permit-tuesday',
    concerns: 'legal-status',
    discrepancyId: 'papers-when',
    evidence: [
      { excerpt: 'residency-permit', stance: 'states' },
    ],
  },
  {
    id: 'brigade-welcome',
    evidence: [
      { excerpt: 'a-la-brigade-des', stance: 'states' },
      { excerpt: 'b-the-paris-fire', stance: 'states' },
    ],
  },
] as const satisfies readonly ClaimEvidence[];
