// The facts this chapter's steps rest on, each with every report's exact words for it (`states`) or
// against it (`differs`, explained by its discrepancy); a report not listed is silent (see the
// story's claims.ts for the checks).
// Our statement of each claim, and our translations, are each edition's (words.ts, words.fr.ts).
import type { ClaimEvidence } from '../../sources/claimEvidence.ts';

export const MEETING_CLAIMS = [
  {
    id: 'met-monday',
    evidence: [
      { report: 'A', stance: 'states', text: 'Macron invited Gassama to the Élysée Palace for a sit-down on Monday' },
      { report: 'B', stance: 'states', text: 'President Emmanuel Macron invited Gassama to the Élysée Palace on Monday, May 28' },
      { report: 'C', stance: 'states', text: 'In his meeting with Macron Monday' },
    ],
  },
  {
    // Report C gives the Monday, never its date.
    id: 'meeting-date',
    evidence: [
      {
        report: 'A',
        stance: 'states',
        text: 'French President Emmanuel Macron speaks with Mamoudou Gassama, 22, from Mali, at the presidential Élysée Palace in Paris on May, 28, 2018.',
      },
      { report: 'B', stance: 'states', text: 'President Emmanuel Macron invited Gassama to the Élysée Palace on Monday, May 28' },
    ],
  },
  {
    id: 'at-elysee',
    evidence: [
      {
        report: 'A',
        stance: 'states',
        text: 'French President Emmanuel Macron speaks with Mamoudou Gassama, 22, from Mali, at the presidential Élysée Palace in Paris',
      },
      { report: 'B', stance: 'states', text: 'President Emmanuel Macron invited Gassama to the Élysée Palace' },
    ],
  },
  {
    id: 'god-helped',
    discrepancyId: 'words-climbed',
    evidence: [
      { report: 'A', stance: 'states', text: 'I just climbed up and thank God, God helped me.' },
      { report: 'B', stance: 'states', text: 'I climbed up and God helped me.' },
      { report: 'C', stance: 'states', text: 'Gassama said God helped him in his efforts.' },
    ],
  },
  {
    id: 'saved-a-child',
    evidence: [
      { report: 'A', stance: 'states', text: 'You saved a child. Without you, no one knows what would have become of him' },
      { report: 'C', stance: 'states', text: 'You saved a child. Without you, no one knows what would have become of him' },
    ],
  },
  {
    id: 'gold-medal',
    discrepancyId: 'medal',
    evidence: [
      { report: 'A', stance: 'states', text: 'Macron awarded Gassama a gold medal from the French state for his ‘courage and devotion’' },
      {
        report: 'B',
        stance: 'states',
        text: 'He was also given a gold medal and a certificate to commemorate his act of courage, according to the Telegraph',
      },
    ],
  },
  {
    id: 'status-regularised',
    concerns: 'legal-status',
    discrepancyId: 'papers-when',
    evidence: [
      { report: 'A', stance: 'states', text: 'il allait être régularisé dans les plus brefs délais', lang: 'fr', post: 'president' },
      // Report B says only that he is set to receive a permit, not what the president said (the aftermath's permit-tuesday).
      { report: 'C', stance: 'states', text: 'we are obviously, today, going to regularize all your papers.' },
    ],
  },
  {
    id: 'citizenship',
    concerns: 'legal-status',
    discrepancyId: 'citizenship',
    evidence: [
      { report: 'A', stance: 'states', text: 'he denied there was any contradiction between that and awarding Gassama citizenship.' },
      { report: 'B', stance: 'states', text: 'has been offered honorary French citizenship' },
      { report: 'C', stance: 'states', text: 'by offering him French citizenship' },
    ],
  },
  {
    id: 'brigade-job',
    discrepancyId: 'brigade-offer',
    evidence: [
      { report: 'A', stance: 'states', text: 'offered him a job as a firefighter.' },
      { report: 'B', stance: 'states', text: 'If this fits your wishes, you could join the fire brigade' },
      { report: 'C', stance: 'states', text: 'as well as a potential job as a firefighter' },
    ],
  },
  {
    id: 'papers-italy',
    concerns: 'legal-status',
    discrepancyId: 'legal-status',
    evidence: [
      { report: 'A', stance: 'states', text: 'Gassama said he had papers to legally stay in Italy' },
      { report: 'C', stance: 'states', text: 'CBS reports that while Gassama says he was authorized to stay legally in Italy' },
    ],
  },
  {
    id: 'entered-illegally',
    concerns: 'legal-status',
    discrepancyId: 'legal-status',
    evidence: [{ report: 'C', stance: 'states', text: 'a 22-year-old immigrant from Mali who entered France illegally' }],
  },
  {
    id: 'brother-years',
    discrepancyId: 'brother-years',
    evidence: [
      { report: 'A', stance: 'states', text: 'his older brother who has lived in France for years.' },
      { report: 'C', stance: 'differs', text: 'CBS reports that … his older brother, who has lived in the country for decades.' },
    ],
  },
  {
    id: 'tightening-laws',
    evidence: [{ report: 'A', stance: 'states', text: 'The French president is in the process of tightening the country’s immigration laws' }],
  },
  {
    id: 'exceptional-act',
    evidence: [
      { report: 'A', stance: 'states', text: '‘An exceptional act does not make policy,’ he told reporters.' },
      { report: 'C', stance: 'states', text: 'Because of his ‘exceptional act,’ said Macron' },
    ],
  },
] as const satisfies readonly ClaimEvidence[];
