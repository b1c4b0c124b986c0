// The facts this chapter's steps rest on, each with every report's exact words for it (`states`) or
// against it (`differs`, explained by its discrepancy); a report not listed is silent (see the
// story's claims.ts for the checks).
// Our statement of each claim, and our translations, are each edition's (words.ts, words.fr.ts).
import type { ClaimEvidence } from '../../sources/claimEvidence.ts';

export const CLAIMS = [
  {
    id: 'video-viral',
    evidence: [
      { excerpt: 'a-video-that-quickly', stance: 'states' },
      { excerpt: 'b-in-a-video', stance: 'states' },
      { excerpt: 'c-in-a-moment', stance: 'states' },
    ],
  },
  {
    // Only Report B says who filmed it; Reports A and C say only that there was a video.
    id: 'onlooker-filmed',
    evidence: [{ excerpt: 'b-an-onlooker-was', stance: 'states' }],
  },
  {
    id: 'parents-absent',
    concerns: 'conduct',
    evidence: [{ excerpt: 'a-les-parents-de', stance: 'states' }],
  },
  {
    id: 'mayor-asked',
    evidence: [{ excerpt: 'a-savoir-qui-est', stance: 'states' }],
  },
  {
    id: 'mayor-phoned',
    evidence: [{ excerpt: 'a-later-hidalgo-wrote', stance: 'states' }],
  },
  { id: 'arrived-months', evidence: [{ excerpt: 'a-he-explained-to', stance: 'states' }] },
  {
    id: 'nickname',
    // Report A gives only the mayor's "Spider-Man of the 18th" (her own post is the reactions-mayor step's): it is silent here.
    evidence: [
      { excerpt: 'now-often-called', stance: 'states' },
      { excerpt: 'dubbed', stance: 'states' },
    ],
  },
  {
    id: 'father-investigated',
    concerns: 'conduct',
    evidence: [
      { excerpt: 'father-shopping', stance: 'states' },
      { excerpt: 'c-cbs-also-notes', stance: 'states' },
    ],
  },
] as const satisfies readonly ClaimEvidence[];
