// The climb, one step per floor. Levels count French étages: 0 is the rez-de-chaussée (street level).
import type { Chapter } from '../types.ts';

export const RESCUE: Chapter = {
  id: 'rescue',
  title: 'The rescue, floor by floor',
  dek: 'A few seconds on a façade, one balcony at a time.',
  scene: 'rescue',
  steps: [
    {
      id: 'rescue-street',
      kicker: 'The street · Saturday evening',
      body: [
        'Mamoudou Gassama is on his way to a restaurant to watch a football match. Across the road, people have stopped and are looking up.',
        'High on the building opposite, a small boy is hanging from the outside of a balcony railing.',
      ],
      quoteIds: ['football-match'],
      claimIds: ['child-hanging', 'saturday-18th', 'football-match'],
      discrepancyIds: [],
      picture: { kind: 'rescue', climberLevel: 0, climberAt: 'across-road', child: 'hanging', isNeighbourReaching: false, hasCrowd: true },
      alt: 'The front of a Paris apartment building. A small child hangs from a balcony railing on the fourth étage while a crowd watches from the pavement. Gassama stands across the road.',
    },
    {
      id: 'rescue-across',
      kicker: 'Rez-de-chaussée · street level',
      body: [
        'He does not stop to weigh it up. He runs across the road to the foot of the building.',
        'Two reports give his own account of this moment, and their English is not the same: each translated what he said in French in its own way.',
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
        'He pulls himself up onto the first balcony. In Paris this is the premier étage, the first floor above the street; counted in storeys from the ground, it is the second.',
        'That difference in counting runs through all the reports, and explains why they disagree about how high he climbed.',
      ],
      quoteIds: ['looked-for-solutions', 'climbed-god-helped-a'],
      claimIds: ['climbed-facade'],
      discrepancyIds: [],
      picture: { kind: 'rescue', climberLevel: 1, climberAt: 'facade', child: 'hanging', isNeighbourReaching: false, hasCrowd: true },
      alt: 'Gassama is on the first-étage balcony, reaching for the one above. The child hangs three balconies higher.',
    },
    {
      id: 'rescue-floor-2',
      kicker: '2e étage · the third storey',
      body: [
        'Second balcony. He climbs the outside of each railing, reaches up for the floor of the next balcony, and swings himself over.',
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
        'Third balcony. The whole climb, in the video that would be watched around the world, takes only seconds.',
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
        'On the balcony next door, a neighbour leans out towards the boy, but a partition wall between the two balconies keeps the child out of his reach.',
        'How the boy came to be there is told by one report only: it says he fell from the family’s flat higher up and caught hold of this balcony.',
      ],
      quoteIds: ['partition-wall', 'sixth-floor-flat'],
      claimIds: ['neighbour-partition', 'fell-from-flat'],
      discrepancyIds: [],
      picture: { kind: 'rescue', climberLevel: 3, climberAt: 'facade', child: 'hanging', isNeighbourReaching: true, hasCrowd: true },
      alt: 'On the fourth étage, the child hangs outside the railing. On the adjoining balcony, behind a partition wall, a neighbour reaches towards him without reaching him. Gassama is one floor below.',
    },
    {
      id: 'rescue-floor-4',
      kicker: '4e étage · the fifth storey',
      body: [
        'Gassama reaches the fourth-floor balcony, takes hold of the boy and hauls him up over the railing to safety.',
        'Only then, he said, did he feel afraid.',
      ],
      quoteIds: ['fear-after'],
      claimIds: ['height', 'pulled-to-safety', 'shaken-after'],
      discrepancyIds: ['height'],
      picture: { kind: 'rescue', climberLevel: 4, climberAt: 'facade', child: 'lifted', isNeighbourReaching: true, hasCrowd: true },
      alt: 'Gassama stands on the fourth-étage balcony and lifts the child over the railing.',
    },
    {
      id: 'rescue-balcony',
      kicker: 'On the balcony',
      body: [
        'By the time he is up, his knees are shaking. The boy, he said, looked hurt and was crying. Below, the crowd’s fear turns to relief.',
      ],
      quoteIds: ['knees-shaking', 'thank-god-saved', 'crowd-relief'],
      claimIds: ['thank-god-saved', 'crowd-watched'],
      discrepancyIds: [],
      picture: { kind: 'rescue', climberLevel: 4, climberAt: 'facade', child: 'safe', isNeighbourReaching: false, hasCrowd: true },
      alt: 'Gassama and the child are both safe on the fourth-étage balcony, inside the railing. The crowd watches from below.',
    },
  ],
};
