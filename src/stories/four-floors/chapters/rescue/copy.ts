// The climb, one step per floor. Levels count French étages (our convention for the drawing, not a
// report's): 0 is the rez-de-chaussée (street level).
import type { Chapter } from '../../../../kit/content/types.ts';

export const RESCUE: Chapter = {
  id: 'rescue',
  title: 'The rescue, floor by floor',
  dek: 'A few seconds on a façade, one balcony at a time.',
  scene: 'rescue',
  caption: 'Illustration, not to scale.',
  steps: [
    {
      id: 'rescue-street',
      kicker: 'The street · Saturday evening',
      body: [
        'Saturday evening, in the 18th arrondissement of Paris. By his own account to BFM TV, as Report B gives it, Mamoudou Gassama, 22, is on his way to a restaurant to watch a football match.',
        'High on a building across the road, a four-year-old boy is dangling from a balcony, and a crowd is watching from the street.',
      ],
      quoteIds: ['football-match'],
      claimIds: ['saturday-evening', 'in-the-18th', 'football-match', 'child-hanging', 'crowd-watched'],
      discrepancyIds: [],
      picture: { kind: 'rescue', climberLevel: 0, climberAt: 'across-road', child: 'hanging', isNeighbourReaching: false, hasCrowd: true },
      alt: 'The front of a Paris apartment building. A small child hangs from a balcony railing on the fourth étage while a crowd watches from the pavement. Gassama stands across the road.',
    },
    {
      id: 'rescue-across',
      kicker: 'Rez-de-chaussée · street level',
      body: [
        'By his own account, he did not stop to think: he ran across the road to the building.',
        'All three reports quote him on this moment, and their English is not the same. None says in which language he spoke, or who put his words into English.',
      ],
      quoteIds: ['ran-across-road', 'crossed-street'],
      claimIds: ['ran-to-save'],
      discrepancyIds: ['words-ran'],
      picture: { kind: 'rescue', climberLevel: 0, climberAt: 'facade', child: 'hanging', isNeighbourReaching: false, hasCrowd: true },
      alt: 'Gassama has crossed the road and stands at the foot of the façade, below the first balconies. The child still hangs four floors up.',
    },
    {
      id: 'rescue-floor-1',
      kicker: '1er étage · the second storey',
      body: [
        'He climbs to the first balcony.',
        'Our note, not the reports’: in France this is the premier étage, the first floor above the street; counted in storeys from the ground, it is the second.',
      ],
      quoteIds: ['climbed-god-helped-a'],
      claimIds: ['climbed-facade'],
      discrepancyIds: [],
      picture: { kind: 'rescue', climberLevel: 1, climberAt: 'facade', child: 'hanging', isNeighbourReaching: false, hasCrowd: true },
      alt: 'Gassama is on the first-étage balcony, reaching for the one above. The child hangs three balconies higher.',
    },
    {
      id: 'rescue-floor-2',
      kicker: '2e étage · the third storey',
      body: [
        'Second balcony. In the video, as Report B describes it, he climbs and swings up from one balcony to the next.',
        'He later told the president that climbing gave him the courage to keep going.',
      ],
      quoteIds: ['more-i-climbed', 'gave-me-courage'],
      claimIds: ['courage-grew'],
      discrepancyIds: [],
      picture: { kind: 'rescue', climberLevel: 2, climberAt: 'facade', child: 'hanging', isNeighbourReaching: false, hasCrowd: true },
      alt: 'Gassama is on the second-étage balcony. The child hangs two balconies above him.',
    },
    {
      id: 'rescue-floor-3',
      kicker: '3e étage · the fourth storey',
      body: [
        'Third balcony. In the video that quickly went viral, the whole climb takes only seconds.',
      ],
      quoteIds: ['balcony-to-balcony'],
      claimIds: ['in-seconds'],
      discrepancyIds: [],
      picture: { kind: 'rescue', climberLevel: 3, climberAt: 'facade', child: 'hanging', isNeighbourReaching: false, hasCrowd: true },
      alt: 'Gassama is on the third-étage balcony, directly below the child, who still hangs from the railing above.',
    },
    {
      id: 'rescue-neighbour',
      kicker: '4e étage · the boy and the neighbour',
      body: [
        'In the video, Report B says, another tenant tries to reach out to the boy, but a partition wall keeps him from grabbing hold of the child.',
        'Only Report B says how the boy came to be there: he fell from the balcony of the family’s flat, higher up, and caught hold of this one.',
      ],
      quoteIds: ['partition-wall', 'sixth-floor-flat'],
      claimIds: ['neighbour-partition', 'fell-from-flat'],
      discrepancyIds: [],
      picture: { kind: 'rescue', climberLevel: 3, climberAt: 'facade', child: 'hanging', isNeighbourReaching: true, hasCrowd: true },
      alt: 'On the fourth étage, the child hangs outside the railing. On the adjoining balcony, behind a partition wall, another tenant reaches towards him without reaching him. Gassama is one floor below.',
    },
    {
      id: 'rescue-floor-4',
      kicker: '4e étage · the fifth storey',
      body: [
        'Gassama reaches the boy and pulls him to safety.',
        'Only then, he said, according to Report C, did he feel afraid.',
      ],
      quoteIds: ['fear-after'],
      claimIds: ['height', 'pulled-to-safety', 'shaken-after'],
      discrepancyIds: ['height'],
      picture: { kind: 'rescue', climberLevel: 4, climberAt: 'facade', child: 'lifted', isNeighbourReaching: true, hasCrowd: true },
      alt: 'Gassama stands on the fourth-étage balcony and pulls the child to safety.',
    },
    {
      id: 'rescue-balcony',
      kicker: 'On the balcony',
      body: [
        'By the time he reached the balcony, he said, according to Report B, his knees were shaking. “Thank God I saved him,” he said, in words that Reports B and C both print.',
        'Below, Reports B and C describe the crowd differently.',
      ],
      quoteIds: ['knees-shaking', 'thank-god-saved'],
      claimIds: ['shaken-after', 'thank-god-saved', 'crowd-watched'],
      discrepancyIds: ['crowd'],
      picture: { kind: 'rescue', climberLevel: 4, climberAt: 'facade', child: 'safe', isNeighbourReaching: false, hasCrowd: true },
      alt: 'Gassama and the child are both safe on the fourth-étage balcony, inside the railing. The crowd watches from below.',
    },
  ],
};
