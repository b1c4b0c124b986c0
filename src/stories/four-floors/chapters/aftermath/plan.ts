// What the reports say came next for Gassama, on a dated timeline (the boy's parents are private
// people: what one report alone says of them stays out of it). This file is the chapter's plan, the same in
// every edition: its steps' ids, what each draws, and the quotes, claims and differences it shows.
// Each edition's words (words.ts, words.fr.ts) gives the words.
import { planChapter } from '../../ids.ts';
import { AFTERMATH_SCENE } from './scene.ts';

export const PLAN = planChapter({
  id: 'aftermath',
  scene: AFTERMATH_SCENE,
  steps: [
    {
      id: 'aftermath-weekend',
      quoteIds: ['headline-c'],
      claimIds: ['saturday-evening', 'mayor-phoned', 'met-monday', 'meeting-date', 'citizenship'],
      discrepancyIds: [],
      picture: { filledUpTo: 2 },
    },
    {
      id: 'aftermath-permit',
      quoteIds: ['residency-permit'],
      claimIds: ['permit-tuesday', 'status-regularised'],
      discrepancyIds: ['papers-when'],
      picture: { filledUpTo: 3 },
    },
    {
      id: 'aftermath-brigade',
      quoteIds: ['brigade-start', 'brigade-statement'],
      claimIds: ['brigade-welcome'],
      discrepancyIds: [],
      picture: { filledUpTo: 3, hasNotes: true },
    },
  ],
});
