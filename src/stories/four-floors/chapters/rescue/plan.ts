// The climb, one step per floor. Levels count French étages (our convention for the drawing, not a
// report's): 0 is the rez-de-chaussée (street level). This file is the chapter's plan, the same in
// every edition: its steps' ids, what each draws, and the quotes, claims and differences it shows.
// Each edition's words (words.ts, words.fr.ts) gives the words.
import { planChapter } from '../../ids.ts';
import { RESCUE_SCENE } from './scene.ts';

export const PLAN = planChapter({
  id: 'rescue',
  scene: RESCUE_SCENE,
  steps: [
    {
      id: 'rescue-street',
      quoteIds: ['football-match'],
      claimIds: ['saturday-evening', 'in-the-18th', 'football-match', 'child-hanging', 'child-age', 'crowd-watched'],
      discrepancyIds: [],
      picture: { climberLevel: 0, climberAt: 'across-road', child: 'hanging', isNeighbourReaching: false, hasCrowd: true },
    },
    {
      id: 'rescue-across',
      quoteIds: ['ran-across-road', 'crossed-street'],
      claimIds: ['ran-to-save'],
      discrepancyIds: ['words-ran'],
      picture: { climberLevel: 0, climberAt: 'facade', child: 'hanging', isNeighbourReaching: false, hasCrowd: true },
    },
    {
      id: 'rescue-floor-1',
      quoteIds: ['climbed-god-helped-a'],
      claimIds: ['climbed-facade'],
      discrepancyIds: [],
      picture: { climberLevel: 1, climberAt: 'facade', child: 'hanging', isNeighbourReaching: false, hasCrowd: true },
    },
    {
      id: 'rescue-floor-2',
      quoteIds: ['more-i-climbed', 'gave-me-courage'],
      claimIds: ['balcony-by-balcony', 'courage-grew'],
      discrepancyIds: [],
      picture: { climberLevel: 2, climberAt: 'facade', child: 'hanging', isNeighbourReaching: false, hasCrowd: true },
    },
    {
      id: 'rescue-floor-3',
      quoteIds: ['balcony-to-balcony'],
      claimIds: ['in-seconds'],
      discrepancyIds: [],
      picture: { climberLevel: 3, climberAt: 'facade', child: 'hanging', isNeighbourReaching: false, hasCrowd: true },
    },
    {
      id: 'rescue-neighbour',
      quoteIds: ['partition-wall', 'sixth-floor-flat'],
      claimIds: ['neighbour-partition', 'fell-from-flat'],
      discrepancyIds: [],
      picture: { climberLevel: 3, climberAt: 'facade', child: 'hanging', isNeighbourReaching: true, hasCrowd: true },
    },
    {
      id: 'rescue-floor-4',
      quoteIds: ['fear-after'],
      claimIds: ['height', 'pulled-to-safety', 'shaken-after'],
      discrepancyIds: ['height'],
      picture: { climberLevel: 4, climberAt: 'facade', child: 'lifted', isNeighbourReaching: true, hasCrowd: true },
    },
    {
      id: 'rescue-balcony',
      quoteIds: ['knees-shaking', 'thank-god-saved'],
      claimIds: ['shaken-after', 'thank-god-saved', 'crowd-watched'],
      discrepancyIds: ['crowd'],
      picture: { climberLevel: 4, climberAt: 'facade', child: 'safe', isNeighbourReaching: false, hasCrowd: true },
    },
  ],
});
