// The weekend after the climb: the video, the mayor, the nickname, the parents. Dates are the posts'
// own (27 May); the weekdays are ours. This file is the chapter's plan, the same in every edition: its
// steps' ids, what each draws, and the quotes, claims and differences it shows. Each edition's words
// (words.ts, words.fr.ts) gives the words.
import { planChapter } from '../../ids.ts';
import { REACTIONS_SCENE } from './scene.ts';

export const PLAN = planChapter({
  id: 'reactions',
  scene: REACTIONS_SCENE,
  steps: [
    {
      id: 'reactions-video',
      quoteIds: ['infos-francaises-post'],
      claimIds: ['video-viral', 'onlooker-filmed', 'climbed-facade'],
      discrepancyIds: [],
      picture: { postsShown: 1 },
    },
    {
      id: 'reactions-mayor',
      quoteIds: ['spiderman-du-18eme'],
      moreQuoteIds: ['spider-man-of-18th', 'hidalgo-spiderman-post'],
      claimIds: ['mayor-asked'],
      discrepancyIds: [],
      picture: { postsShown: 2 },
    },
    {
      id: 'reactions-phone',
      quoteIds: ['hidalgo-support'],
      moreQuoteIds: ['hidalgo-phone-post', 'hidalgo-dream'],
      claimIds: ['mayor-phoned', 'arrived-months'],
      discrepancyIds: [],
      picture: { postsShown: 3 },
    },
    { id: 'reactions-nickname', quoteIds: ['now-often-called', 'dubbed'], claimIds: ['nickname'], discrepancyIds: [], picture: { postsShown: 4 } },
    {
      id: 'reactions-father',
      quoteIds: ['father-shopping'],
      claimIds: ['parents-absent', 'father-investigated'],
      discrepancyIds: [],
      picture: { postsShown: 5 },
    },
  ],
});
