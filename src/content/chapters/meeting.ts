// Monday 28 May at the Élysée: what was said and what was offered.
import type { Chapter } from '../types.ts';

export const MEETING: Chapter = {
  id: 'meeting',
  title: 'The meeting at the Élysée',
  dek: 'Monday 28 May: the president receives the climber.',
  scene: 'meeting',
  steps: [
    {
      id: 'meeting-invitation',
      kicker: 'Monday 28 May · the Élysée Palace',
      body: [
        'Two days after the climb, President Emmanuel Macron received Gassama at the Élysée Palace.',
      ],
      quoteIds: ['invited-offers'],
      claimIds: ['elysee-monday'],
      discrepancyIds: [],
      picture: { kind: 'meeting', items: ['door'] },
      alt: 'The tall double doors of a formal room at the Élysée Palace.',
    },
    {
      id: 'meeting-account',
      kicker: 'His account, the president’s answer',
      body: [
        'Gassama told the president what had happened: he had not thought, he had run and climbed. The reports quote the same moment in different English.',
        'The president’s reply is quoted in the same words by two reports.',
      ],
      quoteIds: ['didnt-think', 'climbed-god-helped-b', 'saved-a-child', 'courage-capability'],
      claimIds: ['ran-to-save', 'god-helped', 'saved-a-child'],
      discrepancyIds: ['words-climbed'],
      picture: { kind: 'meeting', items: ['door', 'words'] },
      alt: 'Inside the doorway, two speech marks stand for the conversation between Gassama and the president.',
    },
    {
      id: 'meeting-medal',
      kicker: 'A medal',
      body: [
        'The president gave him a gold medal for “courage and devotion”. One report, citing the Telegraph, adds a certificate.',
      ],
      quoteIds: ['gold-medal', 'medal-certificate'],
      claimIds: ['gold-medal'],
      discrepancyIds: [],
      picture: { kind: 'meeting', items: ['door', 'words', 'medal'] },
      alt: 'A gold medal on a ribbon appears on the table.',
    },
    {
      id: 'meeting-papers',
      kicker: 'His papers',
      body: [
        'The president told him his papers would be put in order. The reports put what he was offered in different terms: papers, a residency permit, citizenship, honorary citizenship.',
      ],
      quoteIds: ['macron-post', 'regularize-papers', 'honorary-citizenship'],
      claimIds: ['papers-promised', 'citizenship'],
      discrepancyIds: ['offers'],
      picture: { kind: 'meeting', items: ['door', 'words', 'medal', 'papers'] },
      alt: 'Official papers join the medal on the table.',
    },
    {
      id: 'meeting-brigade',
      kicker: 'The fire brigade',
      body: ['He was also offered a place in the Paris fire brigade, the sapeurs-pompiers.'],
      quoteIds: ['what-firemen-do'],
      claimIds: ['brigade-job'],
      discrepancyIds: [],
      picture: { kind: 'meeting', items: ['door', 'words', 'medal', 'papers', 'brigade'] },
      alt: 'A firefighter’s helmet joins the medal and the papers.',
    },
    {
      id: 'meeting-status',
      kicker: 'Who he was, on paper',
      body: [
        'The reports describe his legal position before that day differently. Two say he had papers allowing him to stay in Italy and had come to France to be with his older brother; one says he entered France illegally. They also disagree on how long the brother had lived in France.',
      ],
      quoteIds: ['papers-italy-a', 'papers-italy-c', 'entered-illegally'],
      claimIds: ['papers-italy', 'entered-illegally', 'brother-years'],
      discrepancyIds: ['legal-status', 'brother-years'],
      picture: { kind: 'meeting', items: ['door', 'words', 'medal', 'papers', 'brigade'] },
      alt: 'The medal, the papers and the helmet rest on the table.',
    },
    {
      id: 'meeting-policy',
      kicker: 'The politics',
      body: [
        'The meeting came while the president was in the process of tightening France’s immigration laws. The president said there was no contradiction.',
      ],
      quoteIds: ['tightening-laws', 'exceptional-act'],
      claimIds: ['tightening-laws', 'exceptional-act'],
      discrepancyIds: [],
      picture: { kind: 'meeting', items: ['door', 'words', 'medal', 'papers', 'brigade', 'policy'] },
      alt: 'Beside the medal, papers and helmet, a line of text: an exceptional act does not make policy.',
    },
  ],
};
