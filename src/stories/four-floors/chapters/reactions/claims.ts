// The facts this chapter's steps rest on, each with every report's exact words for it (`states`) or
// against it (`differs`, explained by its discrepancy); a report not listed is silent (see the
// story's claims.ts for the checks).
// Our statement of each claim, and our translations, are each edition's (words.ts, words.fr.ts).
import type { ClaimEvidence } from '../../sources/claimEvidence.ts';

export const REACTIONS_CLAIMS = [
  {
    id: 'video-viral',
    evidence: [
      { report: 'A', stance: 'states', text: 'Video that quickly went viral over the weekend' },
      { report: 'B', stance: 'states', text: 'In a video that went viral on social media' },
      { report: 'C', stance: 'states', text: 'In a moment captured on video that quickly went viral' },
    ],
  },
  {
    // Only Report B says who filmed it; Reports A and C say only that there was a video.
    id: 'onlooker-filmed',
    evidence: [{ report: 'B', stance: 'states', text: 'an onlooker was able to capture the daredevil rescue' }],
  },
  {
    id: 'parents-absent',
    concerns: 'conduct',
    evidence: [{ report: 'A', stance: 'states', text: 'Les parents de l\'enfant n\'étaient pas présents', lang: 'fr', post: 'infos-francaises' }],
  },
  {
    id: 'mayor-asked',
    evidence: [{ report: 'A', stance: 'states', text: 'savoir qui est le Spiderman du 18ème pour le féliciter.', lang: 'fr', post: 'mayor' }],
  },
  {
    id: 'mayor-phoned',
    evidence: [{ report: 'A', stance: 'states', text: 'Later, Hidalgo wrote that she had talked to Gassman [sic] on the phone.' }],
  },
  { id: 'arrived-months', evidence: [{ report: 'A', stance: 'states', text: 'He explained to me that he arrived from Mali a few months ago' }] },
  {
    id: 'nickname',
    // Report A gives only the mayor's "Spider-Man of the 18th" (her own post is the reactions-mayor step's): it is silent here.
    evidence: [
      { report: 'B', stance: 'states', text: '‘Spider-Man,’ as Mamoudou Gassama is now often called' },
      { report: 'C', stance: 'states', text: '‘Spider-Man,’ as he has since been dubbed' },
    ],
  },
  {
    id: 'father-investigated',
    concerns: 'conduct',
    evidence: [
      {
        report: 'A',
        stance: 'states',
        text: 'The child’s father was allegedly out shopping when the incident took place and is now being investigated for neglect.',
      },
      { report: 'C', stance: 'states', text: 'CBS also notes that … who left him alone so he could go shopping … was temporarily detained for neglect' },
    ],
  },
] as const satisfies readonly ClaimEvidence[];
