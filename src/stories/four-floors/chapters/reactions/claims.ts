// The facts this chapter's steps rest on, each with every report's exact words for it (`states`) or
// against it (`differs`, explained by its discrepancy); a report not listed is silent (see the
// story's claims.ts for the checks).
import type { Claim, StoryIds } from '../../../../kit/content/types.ts';
import type { DiscrepancyId } from '../../sources/discrepancies.ts';
import type { SourceId } from '../../sources/reports.ts';
import { INFOS_FRANCAISES, MAYOR } from '../../sources/postContexts.ts';

export const REACTIONS_CLAIMS = [
  {
    id: 'video-viral',
    statement: 'A video of the climb, filmed by an onlooker, went viral.',
    evidence: [
      { source: 'A', stance: 'states', text: 'Video that quickly went viral over the weekend' },
      { source: 'B', stance: 'states', text: 'In a video that went viral on social media, an onlooker was able to capture the daredevil rescue' },
      { source: 'C', stance: 'states', text: 'In a moment captured on video that quickly went viral' },
    ],
  },
  {
    id: 'parents-absent',
    concerns: 'conduct',
    statement: 'A post credited to LCI, reproduced in Report A, said the boy’s parents were not there.',
    evidence: [
      {
        source: 'A',
        stance: 'states',
        text: 'Les parents de l\'enfant n\'étaient pas présents',
        lang: 'fr',
        context: INFOS_FRANCAISES,
        translation: 'The child’s parents were not there',
      },
    ],
  },
  {
    id: 'mother-away',
    concerns: 'conduct',
    statement: 'Report A says the boy’s mother was reportedly not in Paris.',
    evidence: [{ source: 'A', stance: 'states', text: 'The child’s mother was reportedly not in Paris at the time of the incident.' }],
  },
  {
    id: 'mayor-asked',
    statement: 'The mayor of Paris wrote that she wanted to know who the man was, to congratulate him.',
    evidence: [
      {
        source: 'A',
        stance: 'states',
        text: 'savoir qui est le Spiderman du 18ème pour le féliciter.',
        lang: 'fr',
        context: MAYOR,
        translation: 'to know who the Spiderman of the 18th is, so that I can congratulate him',
      },
    ],
  },
  {
    id: 'mayor-phoned',
    statement: 'The mayor wrote that she had spoken to him by phone.',
    evidence: [{ source: 'A', stance: 'states', text: 'Later, Hidalgo wrote that she had talked to Gassman [sic] on the phone.' }],
  },
  {
    id: 'arrived-months',
    statement: 'He told the mayor, she wrote, that he had arrived from Mali a few months before.',
    evidence: [{ source: 'A', stance: 'states', text: 'He explained to me that he arrived from Mali a few months ago' }],
  },
  {
    id: 'nickname',
    statement: 'The English-language reports call him “Spider-Man”, in quotation marks.',
    evidence: [
      { source: 'A', stance: 'states', text: 'Paris Mayor Anne Hidalgo called Gassama the ‘Spider-Man of the 18th’ on social media.' },
      { source: 'B', stance: 'states', text: '‘Spider-Man,’ as Mamoudou Gassama is now often called' },
      { source: 'C', stance: 'states', text: '‘Spider-Man,’ as he has since been dubbed' },
    ],
  },
  {
    id: 'father-investigated',
    concerns: 'conduct',
    statement: 'Report A says the boy’s father was allegedly out shopping and is being investigated for neglect; Report C, citing CBS, that he was temporarily detained.',
    evidence: [
      { source: 'A', stance: 'states', text: 'The child’s father was allegedly out shopping when the incident took place and is now being investigated for neglect.' },
      { source: 'C', stance: 'states', text: 'who left him alone so he could go shopping … was temporarily detained for neglect' },
    ],
  },
] as const satisfies readonly Claim<StoryIds & { source: SourceId; discrepancy: DiscrepancyId }>[];
