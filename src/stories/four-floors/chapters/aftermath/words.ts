// What the reports say came next, on a dated timeline. The English edition's words for the chapter
// (its plan is plan.ts), and its quotations (its claims' words are claimWords.ts).
import { tellChapter } from '../../../../kit/content/editions.ts';
import type { QuoteWordsOf } from '../../ids.ts';
import { AFTERMATH_PLAN } from './plan.ts';
import type { AFTERMATH_QUOTES } from './quotes.ts';

export const AFTERMATH = tellChapter(AFTERMATH_PLAN, {
  title: 'Aftermath',
  dek: 'What the reports say came next.',
  caption: '2018. The reports give “Saturday evening”, “Monday, May 28” and “Tuesday, May 29”; the mayor’s and Infos Françaises’ posts that Report A reproduces are dated “May 27, 2018”. The date of the 26th and the weekday of the 27th are ours.',
  sceneWords: {
    timeline: [
      { date: 'Sat 26 May, evening', label: 'The climb in the 18th arrondissement' },
      { date: 'Sun 27 May', label: 'The video spreads; the mayor of Paris writes that she spoke to him by phone' },
      { date: 'Mon 28 May', label: 'Received by the president at the Élysée', note: 'The president speaks of a place in the Paris fire brigade' },
      { date: 'Tue 29 May', label: 'Due to receive his residency permit, Report B says' },
    ],
  },
  steps: {
    'aftermath-weekend': {
      kicker: 'Saturday to Monday',
      body: [
        'Saturday evening, the climb; on the 27th, the mayor’s posts and her call; on Monday, the Élysée. Report C’s headline, written after the meeting, says the act earned him citizenship.',
      ],
      alt: 'A timeline with its first three dates filled: the climb on the Saturday evening, 26 May by our count; the mayor’s posts and call on 27 May, a Sunday by our count; the Élysée on Monday 28 May.',
    },
    'aftermath-permit': {
      kicker: 'Tuesday 29 May',
      body: [
        'Report B says he was set to receive his residency permit on Tuesday 29 May, after the meeting. The other reports put the president’s promise differently.',
      ],
      alt: 'The timeline fills to Tuesday 29 May: the residency permit, according to Report B.',
    },
    'aftermath-brigade': {
      kicker: 'The fire brigade',
      body: [
        'Report B says Gassama is to start working with the Paris fire brigade, which expressed its warm welcome, and quotes the brigade’s statement.',
      ],
      alt: 'The timeline still stands at Tuesday 29 May; under Monday 28 May it adds that the president spoke of a place in the Paris fire brigade.',
    },
  },
});

export const AFTERMATH_QUOTE_WORDS: QuoteWordsOf<typeof AFTERMATH_QUOTES> = {
  'residency-permit': { speaker: 'Report B' },
  'brigade-statement': { speaker: 'The Paris fire brigade, in a statement quoted by Report B' },
  dubbed: { speaker: 'Report C' },
  'brigade-start': { speaker: 'Report B' },
};
