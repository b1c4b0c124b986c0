// The climb, one step per floor. Levels count French étages (our convention for the drawing, not a
// report's): 0 is the rez-de-chaussée (street level). The English edition's words for the chapter (its
// plan is plan.ts), and its quotations (its claims' words are claimWords.ts).
import { tellChapter } from '../../../../kit/content/editions.ts';
import type { QuoteWordsOf } from '../../ids.ts';
import { RESCUE_PLAN } from './plan.ts';
import type { RESCUE_QUOTES } from './quotes.ts';

export const RESCUE = tellChapter(RESCUE_PLAN, {
  title: 'The rescue, floor by floor',
  dek: 'A few seconds on a façade, one balcony at a time.',
  caption: 'Illustration, not to scale.',
  sceneWords: {
    lang: 'en',
    climber: 'Gassama',
    child: 'the boy',
    neighbour: 'neighbour',
    countingPrompt: 'Label the floors:',
    countingGroup: 'Label the floors',
    asEtages: 'as French étages',
    asStoreys: 'as storeys',
    ground: 'RDC',
    etages: { one: '{n}er', other: '{n}e' },
    etageUnit: 'étage',
    storeys: { one: '{n}st', two: '{n}nd', few: '{n}rd', other: '{n}th' },
    storeyUnit: 'storey',
  },
  steps: {
    'rescue-street': {
      kicker: 'The street · Saturday evening',
      body: [
        'Saturday evening, in the 18th arrondissement of Paris. By his own account to BFM TV, as Report B gives it, Mamoudou Gassama, 22, is on his way to a restaurant to watch a football match.',
        'High on a building across the road, a four-year-old boy is dangling from a balcony, and a crowd is watching from the street.',
      ],
      alt: 'The front of a Paris apartment building. A small child hangs from a balcony railing on the fourth étage while a crowd watches from the pavement. Gassama stands across the road.',
    },
    'rescue-across': {
      kicker: 'Rez-de-chaussée · street level',
      body: [
        'By his own account, he did not stop to think: he ran across the road to the building.',
        'All three reports quote him on this moment, and their English is not the same. None says in which language he spoke, or who put his words into English.',
      ],
      alt: 'Gassama has crossed the road and stands at the foot of the façade, below the first balconies. The child still hangs four floors up.',
    },
    'rescue-floor-1': {
      kicker: '1er étage',
      body: [
        'He climbs to the first balcony.',
        'Our note, not the reports’: in France this is the premier étage, the first floor above the street; counted in storeys from the ground, it is the second.',
      ],
      alt: 'Gassama is on the first-étage balcony, reaching for the one above. The child hangs three balconies higher.',
    },
    'rescue-floor-2': {
      kicker: '2e étage',
      body: [
        'Second balcony. In the video, as Report B describes it, he climbs and swings up from one balcony to the next.',
        'He later told the president that climbing gave him the courage to keep going.',
      ],
      alt: 'Gassama is on the second-étage balcony. The child hangs two balconies above him.',
    },
    'rescue-floor-3': {
      kicker: '3e étage',
      body: ['Third balcony. In the video that quickly went viral, the whole climb takes only seconds.'],
      alt: 'Gassama is on the third-étage balcony, directly below the child, who still hangs from the railing above.',
    },
    'rescue-neighbour': {
      kicker: '4e étage · the boy and the neighbour',
      body: [
        'In the video, Report B says, another tenant tries to reach out to the boy, but a partition wall keeps him from grabbing hold of the child.',
        'Only Report B says how the boy came to be there: he apparently fell from the balcony of the family’s flat, higher up, and caught hold of this one.',
      ],
      alt: 'On the fourth étage, the child hangs outside the railing. On the adjoining balcony, behind a partition wall, another tenant reaches towards him without reaching him. Gassama is one floor below.',
    },
    'rescue-floor-4': {
      kicker: '4e étage · reaching the boy',
      body: ['Gassama reaches the boy and pulls him to safety.', 'Only then, he said, according to Report C, did he feel afraid.'],
      alt: 'Gassama stands on the fourth-étage balcony and pulls the child to safety.',
    },
    'rescue-balcony': {
      kicker: 'On the balcony',
      body: [
        'By the time he reached the balcony, he said, according to Report B, his knees were shaking. “Thank God I saved him,” he said, in words that Reports B and C both print.',
        'Below, Reports B and C describe the crowd differently.',
      ],
      alt: 'Gassama and the child are both safe on the fourth-étage balcony, inside the railing. The crowd watches from below.',
    },
  },
});

export const RESCUE_QUOTE_WORDS: QuoteWordsOf<typeof RESCUE_QUOTES> = {
  'football-match': { speaker: 'Report B, citing BFM TV' },
  'ran-across-road': { speaker: 'Mamoudou Gassama, to the president' },
  'crossed-street': { speaker: 'Mamoudou Gassama, to the president' },
  'climbed-god-helped-a': { speaker: 'Mamoudou Gassama, to the president' },
  'climbed-god-helped-b': { speaker: 'Mamoudou Gassama, in Report B’s account of the meeting' },
  'more-i-climbed': { speaker: 'Mamoudou Gassama, to the president' },
  'gave-me-courage': { speaker: 'Mamoudou Gassama, to the president' },
  'balcony-to-balcony': { speaker: 'Report B, describing the video' },
  'sixth-floor-flat': { speaker: 'Report B' },
  'partition-wall': { speaker: 'Report B, describing the video' },
  'fear-after': { speaker: 'Report C, on Gassama’s account' },
  'knees-shaking': { speaker: 'Report B, on Gassama’s account' },
  'thank-god-saved': { speaker: 'Mamoudou Gassama' },
};
