// What the reports say came next, on a dated timeline (entries in story.ts).
import type { Chapter } from '../types.ts';

export const AFTERMATH: Chapter = {
  id: 'aftermath',
  title: 'Aftermath',
  dek: 'What the reports say came next.',
  scene: 'aftermath',
  steps: [
    {
      id: 'aftermath-weekend',
      kicker: 'Saturday to Monday',
      body: [
        'In three days he went from a passer-by on his way to a football match to a guest of the president.',
      ],
      quoteIds: [],
      claimIds: ['football-match', 'elysee-monday'],
      discrepancyIds: [],
      picture: { kind: 'aftermath', filledUpTo: 2 },
      alt: 'A timeline with its first three dates filled: Saturday 26 May, the climb; Sunday 27, the video and the mayor; Monday 28, the Élysée.',
    },
    {
      id: 'aftermath-permit',
      kicker: 'Tuesday 29 May',
      body: ['According to one report, he was due to receive his residency permit the day after the meeting.'],
      quoteIds: ['residency-permit'],
      claimIds: ['papers-promised'],
      discrepancyIds: [],
      picture: { kind: 'aftermath', filledUpTo: 3 },
      alt: 'The timeline fills to Tuesday 29 May: the residency permit.',
    },
    {
      id: 'aftermath-brigade',
      kicker: 'The fire brigade',
      body: ['The Paris fire brigade said it would welcome him.'],
      quoteIds: ['brigade-statement'],
      claimIds: ['brigade-welcome'],
      discrepancyIds: [],
      picture: { kind: 'aftermath', filledUpTo: 3 },
      alt: 'The timeline still stands at Tuesday 29 May, with a note on the fire brigade’s welcome.',
    },
    {
      id: 'aftermath-court',
      kicker: 'September',
      body: [
        'The boy’s father, detained over the weekend, was due in court in September, one report says.',
      ],
      quoteIds: ['court-september'],
      claimIds: ['father-court', 'father-investigated'],
      discrepancyIds: [],
      picture: { kind: 'aftermath', filledUpTo: 4 },
      alt: 'The timeline is complete, ending in September with the father’s court date.',
    },
  ],
};
