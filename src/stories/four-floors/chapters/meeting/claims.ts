// The facts this chapter's steps rest on, each with every report's exact words for it (`states`) or
// against it (`differs`, explained by its discrepancy); a report not listed is silent (see the
// story's claims.ts for the checks).
// Our statement of each claim, and our translations, are each edition's (words.ts, words.fr.ts).
import type { ClaimEvidence } from '../../sources/claimEvidence.ts';

export const CLAIMS = [
  {
    id: 'met-monday',
    evidence: [
      { excerpt: 'a-macron-invited-gassama', stance: 'states' },
      { excerpt: 'b-president-emmanuel-macron', stance: 'states' },
      { excerpt: 'c-in-his-meeting', stance: 'states' },
    ],
  },
  {
    // Report C gives the Monday, never its date.
    id: 'meeting-date',
    evidence: [
      { excerpt: 'a-french-president-emmanuel', stance: 'states' },
      { excerpt: 'b-president-emmanuel-macron', stance: 'states' },
    ],
  },
  {
    id: 'at-elysee',
    evidence: [
      { excerpt: 'a-french-president-emmanuel-macron', stance: 'states' },
      { excerpt: 'b-president-emmanuel-macron-invited', stance: 'states' },
    ],
  },
  {
    id: 'god-helped',
    discrepancyId: 'words-climbed',
    evidence: [
      { excerpt: 'climbed-god-helped-a', stance: 'states' },
      { excerpt: 'climbed-god-helped-b', stance: 'states' },
      { excerpt: 'c-gassama-said-god', stance: 'states' },
    ],
  },
  {
    id: 'saved-a-child',
    evidence: [
      { excerpt: 'saved-a-child', stance: 'states' },
      { excerpt: 'c-you-saved-a', stance: 'states' },
    ],
  },
  {
    id: 'gold-medal',
    discrepancyId: 'medal',
    evidence: [
      { excerpt: 'a-macron-awarded-gassama', stance: 'states' },
      { excerpt: 'b-he-was-also', stance: 'states' },
    ],
  },
  {
    id: 'status-regularised',
    concerns: 'legal-status',
    discrepancyId: 'papers-when',
    evidence: [
      { excerpt: 'a-il-allait-etre', stance: 'states' },
      // Report B says only that he is set to receive a permit, not what the president said (the aftermath's permit-tuesday).
      { excerpt: 'regularize-papers', stance: 'states' },
    ],
  },
  {
    id: 'citizenship',
    concerns: 'legal-status',
    discrepancyId: 'citizenship',
    evidence: [
      { excerpt: 'a-he-denied-there', stance: 'states' },
      { excerpt: 'b-has-been-offered', stance: 'states' },
      { excerpt: 'c-by-offering-him', stance: 'states' },
    ],
  },
  {
    id: 'brigade-job',
    discrepancyId: 'brigade-offer',
    evidence: [
      { excerpt: 'a-offered-him-a', stance: 'states' },
      { excerpt: 'b-if-this-fits', stance: 'states' },
      { excerpt: 'c-as-well-as', stance: 'states' },
    ],
  },
  {
    id: 'papers-italy',
    concerns: 'legal-status',
    discrepancyId: 'legal-status',
    evidence: [
      { excerpt: 'a-gassama-said-he', stance: 'states' },
      { excerpt: 'c-cbs-reports-that', stance: 'states' },
    ],
  },
  {
    id: 'entered-illegally',
    concerns: 'legal-status',
    discrepancyId: 'legal-status',
    evidence: [{ excerpt: 'entered-illegally', stance: 'states' }],
  },
  {
    id: 'brother-years',
    discrepancyId: 'brother-years',
    evidence: [
      { excerpt: 'a-his-older-brother', stance: 'states' },
      { excerpt: 'c-cbs-reports-that-his', stance: 'differs' },
    ],
  },
  {
    id: 'tightening-laws',
    evidence: [{ excerpt: 'a-the-french-president', stance: 'states' }],
  },
  {
    id: 'exceptional-act',
    evidence: [
      { excerpt: 'a-an-exceptional-act', stance: 'states' },
      { excerpt: 'c-because-of-his', stance: 'states' },
    ],
  },
] as const satisfies readonly ClaimEvidence[];
