// The weekend after the climb: the video, the mayor, the nickname, the parents. Dates are the posts'
// own (27 May); the weekdays are ours. The English edition's words for the chapter (its plan is
// plan.ts), and its quotations (its claims' words are claimWords.ts).
import { tellChapter } from '../../../../kit/content/editions.ts';
import type { QuoteWordsOf } from '../../ids.ts';
import { REACTIONS_PLAN } from './plan.ts';
import type { REACTIONS_QUOTES } from './quotes.ts';

export const REACTIONS = tellChapter(REACTIONS_PLAN, {
  title: 'The reactions',
  dek: 'A video filmed by an onlooker, and a weekend of posts.',
  caption: 'Posts, and lines from the reports, as the reports print them',
  sceneWords: {
    feed: [
      { poster: 'Infos Françaises', meta: '@InfosFrancaises · 27 May 2018', quoteId: 'infos-francaises-post' },
      { poster: 'Anne Hidalgo', meta: '@Anne_Hidalgo · 27 May 2018', quoteId: 'hidalgo-spiderman-post' },
      { poster: 'Anne Hidalgo', meta: '@Anne_Hidalgo · 27 May 2018', quoteId: 'hidalgo-phone-post' },
      { poster: 'Report B', meta: 'A line from the report', quoteId: 'now-often-called' },
      { poster: 'Report A', meta: 'A line from the report', quoteId: 'father-shopping' },
    ],
  },
  steps: {
    'reactions-video': {
      kicker: 'The weekend · the video',
      body: [
        'An onlooker filmed the climb, Report B says, and the video quickly went viral over the weekend. On 27 May the account Infos Françaises described the rescue in a post credited to LCI, which Report A reproduces.',
      ],
      alt: 'A feed with one post, by the account Infos Françaises, in French: a man climbed a façade in the 18th arrondissement with his bare hands to save a four-year-old.',
    },
    'reactions-mayor': {
      kicker: '27 May · the mayor of Paris',
      body: [
        'Anne Hidalgo, the mayor of Paris, asked online who the man was, so that she could congratulate him. Her word for him was “Spiderman du 18ème”.',
        'The two posts of hers that Report A reproduces are in French. It also quotes her in English, partly in words that are not those of the two posts, and does not say in which language she wrote them. The translations beneath the French are ours.',
      ],
      alt: 'A second post arrives in the feed: the mayor of Paris asks who “le Spiderman du 18ème” is, to congratulate him.',
    },
    'reactions-phone': {
      kicker: '27 May · a phone call',
      body: [
        'In a second post the same day she named him, Mamoudou Gassama, and wrote that she had spoken to him by phone to thank him.',
        'By her account, he told her he had arrived from Mali a few months earlier, and she replied that the city of Paris would be keen to support him in his efforts to settle in France.',
      ],
      alt: 'A third post: the mayor congratulates Mamoudou Gassama by name and says she thanked him by phone.',
    },
    'reactions-nickname': {
      kicker: 'The nickname',
      body: [
        'Reports B and C call him “Spider-Man”, always in quotation marks. Report B says he is “now often called” that; Report C, that he “has since been dubbed” it.',
      ],
      alt: 'A line from Report B joins the feed: “Spider-Man,” as Mamoudou Gassama is now often called.',
    },
    'reactions-father': {
      kicker: 'The boy’s parents',
      body: [
        'The post credited to LCI, which Report A reproduces, said the boy’s father had been taken into police custody. Report A says he was allegedly out shopping and is being investigated for neglect.',
      ],
      alt: 'A line from Report A joins the feed: the child’s father was allegedly out shopping and is being investigated for neglect.',
    },
  },
});

export const REACTIONS_QUOTE_WORDS: QuoteWordsOf<typeof REACTIONS_QUOTES> = {
  'infos-francaises-post': {
    speaker: 'Infos Françaises (@InfosFrancaises), 27 May 2018, as reproduced in Report A',
    translation: 'Paris: with his bare hands, a man climbed the front of a building in the 18th arrondissement to save a four-year-old child dangling in mid-air. The child’s parents were not there; an investigation has been opened and his father has been taken into police custody (LCI).',
  },
  'spider-man-of-18th': { speaker: 'Anne Hidalgo, mayor of Paris, on social media, as quoted in English by Report A' },
  'spiderman-du-18eme': { speaker: 'Anne Hidalgo (@Anne_Hidalgo), 27 May 2018, in her post as reproduced in Report A', translation: 'the Spiderman of the 18th' },
  'hidalgo-spiderman-post': {
    speaker: 'Anne Hidalgo (@Anne_Hidalgo), 27 May 2018, as reproduced in Report A',
    translation: 'This man, as daring as he is brave, saved a child’s life at the risk of his own. Like many Parisians, I would like to know who the Spiderman of the 18th is, so that I can congratulate him.',
  },
  'hidalgo-phone-post': {
    speaker: 'Anne Hidalgo (@Anne_Hidalgo), 27 May 2018, as reproduced in Report A',
    translation: 'Huge congratulations to Mamoudou Gassama for his act of bravery, which saved a child’s life yesterday evening. I was glad to speak with him by phone today, to thank him warmly.',
  },
  'hidalgo-dream': { speaker: 'Anne Hidalgo, mayor of Paris, on Twitter, as quoted in English by Report A' },
  'hidalgo-support': { speaker: 'Anne Hidalgo, mayor of Paris, on Twitter, as quoted in English by Report A' },
  'headline-c': { speaker: 'Report C, its headline, written after the meeting on Monday 28 May' },
  'now-often-called': { speaker: 'Report B' },
  'father-shopping': { speaker: 'Report A' },
};
