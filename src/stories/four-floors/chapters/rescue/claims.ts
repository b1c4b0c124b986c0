// The facts this chapter's steps rest on, each with every report's exact words for it (`states`) or
// against it (`differs`, explained by its discrepancy); a report not listed is silent (see the
// story's claims.ts for the checks).
// Our statement of each claim, and our translations, are each edition's (words.ts, words.fr.ts).
import type { ClaimEvidence } from '../../sources/claimEvidence.ts';

export const CLAIMS = [
  {
    id: 'child-hanging',
    evidence: [
      { excerpt: 'a-to-rescue-a', stance: 'states' },
      { excerpt: 'b-the-child-was', stance: 'states' },
      { excerpt: 'c-to-rescue-a', stance: 'states' },
    ],
  },
  {
    // Report B gives no age: "a child in danger of falling", "the boy that ‘Spider-Man’ rescued".
    id: 'child-age',
    evidence: [
      { excerpt: 'a-to-rescue-a', stance: 'states' },
      { excerpt: 'c-to-rescue-a', stance: 'states' },
    ],
  },
  {
    id: 'saturday-evening',
    evidence: [
      { excerpt: 'a-an-apartment-building', stance: 'states' },
      { excerpt: 'b-on-saturday-evening', stance: 'states' },
    ],
  },
  { id: 'in-the-18th', evidence: [{ excerpt: 'a-an-apartment-building-in', stance: 'states' }] },
  {
    id: 'football-match',
    evidence: [
      { excerpt: 'b-he-was-just', stance: 'states' },
    ],
  },
  {
    id: 'ran-to-save',
    discrepancyId: 'words-ran',
    evidence: [
      { excerpt: 'ran-across-road', stance: 'states' },
      { excerpt: 'b-i-didnt-think', stance: 'states' },
      { excerpt: 'c-i-ran-i', stance: 'states' },
    ],
  },
  {
    id: 'climbed-facade',
    evidence: [
      { excerpt: 'a-a-mains-nues', stance: 'states' },
      { excerpt: 'b-the-malian-migrant', stance: 'states' },
      { excerpt: 'c-scaled-five-stories', stance: 'states' },
    ],
  },
  {
    // Only Report B has balconies on the way up; Reports A and C say only that he scaled the building.
    id: 'balcony-by-balcony',
    evidence: [{ excerpt: 'b-the-malian-migrant', stance: 'states' }],
  },
  {
    id: 'courage-grew',
    discrepancyId: 'words-climbed',
    evidence: [
      { excerpt: 'more-i-climbed', stance: 'states' },
      { excerpt: 'gave-me-courage', stance: 'states' },
    ],
  },
  {
    id: 'in-seconds',
    evidence: [
      { excerpt: 'a-saturday-evening-in', stance: 'states' },
      { excerpt: 'b-swung-up-from', stance: 'states' },
    ],
  },
  {
    id: 'neighbour-partition',
    evidence: [
      { excerpt: 'b-another-tenant-is', stance: 'states' },
    ],
  },
  {
    id: 'fell-from-flat',
    discrepancyId: 'height',
    evidence: [{ excerpt: 'b-the-boy-was', stance: 'states' }],
  },
  {
    id: 'height',
    discrepancyId: 'height',
    evidence: [
      { excerpt: 'a-went-into-action', stance: 'states' },
      { excerpt: 'b-after-climbing-up', stance: 'states' },
      { excerpt: 'c-scaled-five-stories-of', stance: 'differs' },
    ],
  },
  {
    id: 'pulled-to-safety',
    evidence: [
      { excerpt: 'a-to-rescue-a', stance: 'states' },
      { excerpt: 'b-to-pull-the', stance: 'states' },
      { excerpt: 'c-after-he-reached', stance: 'states' },
    ],
  },
  {
    id: 'shaken-after',
    evidence: [
      { excerpt: 'b-by-the-time', stance: 'states' },
      { excerpt: 'fear-after', stance: 'states' },
    ],
  },
  {
    id: 'thank-god-saved',
    evidence: [
      { excerpt: 'b-thank-god-i', stance: 'states' },
      { excerpt: 'c-thank-god-i', stance: 'states' },
    ],
  },
  {
    id: 'crowd-watched',
    discrepancyId: 'crowd',
    evidence: [
      { excerpt: 'b-to-the-cheers', stance: 'states' },
      { excerpt: 'c-the-large-crowd', stance: 'states' },
    ],
  },
] as const satisfies readonly ClaimEvidence[];
