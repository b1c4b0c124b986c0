// Monday 28 May at the Élysée: what was said and what was offered. This file is the chapter's plan,
// the same in every edition: its steps' ids, what each draws, and the quotes, claims and differences
// it shows. Each edition's words (words.ts, words.fr.ts) gives the words.
import { planChapter } from '../../ids.ts';
import { MEETING_SCENE } from './scene.ts';

export const PLAN = planChapter({
  id: 'meeting',
  scene: MEETING_SCENE,
  steps: [
    {
      id: 'meeting-invitation',
      quoteIds: ['invited-offers'],
      claimIds: ['met-monday', 'meeting-date', 'at-elysee'],
      discrepancyIds: [],
      picture: { moment: 'welcome' },
    },
    {
      id: 'meeting-account',
      quoteIds: ['didnt-think', 'climbed-god-helped-b', 'saved-a-child'],
      moreQuoteIds: ['courage-capability'],
      claimIds: ['ran-to-save', 'god-helped', 'saved-a-child'],
      discrepancyIds: ['words-climbed'],
      picture: { moment: 'conversation' },
    },
    {
      id: 'meeting-medal',
      quoteIds: ['gold-medal'],
      claimIds: ['gold-medal'],
      discrepancyIds: ['medal'],
      picture: { moment: 'medal' },
    },
    {
      id: 'meeting-papers',
      quoteIds: ['regularize-papers'],
      moreQuoteIds: ['macron-post', 'honorary-citizenship'],
      claimIds: ['status-regularised', 'citizenship'],
      discrepancyIds: ['citizenship'],
      picture: { moment: 'papers' },
    },
    {
      id: 'meeting-brigade',
      quoteIds: ['what-firemen-do'],
      claimIds: ['brigade-job'],
      discrepancyIds: ['brigade-offer'],
      picture: { moment: 'brigade' },
    },
    {
      id: 'meeting-status',
      quoteIds: ['papers-italy-a'],
      moreQuoteIds: ['entered-illegally', 'papers-italy-c'],
      claimIds: ['papers-italy', 'entered-illegally', 'brother-years'],
      discrepancyIds: ['legal-status', 'brother-years'],
      picture: { moment: 'his-account' },
    },
    {
      id: 'meeting-policy',
      quoteIds: ['tightening-laws', 'exceptional-act'],
      claimIds: ['tightening-laws', 'exceptional-act'],
      discrepancyIds: [],
      picture: { moment: 'reporters' },
    },
  ],
});
