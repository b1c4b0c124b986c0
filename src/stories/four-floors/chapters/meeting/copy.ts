// Monday 28 May at the Élysée: what was said and what was offered.
import { chapter } from '../../ids.ts';
import { MEETING_SCENE } from './scene.ts';

export const MEETING = chapter({
  id: 'meeting',
  title: 'The meeting at the Élysée',
  dek: 'Monday 28 May: the president receives Mamoudou Gassama.',
  scene: MEETING_SCENE,
  caption: 'Illustration of the Élysée encounter, Monday 28 May 2018',
  sceneCopy: { policyLine: '“An exceptional act does not make policy”' },
  steps: [
    {
      id: 'meeting-invitation',
      kicker: 'Monday 28 May · the Élysée Palace',
      body: [
        'Two days after the climb, President Emmanuel Macron received Gassama at the Élysée Palace. Report B says he invited him there to make him several offers.',
      ],
      quoteIds: ['invited-offers'],
      claimIds: ['met-monday', 'at-elysee'],
      discrepancyIds: [],
      picture: { items: ['door'] },
      alt: 'An illustration of the tall double doors of a formal room at the Élysée Palace.',
    },
    {
      id: 'meeting-account',
      kicker: 'His account, the president’s answer',
      body: [
        'Gassama told the president what had happened: by his account he had not stopped to think; he had run, and climbed. The reports quote the same moment in different English.',
        'The president’s reply is quoted in the same words by Reports A and C.',
      ],
      quoteIds: ['didnt-think', 'climbed-god-helped-b', 'saved-a-child'],
      moreQuoteIds: ['courage-capability'],
      claimIds: ['ran-to-save', 'god-helped', 'saved-a-child'],
      discrepancyIds: ['words-climbed'],
      picture: { items: ['door', 'words'] },
      alt: 'Inside the doorway, two speech marks stand for the conversation between Gassama and the president.',
    },
    {
      id: 'meeting-medal',
      kicker: 'A medal',
      body: [
        'Reports A and B say the president gave him a gold medal. They do not agree on what came with it, or what it was for, and Report C mentions none.',
      ],
      quoteIds: ['gold-medal'],
      claimIds: ['gold-medal'],
      discrepancyIds: ['medal'],
      picture: { items: ['door', 'words', 'medal'] },
      alt: 'A gold medal on a ribbon appears on the table.',
    },
    {
      id: 'meeting-papers',
      kicker: 'His status',
      body: [
        'In his own post after the meeting, the president says he told Gassama his status would be regularised “dans les plus brefs délais”, as soon as possible (our translation). Report C quotes him saying “we are obviously, today, going to regularize all your papers.”',
        'The reports name what he was offered in different terms.',
      ],
      quoteIds: ['regularize-papers'],
      moreQuoteIds: ['macron-post', 'honorary-citizenship'],
      claimIds: ['status-regularised', 'citizenship'],
      discrepancyIds: ['citizenship'],
      picture: { items: ['door', 'words', 'medal', 'papers'] },
      alt: 'Official papers join the medal on the table.',
    },
    {
      id: 'meeting-brigade',
      kicker: 'The fire brigade',
      body: [
        'The president also spoke of the Paris fire brigade, the sapeurs-pompiers. How firm an offer it was, the reports do not agree.',
      ],
      quoteIds: ['what-firemen-do'],
      claimIds: ['brigade-job'],
      discrepancyIds: ['brigade-offer'],
      picture: { items: ['door', 'words', 'medal', 'papers', 'brigade'] },
      alt: 'A firefighter’s helmet joins the medal and the papers.',
    },
    {
      id: 'meeting-status',
      kicker: 'His status before the meeting',
      body: [
        'Reports A and C give his own account: he said he had papers allowing him to stay in Italy, and had come to France to be with his older brother. Report C, in its own words, also says he “entered France illegally”. The two reports differ on how long the brother had lived in France.',
      ],
      quoteIds: ['papers-italy-a', 'entered-illegally'],
      moreQuoteIds: ['papers-italy-c'],
      claimIds: ['papers-italy', 'entered-illegally', 'brother-years'],
      discrepancyIds: ['legal-status', 'brother-years'],
      picture: { items: ['door', 'words', 'medal', 'papers', 'brigade'] },
      alt: 'The medal, the papers and the helmet rest on the table.',
    },
    {
      id: 'meeting-policy',
      kicker: 'The politics',
      body: [
        'Report A notes that the president was in the process of tightening France’s immigration laws, and that he denied any contradiction between that and “awarding Gassama citizenship”.',
      ],
      quoteIds: ['tightening-laws', 'exceptional-act'],
      claimIds: ['tightening-laws', 'exceptional-act'],
      discrepancyIds: [],
      picture: { items: ['door', 'words', 'medal', 'papers', 'brigade', 'policy'] },
      alt: 'Beside the medal, papers and helmet, the president’s words to reporters: “An exceptional act does not make policy”.',
    },
  ],
});
