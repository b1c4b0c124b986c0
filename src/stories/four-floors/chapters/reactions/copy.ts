// The weekend after the climb: the video, the mayor, the nickname, the parents. Dates are the posts'
// own (27 May); the weekdays are ours.
import { chapter } from '../../ids.ts';
import { REACTIONS_SCENE } from './scene.ts';

export const REACTIONS = chapter({
  id: 'reactions',
  title: 'The reactions',
  dek: 'A video filmed by an onlooker, and a weekend of posts.',
  scene: REACTIONS_SCENE,
  caption: 'Posts, and lines from the reports, as the reports print them',
  sceneCopy: {
    feed: [
      { author: 'Infos Françaises', meta: '@InfosFrancaises · 27 May 2018', quoteId: 'infos-francaises-post' },
      { author: 'Anne Hidalgo', meta: '@Anne_Hidalgo · 27 May 2018', quoteId: 'hidalgo-spiderman-post' },
      { author: 'Anne Hidalgo', meta: '@Anne_Hidalgo · 27 May 2018', quoteId: 'hidalgo-phone-post' },
      { author: 'Report B', meta: 'A line from the report', quoteId: 'now-often-called' },
      { author: 'Report A', meta: 'A line from the report', quoteId: 'father-shopping' },
    ],
  },
  steps: [
    {
      id: 'reactions-video',
      kicker: 'The weekend · the video',
      body: [
        'An onlooker filmed the climb, and the video quickly went viral over the weekend. On 27 May the account Infos Françaises described the rescue in a post credited to LCI, which Report A reproduces.',
      ],
      quoteIds: ['infos-francaises-post'],
      claimIds: ['video-viral', 'climbed-facade'],
      discrepancyIds: [],
      picture: { postsShown: 1 },
      alt: 'A feed with one post, by the account Infos Françaises, in French: a man climbed a façade in the 18th arrondissement with his bare hands to save a four-year-old.',
    },
    {
      id: 'reactions-mayor',
      kicker: '27 May · the mayor of Paris',
      body: [
        'Anne Hidalgo, the mayor of Paris, asked online who the man was, so that she could congratulate him. Her word for him was “Spiderman du 18ème”.',
        'Her posts were in French. Report A reproduces two of them, and also quotes her in English in words that are not those of the two posts; the translations beneath the French are ours.',
      ],
      quoteIds: ['spider-man-of-18th'],
      moreQuoteIds: ['hidalgo-spiderman-post'],
      claimIds: ['mayor-asked'],
      discrepancyIds: [],
      picture: { postsShown: 2 },
      alt: 'A second post arrives in the feed: the mayor of Paris asks who “le Spiderman du 18ème” is, to congratulate him.',
    },
    {
      id: 'reactions-phone',
      kicker: '27 May · a phone call',
      body: [
        'In a second post the same day she named him, Mamoudou Gassama, and wrote that she had spoken to him by phone to thank him.',
        'By her account, he told her he had arrived from Mali a few months earlier, and she replied that the city of Paris would be keen to support him in his efforts to settle in France.',
      ],
      quoteIds: ['hidalgo-support'],
      moreQuoteIds: ['hidalgo-phone-post', 'hidalgo-dream'],
      claimIds: ['mayor-phoned', 'arrived-months'],
      discrepancyIds: [],
      picture: { postsShown: 3 },
      alt: 'A third post: the mayor congratulates Mamoudou Gassama by name and says she thanked him by phone.',
    },
    {
      id: 'reactions-nickname',
      kicker: 'The nickname',
      body: [
        'In the English-language reports he is “Spider-Man”, always in quotation marks: Report B says he is “now often called” that; Report C, that he “has since been dubbed” it.',
      ],
      quoteIds: ['now-often-called', 'dubbed'],
      claimIds: ['nickname'],
      discrepancyIds: [],
      picture: { postsShown: 4 },
      alt: 'A line from Report B joins the feed: “Spider-Man,” as Mamoudou Gassama is now often called.',
    },
    {
      id: 'reactions-father',
      kicker: 'The boy’s parents',
      body: [
        'The post credited to LCI said the boy’s parents were not there, and that his father had been taken into police custody. Report A says the father was allegedly out shopping and is being investigated for neglect, and that the mother was reportedly not in Paris.',
      ],
      quoteIds: ['father-shopping', 'mother-away'],
      claimIds: ['parents-absent', 'father-investigated', 'mother-away'],
      discrepancyIds: [],
      picture: { postsShown: 5 },
      alt: 'A line from Report A joins the feed: the child’s father was allegedly out shopping and is being investigated for neglect.',
    },
  ],
});
