// What the reports say came next, on a dated timeline.
import { chapter } from '../../ids.ts';
import { AFTERMATH_SCENE } from './scene.ts';

export const AFTERMATH = chapter({
  id: 'aftermath',
  title: 'Aftermath',
  dek: 'What the reports say came next.',
  scene: AFTERMATH_SCENE,
  caption: '2018. The reports give “Saturday evening”, “Monday, May 28” and “Tuesday, May 29”; the other dates and weekdays are ours.',
  sceneCopy: {
    timeline: [
      { date: 'Sat 26 May, evening', label: 'The climb in the 18th arrondissement' },
      { date: 'Sun 27 May', label: 'The video spreads; the mayor of Paris writes that she spoke to him by phone' },
      { date: 'Mon 28 May', label: 'Received by the president at the Élysée', note: 'The president speaks of a place in the Paris fire brigade' },
      { date: 'Tue 29 May', label: 'Due to receive his residency permit, Report B says' },
      { date: 'September', label: 'The boy’s father due in court, Report C says, citing CBS' },
    ],
  },
  steps: [
    {
      id: 'aftermath-weekend',
      kicker: 'Saturday to Monday',
      body: [
        'Saturday evening, the climb; on the 27th, the mayor’s posts and her call; on Monday, the Élysée. Report C’s headline, written after the meeting, says the act earned him citizenship.',
      ],
      quoteIds: ['headline-c'],
      claimIds: ['saturday-evening', 'mayor-phoned', 'met-monday', 'citizenship'],
      discrepancyIds: [],
      picture: { filledUpTo: 2 },
      alt: 'A timeline with its first three dates filled: Saturday 26 May, the climb; Sunday 27, the mayor’s posts and call; Monday 28, the Élysée.',
    },
    {
      id: 'aftermath-permit',
      kicker: 'Tuesday 29 May',
      body: [
        'Report B says he was set to receive his residency permit on Tuesday 29 May, the day after the meeting. The other reports put the president’s promise differently.',
      ],
      quoteIds: ['residency-permit'],
      claimIds: ['permit-tuesday', 'status-regularised'],
      discrepancyIds: ['papers-when'],
      picture: { filledUpTo: 3 },
      alt: 'The timeline fills to Tuesday 29 May: the residency permit, according to Report B.',
    },
    {
      id: 'aftermath-brigade',
      kicker: 'The fire brigade',
      body: [
        'Report B says Gassama is to start working with the Paris fire brigade, which expressed its warm welcome, and quotes the brigade’s statement.',
      ],
      quoteIds: ['brigade-start', 'brigade-statement'],
      claimIds: ['brigade-welcome'],
      discrepancyIds: [],
      picture: { filledUpTo: 3, hasNotes: true },
      alt: 'The timeline still stands at Tuesday 29 May; under Monday 28 May it adds that the president spoke of a place in the Paris fire brigade.',
    },
    {
      id: 'aftermath-court',
      kicker: 'September',
      body: [
        'Report C, citing CBS, says the boy’s father was temporarily detained for neglect and is due in court in September.',
      ],
      quoteIds: ['court-september'],
      claimIds: ['father-court', 'father-investigated'],
      discrepancyIds: [],
      picture: { filledUpTo: 4, hasNotes: true },
      alt: 'The timeline is complete, ending in September with the father’s court date, according to Report C.',
    },
  ],
});
